// Requests encrypted to the registry office and receipts it signs, against a JOSE
// implementation this project did not write (npm `jose`): it opens what the browser's
// WebCrypto code (components/src/web/later/webcrypto.js) encrypts and checks the receipts the
// reference receiver signs; the crate (the receiver, and the command-line verifier
// examples/verify_request.rs) opens what `jose` encrypts and checks what it signs; and
// what must be refused is refused with a clear message in fi, sv and en.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompactEncrypt, CompactSign, compactDecrypt, compactVerify, exportJWK, generateKeyPair, importJWK } from 'jose';
import { encryptTo, sealPayload } from '../../components/src/web/later/webcrypto.js';
import { officeKeys, startReceiver } from '../e2e/receiver.mjs';

const VERIFIER = 'target/debug/examples/verify_request';
const PDF_MAKER = 'target/debug/examples/request_pdf';
const dir = mkdtempSync(join(tmpdir(), 'seloste-office-test-'));
const utf8 = new TextEncoder();

function file(name, content) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The command-line verifier's exit code and report, in `lang`. */
function verify(args, lang = 'en') {
  if (!existsSync(VERIFIER)) execFileSync('cargo', ['build', '-q', '-p', 'seloste', '--example', 'verify_request']);
  const run = spawnSync(VERIFIER, args, { env: { ...process.env, SELOSTE_LANG: lang } });
  return { code: run.status, said: run.stdout.toString() + run.stderr.toString() };
}

async function sealedRequest() {
  const payload = JSON.parse(readFileSync('tests/fixtures/payloads/log_data_guardian.json', 'utf8'));
  payload.seal = JSON.parse(await sealPayload(JSON.stringify(payload)));
  return { id: payload.id, digest: payload.seal.digest, json: JSON.stringify(payload) };
}

const keys = officeKeys();
const key = (set, use) => set.keys.find((k) => k.use === use);

test('what the browser encrypts, jose opens; what jose encrypts, the receiver opens in every encoding and receipts, and jose checks the receipt', async () => {
  const request = await sealedRequest();
  // Browser → jose.
  const jwe = await encryptTo(JSON.stringify(key(keys.public, 'enc')), request.json);
  const opened = await compactDecrypt(jwe, await importJWK(key(keys.private, 'enc'), 'ECDH-ES+A256KW'));
  assert.equal(new TextDecoder().decode(opened.plaintext), request.json);
  assert.deepEqual(
    [opened.protectedHeader.alg, opened.protectedHeader.enc, opened.protectedHeader.kid],
    ['ECDH-ES+A256KW', 'A256GCM', key(keys.public, 'enc').kid],
  );
  assert.ok(!jwe.includes(request.id) && !jwe.includes(request.digest), 'nothing of the request in clear');

  // jose → the crate, through the receiver, in each encoding.
  const receiver = await startReceiver({ keys: keys.file });
  try {
    const encKey = await importJWK(key(keys.public, 'enc'), 'ECDH-ES+A256KW');
    const sigKey = await importJWK(key(keys.public, 'sig'), 'ES256');
    const joseJwe = async () => new CompactEncrypt(utf8.encode(request.json))
      .setProtectedHeader({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', kid: key(keys.public, 'enc').kid })
      .encrypt(encKey);
    const boundary = 'jose-boundary';
    const bodies = [
      ['application/jose', await joseJwe()],
      ['application/x-www-form-urlencoded', `id=${request.id}&payload=${await joseJwe()}`],
      [`multipart/form-data; boundary=${boundary}`,
        `--${boundary}\r\nContent-Disposition: form-data; name="payload"; filename="request.jwe"\r\nContent-Type: application/jose\r\n\r\n${await joseJwe()}\r\n--${boundary}--\r\n`],
    ];
    let received;
    for (const [type, body] of bodies) {
      const answer = await fetch(receiver.endpoint, {
        method: 'POST', body, headers: { 'Content-Type': type, 'Idempotency-Key': request.id },
      });
      const said = await answer.json();
      assert.ok(answer.status === 201 || answer.status === 200, `${type}: ${JSON.stringify(said)}`);
      // The receipt, checked by jose with the office's public signing key.
      const checked = await compactVerify(said.receipt, sigKey);
      assert.equal(checked.protectedHeader.typ, 'seloste-receipt');
      const claims = JSON.parse(new TextDecoder().decode(checked.payload));
      assert.equal(claims.request_id, request.id);
      assert.equal(claims.digest, request.digest);
      assert.equal(claims.case_reference, said.reference);
      received ??= claims.received_at;
      assert.equal(claims.received_at, received, 'a repeated delivery is receipted as first received');
      file('receipt.jws', said.receipt);
    }
    assert.equal((await receiver.stored(request.id)).encoding, 'json+jwe');
    assert.ok(receiver.log.length > 0 && receiver.log.every((line) => !line.includes('Meikäläinen')), receiver.log.join('\n'));
  } finally {
    receiver.stop();
  }

  // jose's JWE and the receiver's receipt, checked together by the command-line verifier.
  const both = verify(['--keys', keys.file, '--receipt', join(dir, 'receipt.jws'), file('request.jwe', jwe)]);
  assert.equal(both.code, 0, both.said);
  // The office's PDF of the request it opened, checked like any request PDF.
  if (!existsSync(PDF_MAKER)) execFileSync('cargo', ['build', '-q', '-p', 'seloste', '--example', 'request_pdf']);
  const pdf = join(dir, 'opened.pdf');
  const made = spawnSync(PDF_MAKER, ['--keys', keys.file, join(dir, 'request.jwe'), pdf]);
  assert.equal(made.status, 0, made.stderr.toString());
  assert.equal(verify([pdf]).code, 0, 'the PDF made from the opened request holds');
  assert.match(both.said, /ok {3}The encrypted request opened with the registry office's key/);
  assert.match(both.said, /ok {3}The receipt is signed with the registry office's key and is for this request/);
});

test('receipts jose signs are checked by the crate; another request, another key, an unknown key id, a changed JWE and a malformed key set are refused in three languages', async () => {
  const request = await sealedRequest();
  const requestFile = file('request.json', request.json);
  const publicFile = file('office-public.json', JSON.stringify(keys.public));
  const sigKid = key(keys.public, 'sig').kid;
  const sign = async (claims, signingKey, kid = sigKid) => new CompactSign(utf8.encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: 'ES256', typ: 'seloste-receipt', kid })
    .sign(signingKey);
  const officeSigner = await importJWK(key(keys.private, 'sig'), 'ES256');
  const claims = { request_id: request.id, digest: request.digest, received_at: '2026-12-03T07:00:00Z', case_reference: 'DNRO-2026-77' };

  const good = verify(['--keys', publicFile, '--receipt', file('good.jws', await sign(claims, officeSigner)), requestFile]);
  assert.equal(good.code, 0, good.said);
  assert.match(good.said, /Received: 2026-12-03T07:00:00Z, DNRO-2026-77/);

  const { privateKey: otherKey } = await generateKeyPair('ES256');
  const cases = [
    ['another request', await sign({ ...claims, request_id: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924' }, officeSigner),
      ['Kuitti koskee toista pyyntöä.', 'Kvittot gäller en annan begäran.', 'The receipt is for another request.']],
    ['another key', await sign(claims, otherKey),
      ['Kuitin allekirjoitus ei täsmää kirjaamon avaimeen', 'Kvittots signatur stämmer inte med registratorskontorets nyckel', "The receipt's signature does not match the registry office's key"]],
    ['an unknown key id', await sign(claims, otherKey, 'not-the-office'),
      ['Avainta, jota tiedosto nimeää, ei ole annettujen avainten joukossa. (not-the-office)', 'Nyckeln som filen anger finns inte bland de givna nycklarna. (not-the-office)', 'The key the file names is not among the keys given. (not-the-office)']],
  ];
  for (const [what, jws, words] of cases) {
    const receiptFile = file(`${what}.jws`, jws);
    ['fi', 'sv', 'en'].forEach((lang, i) => {
      const run = verify(['--keys', publicFile, '--receipt', receiptFile, requestFile], lang);
      assert.equal(run.code, 1, `${what}: ${run.said}`);
      assert.ok(run.said.includes(words[i]), `${what} in ${lang}: ${run.said}`);
    });
  }

  // A changed JWE made by jose: refused, not garbage.
  const jwe = await new CompactEncrypt(utf8.encode(request.json))
    .setProtectedHeader({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', kid: key(keys.public, 'enc').kid })
    .encrypt(await importJWK(key(keys.public, 'enc'), 'ECDH-ES+A256KW'));
  const parts = jwe.split('.');
  parts[3] = (parts[3][0] === 'A' ? 'B' : 'A') + parts[3].slice(1);
  const changed = file('changed.jwe', parts.join('.'));
  const openedWords = ['Salattua pyyntöä ei voitu avata tällä avaimella', 'Den krypterade begäran kunde inte öppnas med den här nyckeln', 'The encrypted request could not be opened with this key'];
  ['fi', 'sv', 'en'].forEach((lang, i) => {
    const run = verify(['--keys', keys.file, changed], lang);
    assert.equal(run.code, 1, run.said);
    assert.ok(run.said.includes(openedWords[i]), `${lang}: ${run.said}`);
  });
  // Without the key, the file is named for what it is.
  assert.match(verify([file('unopened.jwe', jwe)]).said, /The request is encrypted to the registry office/);

  // Malformed key sets: a private key where the public set goes is fine for the verifier
  // (it opens too), but a key set with a private part in a notice, an RSA key or no kid is not.
  const { publicKey: rsa } = await generateKeyPair('RSA-OAEP-256', { extractable: true });
  const malformed = [
    { keys: [{ ...(await exportJWK(rsa)), kid: 'r', use: 'enc' }] },
    { keys: [{ ...key(keys.public, 'sig'), kid: undefined }] },
    { keys: 'none' },
  ];
  const setWords = ['Kirjaamon avainjoukko ei kelpaa.', 'Registratorskontorets nyckeluppsättning duger inte.', "The registry office's key set is not valid."];
  for (const [n, set] of malformed.entries()) {
    const bad = file(`bad-${n}.json`, JSON.stringify(set));
    ['fi', 'sv', 'en'].forEach((lang, i) => {
      const run = verify(['--keys', bad, requestFile], lang);
      assert.equal(run.code, 2, run.said);
      assert.ok(run.said.includes(setWords[i]), `set ${n} in ${lang}: ${run.said}`);
    });
  }
});
