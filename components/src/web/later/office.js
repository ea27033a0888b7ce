// Requests encrypted to the registry office and receipts it signs, with WebCrypto
// (`seloste::office`, README "Encrypted requests and signed receipts"):
// - encryptTo: a compact JWE (RFC 7516) with ECDH-ES+A256KW and A256GCM on P-256: an
//   ephemeral ECDH key agreed with the office's key, the Concat KDF of RFC 7518 §4.6.2
//   (one SHA-256 round), a random content key wrapped with AES-KW, AES-GCM over the data
//   with the protected header as additional data;
// - verifySignature: ES256 over a JWS's signing input (WebCrypto's ECDSA signature is r‖s,
//   as JWS wants).
// The JWE is opened by the Rust crate and by npm `jose` in the tests; nothing here is
// written by hand that WebCrypto does.

const utf8 = new TextEncoder();

function base64url(bytes) {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

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
