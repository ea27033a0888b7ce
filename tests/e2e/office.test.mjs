// Requests encrypted to the registry office, end to end on the built site (issue 18): a
// notice with the office's keys (made by `seloste-receiver keys`), the reference receiver
// holding the private keys. In each encoding only the JWE leaves the browser (checked on
// the raw bytes of every POST, and opened by npm `jose`, which this project did not
// write); the outbox keeps only the JWE (its record opened with the device's own key, as
// any script of the site could); the receiver's signed receipt is verified and shown, and
// saved as a file that `jose` checks; a receipt signed with a key the notice does not name
// is shown as not verified, with why; the mail path saves the request encrypted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compactDecrypt, compactVerify, importJWK } from 'jose';
import { useSite, assertNoAxeViolations } from './harness.mjs';
import { officeKeys, startReceiver } from './receiver.mjs';
import { formPage, makeRequest, openForm, outboxRecords, PERSONAL, NOTICE } from './citizen.mjs';

const env = useSite();
const keys = officeKeys();
const other = officeKeys();
const key = (set, use) => set.keys.find((k) => k.use === use);
let receiver;
before(async () => { receiver = await startReceiver({ keys: keys.file }); });
after(() => receiver?.stop());

const JWE = /[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/;

/** Opens a JWE with the office's private key (jose): the request's JSON. */
async function open(jwe) {
  const { plaintext, protectedHeader } = await compactDecrypt(jwe, await importJWK(key(keys.private, 'enc'), 'ECDH-ES+A256KW'));
  assert.equal(protectedHeader.kid, key(keys.public, 'enc').kid);
  return JSON.parse(new TextDecoder().decode(plaintext));
}

function assertNoPersonalData(text, where) {
  for (const p of PERSONAL) assert.ok(!text.includes(p), `${where} holds "${p}"`);
}

async function officePage(context, { adapter = 'json', noticeKeys = keys.public, endpoint = receiver.endpoint, mailto } = {}) {
  const page = await formPage(context, {
    endpoint,
    adapter,
    editNotice: (notice) => {
      notice.requests.keys = noticeKeys;
      if (mailto) notice.requests.mailto = mailto;
    },
  });
  page.bodies = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url() === receiver.endpoint) page.bodies.push({ type: r.headers()['content-type'], body: r.postDataBuffer() });
  });
  return page;
}

for (const adapter of ['json', 'form', 'multipart']) {
  test(`${adapter}: only the JWE leaves the browser; the receiver opens it and its signed receipt is verified and kept`, async () => {
    const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
    const page = await officePage(context, { adapter });
    const events = await makeRequest(page, env.site.url, 0);
    const sent = events.find((e) => e.name === 'seloste-submitted');
    assert.equal(sent?.detail.status, 'delivered');
    assert.ok(page.bodies.length >= 1);
    for (const { type, body } of page.bodies) {
      const raw = body.toString('latin1');
      assertNoPersonalData(raw, `the ${adapter} body`);
      assertNoPersonalData(body.toString('utf8'), `the ${adapter} body`);
      assert.ok(!raw.includes('%PDF'), 'no PDF: it holds the request in clear');
      if (adapter === 'json') assert.equal(type, 'application/jose');
      const request = await open(JWE.exec(raw)[0]);
      assert.equal(request.id, sent.detail.request.id);
      assert.equal(request.seal.digest, sent.detail.request.seal_digest);
    }
    const stored = await receiver.stored(sent.detail.request.id);
    assert.equal(stored.encoding, `${adapter}+jwe`);
    for (const line of receiver.log) assertNoPersonalData(line, "the receiver's log");
    // The receipt: verified, and its file checks with jose against the office's key.
    const verified = page.locator('.seloste-office-receipt--verified');
    assert.match(await verified.innerText(), /^Kirjaamon kuitti on tarkistettu/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tallenna kirjaamon kuitti' }).click(),
    ]);
    const jws = readFileSync(await download.path(), 'utf8');
    const { payload } = await compactVerify(jws, await importJWK(key(keys.public, 'sig'), 'ES256'));
    const claims = JSON.parse(new TextDecoder().decode(payload));
    assert.equal(claims.request_id, sent.detail.request.id);
    assert.equal(sent.detail.delivered_at, claims.received_at, 'delivered at the time the office received it, by its receipt');
    if (adapter === 'json') await assertNoAxeViolations(page, 'receipt verified');
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}

test('offline: the outbox keeps only the JWE, even to the device key that opens its record; sent and receipted when back online', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  const page = await officePage(context);
  await makeRequest(page, env.site.url, 1, { beforeSend: () => context.setOffline(true) });
  await page.locator('.seloste-outbox-item').waitFor();
  const records = await outboxRecords(page);
  assert.equal(records.length, 1);
  assertNoPersonalData(JSON.stringify(records) + Buffer.from(records[0].data).toString('latin1'), 'the outbox record');
  // What any script of the site can read: the record opened with the device's key.
  const opened = await page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.open('seloste-outbox');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['requests', 'keys']);
      const all = tx.objectStore('requests').getAll();
      const k = tx.objectStore('keys').get('outbox');
      tx.oncomplete = async () => {
        const [record] = all.result;
        const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: record.iv }, k.result, record.data);
        resolve(new TextDecoder().decode(plain));
      };
    };
  }));
  assertNoPersonalData(opened, 'the opened outbox record');
  const kept = JSON.parse(opened);
  assert.match(kept.payload, new RegExp(`^${JWE.source}$`));
  assert.equal(kept.summary, null, 'not even the brief for the host page');
  assert.equal((await open(kept.payload)).id, records[0].id);
  // Back online: sent from the outbox, the receipt checked there too.
  await context.setOffline(false);
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'seloste-submitted'));
  await page.locator('.seloste-outbox').waitFor({ state: 'hidden' });
  assert.equal((await receiver.stored(records[0].id)).encoding, 'json+jwe');
  assert.ok(page.bodies.every(({ body }) => JWE.test(body.toString('latin1'))));
  await context.close();
});

test('a receipt signed with a key the notice does not name is shown as not verified, with why, and still kept', async () => {
  const context = await env.browser.newContext({ locale: 'sv-FI' });
  // The notice names the office's encryption key and another office's signing key.
  const noticeKeys = { keys: [key(keys.public, 'enc'), key(other.public, 'sig')] };
  const page = await officePage(context, { noticeKeys });
  await page.goto(`${env.site.url}/request/?lang=sv#/notices/${NOTICE}/requests/access`);
  await page.locator('h1', { hasText: 'Svar och underskrift' }).waitFor();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByRole('button', { name: 'Gör begäran', exact: true }).click();
  const failed = page.locator('.seloste-office-receipt--failed');
  await failed.waitFor({ timeout: 60_000 });
  assert.equal(await failed.innerText(), 'Registratorskontorets kvitto kunde inte kontrolleras: Kvittot är inte signerat med den nyckel som registratorskontoret har angett.');
  await page.getByRole('button', { name: 'Spara registratorskontorets kvitto' }).waitFor();
  assert.ok(page.seen.some((line) => line.includes('the backend\'s receipt does not hold')), 'the reason is in the console for staff');
  await assertNoAxeViolations(page, 'receipt not verified');
  await context.close();
});

test('mail path: the request is saved encrypted to the office, and the message names nothing of the requester', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const page = await officePage(context, { adapter: 'mailto', endpoint: undefined, mailto: 'kirjaamo@example.fi' });
  await openForm(page, env.site.url, 3);
  await page.getByRole('button', { name: 'Tee pyyntö', exact: true }).click();
  await page.locator('h1', { hasText: 'Pyyntösi on valmis' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tallenna salattu pyyntö' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^pyynto-[0-9A-Z]{4}-[0-9A-Z]{4}\.jwe$/);
  const jwe = readFileSync(await download.path(), 'utf8');
  assertNoPersonalData(jwe, 'the encrypted file');
  const request = await open(jwe);
  assert.equal(request.requester.name, 'Maija Meikäläinen');
  const href = await page.getByRole('link', { name: 'Lähetä sähköpostilla' }).getAttribute('href');
  assertNoPersonalData(decodeURIComponent(href), 'the mailto: link');
  await assertNoAxeViolations(page, 'mail path, encrypted');
  await context.close();
});

test('the verifier page opens an encrypted request with the office\'s key file, read in the page, and checks its receipt', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const page = await officePage(context);
  const sent = (await makeRequest(page, env.site.url, 4)).find((e) => e.name === 'seloste-submitted');
  const dir = mkdtempSync(join(tmpdir(), 'seloste-verify-'));
  const jwePath = join(dir, 'pyynto.jwe');
  writeFileSync(jwePath, page.bodies[0].body);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tallenna kirjaamon kuitti' }).click(),
  ]);
  const receiptPath = await download.path();

  // Nothing the page is given leaves it: every request it makes is recorded.
  const verifier = await context.newPage();
  const asked = [];
  verifier.on('request', (r) => asked.push(`${r.method()} ${r.url()}`));
  await verifier.goto(`${env.site.url}/verify/?lang=fi`);
  await verifier.locator('#seloste-verify-file').setInputFiles(jwePath);
  await verifier.locator('.seloste-check--failed', { hasText: 'Pyyntö on salattu kirjaamolle' }).waitFor();
  await verifier.locator('#seloste-verify-keys').setInputFiles(keys.file);
  await verifier.locator('.seloste-keys-read', { hasText: 'Avaimia luettu: 2' }).waitFor();
  await verifier.locator('#seloste-verify-receipt').setInputFiles(receiptPath);
  await verifier.locator('.seloste-verdict', { hasText: 'Pyyntö täsmää sinettiinsä' }).waitFor();
  const checks = await verifier.locator('.seloste-checks').innerText();
  assert.match(checks, /Kunnossa: Salattu pyyntö avautui kirjaamon avaimella/);
  assert.match(checks, /Kunnossa: Kuitti on allekirjoitettu kirjaamon avaimella ja koskee tätä pyyntöä/);
  assert.ok(checks.includes(sent.detail.request.seal_digest));
  assert.ok((await verifier.locator('.seloste-verified-request').innerText()).includes('Maija Meikäläinen'), 'the opened request is shown');
  await assertNoAxeViolations(verifier, 'verifier, encrypted request opened');
  // Another office's keys: not opened, said why.
  await verifier.locator('#seloste-verify-keys').setInputFiles(other.file);
  await verifier.locator('.seloste-verdict', { hasText: 'Pyyntöön ei voi luottaa' }).waitFor();
  assert.match(await verifier.locator('.seloste-checks').innerText(), /Ei täsmää: Salattu pyyntö avautui kirjaamon avaimella\s+Avainta, jota tiedosto nimeää, ei ole annettujen avainten joukossa/);
  // A file that is not a key set: said in the page's language.
  const notKeys = join(dir, 'not-keys.json');
  writeFileSync(notKeys, '{"keys": "none"}');
  await verifier.locator('#seloste-verify-keys').setInputFiles(notKeys);
  await verifier.locator('[role=alert]', { hasText: 'Kirjaamon avainjoukko ei kelpaa.' }).waitFor();
  assert.ok(asked.every((r) => r.startsWith('GET ') && r.startsWith(`GET ${env.site.url}`)), asked.join('\n'));
  await context.close();
});

test('keys at an https address of the office\'s site are fetched when the request is made; when they cannot be, nothing is sent and the citizen is told', async () => {
  const address = 'https://kirjaamo.example.fi/.well-known/jwks.json';
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  let served = true;
  await context.route(address, (route) => (served
    ? route.fulfill({ json: keys.public, headers: { 'Access-Control-Allow-Origin': '*' } })
    : route.fulfill({ status: 404, body: 'not found', headers: { 'Access-Control-Allow-Origin': '*' } })));
  const page = await officePage(context, { noticeKeys: address });
  const sent = (await makeRequest(page, env.site.url, 5)).find((e) => e.name === 'seloste-submitted');
  assert.equal((await receiver.stored(sent.detail.request.id)).encoding, 'json+jwe');
  await page.locator('.seloste-office-receipt--verified').waitFor();

  served = false;
  const failing = await officePage(context, { noticeKeys: address });
  await openForm(failing, env.site.url, 6);
  await failing.getByRole('button', { name: 'Tee pyyntö', exact: true }).click();
  await failing.locator('[role=alert]', { hasText: 'Pyyntöä ei voitu salata kirjaamolle, joten sitä ei lähetetty.' }).first().waitFor();
  assert.equal(failing.bodies.length, 0, 'nothing sent in clear');
  assert.ok(failing.seen.some((line) => line.includes('the registry office\'s keys')), 'the reason is in the console for staff');
  await context.close();
});
