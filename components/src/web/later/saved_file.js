// Saved answers encrypted with a passphrase (the file is described in
// components/src/request/saved.rs): PBKDF2-HMAC-SHA-256 derives an AES-256-GCM key from
// the passphrase (NFC-normalised, so the same words typed on another device give the same
// key); the file's clear part is the cipher's additional data. WebCrypto does it all; the
// key is never extractable. The end-to-end test decrypts a saved file with Node's own
// crypto (OpenSSL), from these parameters alone.

const utf8 = new TextEncoder();

function base64url(bytes) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function bytes(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function key(passphrase, salt, iterations) {
  const base = await crypto.subtle.importKey('raw', utf8.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts `plain`; gives `{"salt","iv","data"}` as JSON, each base64url. */
export async function sealAnswers(plain, passphrase, additional, iterations) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const k = await key(passphrase, salt, iterations);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8.encode(additional) }, k, utf8.encode(plain));
  return JSON.stringify({ salt: base64url(salt), iv: base64url(iv), data: base64url(new Uint8Array(data)) });
}

/** Decrypts; fails when the passphrase is wrong or anything in the file was changed. */
export async function openAnswers(passphrase, additional, iterations, salt, iv, data) {
  const k = await key(passphrase, bytes(salt), iterations);
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(iv), additionalData: utf8.encode(additional) }, k, bytes(data));
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}
