// The seal made in the browser (DESIGN.md, "Seal"), with WebCrypto: a fresh P-256 key that
// cannot be exported, ECDSA with SHA-256 over the RFC 8785 (JCS) form of the payload
// without its seal. WebCrypto's ECDSA signature is r‖s, as JWS (RFC 7518 §3.4) wants.
//
// JCS for this payload is short in JavaScript: JSON.stringify writes strings and integers
// exactly as RFC 8785 asks (the payload has no fractions), and sorting keys with the
// default sort compares UTF-16 code units, as RFC 8785 asks. The seal is checked natively
// by `seloste::seal::verify_json`, an independent implementation, in the tests.

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
