// WebCrypto's side of the form's cryptography, in one small module (wasm-bindgen loads
// its snippets with the first load, so one module costs less than two):
// - sealPayload: the seal made in the browser (DESIGN.md, "Seal"): a fresh P-256 key that
//   cannot be exported, ECDSA with SHA-256 over the RFC 8785 (JCS) form of the payload
//   without its seal. WebCrypto's ECDSA signature is r‖s, as JWS (RFC 7518 §3.4) wants.
//   JCS for this payload is short in JavaScript: JSON.stringify writes strings and
//   integers exactly as RFC 8785 asks (the payload has no fractions), and sorting keys
//   with the default sort compares UTF-16 code units, as RFC 8785 asks. The seal is
//   checked natively by `seloste::seal::verify_json`, an independent implementation, in
//   the tests.
// - encryptTo: a request encrypted to the registry office (`seloste::office`, README
//   "Encrypted requests and signed receipts"), a compact JWE (RFC 7516) with
//   ECDH-ES+A256KW and A256GCM on P-256: an ephemeral ECDH key agreed with the office's
//   key, the Concat KDF of RFC 7518 §4.6.2 (one SHA-256 round), a random content key
//   wrapped with AES-KW, AES-GCM over the data with the protected header as additional
//   data. Opened by the Rust crate and by npm `jose` in the tests.
// - verifySignature: ES256 over a JWS's signing input (the office's receipt).

function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

function base64url(buffer) {
  let binary = '';
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// The order of P-256. WebCrypto's S may be in either half; a seal carries the low half
// (S ≤ n/2), as the verifier requires, since n − S makes a second valid signature.
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

function lowS(signature) {
  const bytes = new Uint8Array(signature);
  let s = 0n;
  for (const b of bytes.subarray(32)) s = (s << 8n) | BigInt(b);
  if (s > N / 2n) {
    s = N - s;
    for (let i = 63; i >= 32; i--) {
      bytes[i] = Number(s & 0xffn);
      s >>= 8n;
    }
  }
  return bytes;
}

/** The seal of a payload (JSON text) as JSON text. Rejects where WebCrypto is missing. */
export async function sealPayload(payloadJson) {
  const payload = JSON.parse(payloadJson);
  delete payload.seal;
  const bytes = new TextEncoder().encode(canonical(payload));
  const subtle = crypto.subtle;
  const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  const signature = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, bytes);
  const digest = await subtle.digest('SHA-256', bytes);
  const { kty, crv, x, y } = await subtle.exportKey('jwk', pair.publicKey);
  return JSON.stringify({
    alg: 'ES256',
    jwk: { kty, crv, x, y },
    digest: base64url(digest),
    signature: base64url(lowS(signature)),
  });
}

const utf8 = new TextEncoder();

function fromBase64url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const ALG = 'ECDH-ES+A256KW';

// OtherInfo of the Concat KDF: AlgorithmID, empty PartyUInfo and PartyVInfo, 256 bits.
function concatKdfInput(z) {
  const alg = utf8.encode(ALG);
  const input = new Uint8Array(4 + z.length + 4 + alg.length + 4 + 4 + 4);
  const view = new DataView(input.buffer);
  view.setUint32(0, 1);
  input.set(z, 4);
  let at = 4 + z.length;
  view.setUint32(at, alg.length);
  input.set(alg, at + 4);
  at += 4 + alg.length + 8; // apu and apv: zero length
  view.setUint32(at, 256);
  return input;
}

/** `data` (text or bytes) encrypted to the office's key (a JWK's JSON text with `kid`). */
export async function encryptTo(keyJson, data) {
  const subtle = crypto.subtle;
  const { x, y, kid } = JSON.parse(keyJson);
  const curve = { name: 'ECDH', namedCurve: 'P-256' };
  const office = await subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x, y }, curve, false, []);
  const ephemeral = await subtle.generateKey(curve, false, ['deriveBits']);
  const z = new Uint8Array(await subtle.deriveBits({ name: 'ECDH', public: office }, ephemeral.privateKey, 256));
  const kek = await subtle.importKey('raw', await subtle.digest('SHA-256', concatKdfInput(z)), 'AES-KW', false, ['wrapKey']);
  const cek = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const wrapped = await subtle.wrapKey('raw', cek, kek, 'AES-KW');
  const epk = await subtle.exportKey('jwk', ephemeral.publicKey);
  const header = base64url(utf8.encode(JSON.stringify({
    alg: ALG, enc: 'A256GCM', kid, epk: { kty: 'EC', crv: 'P-256', x: epk.x, y: epk.y },
  })));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = typeof data === 'string' ? utf8.encode(data) : data;
  const sealed = new Uint8Array(await subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8.encode(header), tagLength: 128 }, cek, plain,
  ));
  const tag = sealed.length - 16;
  return [header, base64url(wrapped), base64url(iv), base64url(sealed.subarray(0, tag)), base64url(sealed.subarray(tag))].join('.');
}

/** Whether `signature` (base64url r‖s) is ES256 by the key (a JWK's JSON) over `input`. */
export async function verifySignature(keyJson, input, signature) {
  const subtle = crypto.subtle;
  const { x, y } = JSON.parse(keyJson);
  const key = await subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x, y }, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
  return subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, fromBase64url(signature), utf8.encode(input));
}
