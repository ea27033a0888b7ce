// Delivery to a backend (issues 7 and 17), against the reference receiver (tests/receiver:
// every encoding, seal check, idempotency, SQLite, injected faults): each encoding's happy
// path, retries with Retry-After, a lost answer retried without a duplicate, a refusal
// shown and not retried and "try again" sending the same request, a redirect not taken
// for a delivery, the encrypted outbox offline then online and on reopening, and a chaos
// run of 200 requests under random faults. The chaos run against an independent backend,
// tests/chaos/chaos.test.mjs, does not pass yet and is not in the test command.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, assertNoAxeViolations } from './harness.mjs';
import { startReceiver } from './receiver.mjs';
import { assertEvents } from './events.mjs';
import { formPage as citizenPage, makeRequest as makeCitizenRequest, outboxRecords, rewriteOutboxMeta, keptCount, PERSONAL, NOTICE } from './citizen.mjs';

const env = useSite();
let receiver;
before(async () => { receiver = await startReceiver(); });
after(() => receiver?.stop());

const formPage = (context, adapter) => citizenPage(context, { endpoint: receiver.endpoint, adapter });
const makeRequest = (page, n = 0, options = {}) => makeCitizenRequest(page, env.site.url, n, options);

function assertNothingPersonal(pages) {
  for (const page of pages) {
    for (const seen of page.seen) for (const p of PERSONAL) assert.ok(!seen.includes(p), `personal data in a URL or console line: ${seen.slice(0, 120)}`);
  }
  for (const line of receiver.log) for (const p of PERSONAL) assert.ok(!line.includes(p), `personal data in the receiver's log: ${line}`);
}

for (const adapter of ['json', 'form', 'multipart']) {
  test(`${adapter}: delivered, sealed, stored once; the receipt names the receiver's case number`, async () => {
    await receiver.reset();
    const context = await env.browser.newContext({ locale: 'fi-FI' });
    const page = await formPage(context, adapter);
    // The host page's extra header (as a CMS publishes its CSRF token) goes with the POST.
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
      const meta = document.createElement('meta');
      meta.name = 'seloste-header';
      meta.content = 'X-CSRF-Token: t0k3n';
      document.head.append(meta);
    }));
    const posts = [];
    page.on('request', (r) => r.method() === 'POST' && r.url() === receiver.endpoint && posts.push(r.headers()));
    const pdfCode = [];
    page.on('request', (r) => /\/(pdf|fonts)\//.test(new URL(r.url()).pathname) && pdfCode.push(r.url()));
    const events = await makeRequest(page);
    // The PDF maker is loaded only where the request is made with its PDF (multipart).
    assert.equal(pdfCode.length > 0, adapter === 'multipart', pdfCode.join(' '));
    assert.equal(events.length, 1, JSON.stringify(events.map((e) => e.name)));
    const { name, detail } = events[0];
    assert.equal(name, 'seloste-submitted');
    assert.equal(detail.status, 'delivered');
    assert.match(detail.backend_reference, /^KIRJ-\d{6}$/);
    assert.match(detail.delivered_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.match(detail.request.seal_digest, /^[A-Za-z0-9_-]{43}$/, 'sealed');
    assert.equal(detail.payload, undefined, 'the host page did not ask for the whole payload');
    assert.equal(posts.length, 1);
    assert.equal(posts[0]['idempotency-key'], detail.request.id);
    assert.equal(posts[0]['x-csrf-token'], 't0k3n');
    assert.match(await page.locator('.seloste-backend-reference').innerText(), /KIRJ-\d{6}/);
    await assertNoAxeViolations(page, `delivered (${adapter})`);
    const stored = await receiver.stored(detail.request.id);
    assert.deepEqual(stored, { encoding: adapter, pdf: adapter === 'multipart' });
    assert.deepEqual((await receiver.stats()).stored, 1);
    assert.deepEqual(page.problems, []);
    assertNothingPersonal([page]);
    await context.close();
  });
}

test('429 with Retry-After and a lost answer: retried with the same key, stored once', async () => {
  await receiver.reset();
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  const page = await formPage(context, 'json');
  await receiver.faults({ next: 2, fault: '429', retry_after: 1 });
  const started = Date.now();
  let events = await makeRequest(page, 1);
  assert.ok(Date.now() - started >= 2000, 'waited as Retry-After asked, twice');
  assert.equal(events[0].detail.status, 'delivered');
  let stats = await receiver.stats();
  assert.deepEqual([stats.attempts, stats.faults, stats.stored], [3, 2, 1]);
  // The receiver stores the request and the connection breaks before it answers.
  await receiver.reset();
  await receiver.faults({ next: 1, fault: 'store_then_drop' });
  events = await makeRequest(page, 2);
  assert.equal(events[0].detail.status, 'delivered');
  stats = await receiver.stats();
  assert.deepEqual([stats.attempts, stats.stored, stats.distinct_ids, stats.duplicates], [2, 1, 1, 1]);
  assertNothingPersonal([page]);
  await context.close();
});

test('a refusal (4xx) is shown in plain words, not retried, and the PDF is offered', async () => {
  await receiver.reset();
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  const page = await formPage(context, 'json');
  await receiver.faults({ next: 1, fault: '403' });
  await page.goto(`${env.site.url}/request/?lang=fi#/notices/${NOTICE}/requests/access`);
  await page.getByRole('button', { name: 'Jatka' }).click();
  // Listened for before the press: the first POST can leave before the click returns.
  const posts = [];
  page.on('request', (r) => r.method() === 'POST' && r.url() === receiver.endpoint && posts.push(r.headers()['idempotency-key']));
  await page.getByRole('button', { name: 'Tee pyyntö', exact: true }).click();
  const alert = page.locator('[role=alert]', { hasText: 'Vastaanottava palvelu hylkäsi pyynnön' });
  await alert.waitFor();
  const told = await alert.innerText();
  assert.match(told, /injected fault.*Vastauksesi ovat tallessa/s);
  assert.doesNotMatch(told, /403/, 'no status code shown to the citizen');
  await page.getByRole('button', { name: 'Lataa pyyntö PDF-tiedostona' }).waitFor();
  await assertNoAxeViolations(page, 'refused');
  const stats = await receiver.stats();
  assert.deepEqual([stats.attempts, stats.stored], [1, 0], 'no retry after a refusal');
  let events = await page.evaluate(() => window.__events).then(assertEvents);
  assert.deepEqual(events.map((e) => e.name), ['seloste-error']);
  assert.equal(await keptCount(page), 0, 'a refused request is not left in the outbox');
  // "Try again" sends the same request (the same id), never a new one.
  await page.getByRole('button', { name: 'Tee pyyntö', exact: true }).click();
  await page.locator('h1', { hasText: 'Pyyntösi on lähetetty' }).waitFor();
  events = await page.evaluate(() => window.__events).then(assertEvents);
  assert.equal(events[1].name, 'seloste-submitted');
  assert.equal(posts.length, 2);
  assert.equal(posts[1], posts[0], 'sent again under the same Idempotency-Key');
  assert.equal(events[1].detail.request.id, posts[0]);
  const again = await receiver.stats();
  assert.deepEqual([again.stored, again.distinct_ids], [1, 1]);
  await context.close();
});

test('a redirect is not a delivery: kept, told "not confirmed", sent again under the same key', async () => {
  await receiver.reset();
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  const page = await formPage(context, 'json');
  await receiver.faults({ next: 1, fault: '301' });
  const events = await makeRequest(page, 1);
  await page.locator('h1', { hasText: 'Pyyntösi vastaanottoa ei vahvistettu' }).waitFor();
  assert.deepEqual(events.map((e) => [e.name, e.detail.queued]), [['seloste-error', true]]);
  assert.ok(page.seen.some((line) => /redirect, which is not followed/.test(line)), 'staff are told why in the console');
  assert.equal(await keptCount(page), 1);
  let stats = await receiver.stats();
  assert.deepEqual([stats.attempts, stats.stored], [1, 0]);
  // Opening the form again sends it, under the same key.
  await page.goto(`${env.site.url}/request/?lang=fi&visit=2#/notices/pieksamaki-lapsiperheet/requests/access`);
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'seloste-submitted'));
  const sent = (await page.evaluate(() => window.__events).then(assertEvents)).find((e) => e.name === 'seloste-submitted');
  assert.equal(sent.detail.status, 'delivered');
  stats = await receiver.stats();
  assert.deepEqual([stats.stored, stats.distinct_ids], [1, 1]);
  assert.equal(await keptCount(page), 0);
  await context.close();
});

test('offline: kept encrypted in the outbox, sent when the connection returns and on reopening', async () => {
  await receiver.reset();
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  const page = await formPage(context, 'json');
  const offline = { beforeSend: () => context.setOffline(true) };
  let events = await makeRequest(page, 1, offline);
  assert.deepEqual(events.map((e) => [e.name, e.detail.queued]), [['seloste-error', true]]);
  await page.locator('h1', { hasText: 'Pyyntöäsi ei ole vielä lähetetty' }).waitFor();
  await page.locator('.seloste-outbox-item').waitFor();
  await assertNoAxeViolations(page, 'queued, outbox shown');
  const records = await outboxRecords(page);
  assert.equal(records.length, 1);
  const stored = JSON.stringify(records) + Buffer.from(records[0].data).toString('latin1');
  for (const p of PERSONAL) assert.ok(!stored.includes(p), `the outbox keeps "${p}" in the clear`);
  assert.equal((await receiver.stats()).attempts, 0);
  // Back online: the outbox sends it by itself.
  await context.setOffline(false);
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'seloste-submitted'));
  events = await page.evaluate(() => window.__events).then(assertEvents);
  assert.equal(events[1].detail.status, 'delivered');
  await page.locator('.seloste-outbox').waitFor({ state: 'hidden' });
  assert.equal((await outboxRecords(page)).length, 0);
  assert.equal((await receiver.stats()).stored, 1);

  // Queued again and deleted by the citizen: never sent.
  await makeRequest(page, 2, offline);
  await page.locator('.seloste-outbox-item').getByRole('button', { name: 'Poista' }).click();
  await page.locator('.seloste-outbox').waitFor({ state: 'hidden' });
  assert.equal((await outboxRecords(page)).length, 0);
  // Queued once more, the tab closed, and sent when a form is opened again.
  await context.setOffline(false);
  await makeRequest(page, 3, offline);
  await page.close();
  await context.setOffline(false);
  const reopened = await formPage(context, 'json');
  await reopened.goto(`${env.site.url}/request/?lang=fi#/notices/${NOTICE}/requests/access`);
  await reopened.waitForFunction(() => window.__events.some((e) => e.name === 'seloste-submitted'));
  await reopened.locator('.seloste-outbox').waitFor({ state: 'hidden' });
  const stats = await receiver.stats();
  assert.deepEqual([stats.stored, stats.distinct_ids], [2, 2], 'the first sent when online, the third on reopening, the deleted one never');
  assertNothingPersonal([page, reopened]);
  await context.close();
});

test('a kept request sent from another form\'s page gets that page\'s headers only if they were given for its origin', async () => {
  await receiver.reset();
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  const withToken = async (endpoint) => {
    const page = await citizenPage(context, { endpoint });
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
      const meta = document.createElement('meta');
      meta.name = 'seloste-header';
      meta.content = 'X-CSRF-Token: t0k3n';
      document.head.append(meta);
    }));
    page.posts = [];
    page.on('request', (r) => r.method() === 'POST' && r.url() === receiver.endpoint && page.posts.push(r.headers()));
    return page;
  };
  // Kept offline for the receiver, then sent from a page whose own form posts elsewhere
  // (another origin: another port): its token is not for the receiver.
  const first = await formPage(context, 'json');
  await makeRequest(first, 1, { beforeSend: () => context.setOffline(true) });
  await first.close();
  await context.setOffline(false);
  const elsewhere = await withToken('http://127.0.0.1:9/requests');
  await elsewhere.goto(`${env.site.url}/request/?lang=fi&visit=2#/notices/${NOTICE}/requests/access`);
  await elsewhere.waitForFunction(() => window.__events.some((e) => e.name === 'seloste-submitted'));
  assert.equal(elsewhere.posts.length, 1);
  assert.equal(elsewhere.posts[0]['x-csrf-token'], undefined, 'no header given for another origin');
  assert.equal(elsewhere.posts[0]['idempotency-key'].length, 36);
  await elsewhere.close();
  // Kept and sent again from a page whose form posts to the receiver: its token goes.
  const same = await withToken(receiver.endpoint);
  await makeRequest(same, 3, { beforeSend: () => context.setOffline(true) });
  await context.setOffline(false);
  await same.waitForFunction(() => window.__events.some((e) => e.name === 'seloste-submitted'));
  assert.equal(same.posts.length, 1);
  assert.equal(same.posts[0]['x-csrf-token'], 't0k3n', 'the header given for this origin');
  assert.deepEqual((await receiver.stats()).stored, 2);
  await context.close();
});

test('multipart: a PDF made online, then asked for twice offline: said plainly, and no error left unheard on the page', async () => {
  // Found by the chaos run: after a PDF failed offline, the next try started a fetch of
  // the PDF maker's wasm that nothing awaited, and its failure reached the page.
  await receiver.reset();
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  const page = await formPage(context, 'multipart');
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const events = await makeRequest(page, 1);
  assert.equal(events[0].detail.status, 'delivered', 'the PDF maker ran for the multipart body');
  await context.setOffline(true);
  for (let n = 0; n < 2; n++) {
    await page.getByRole('button', { name: 'Lataa pyyntö PDF-tiedostona' }).click();
    await page.locator('[role=alert]', { hasText: 'PDF-tiedostoa ei voitu tehdä' }).waitFor();
    await page.waitForTimeout(1000);
  }
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a kept request has a last day (the notice\'s outbox_days); past it, it is removed unsent and the citizen told', async () => {
  await receiver.reset();
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  const page = await citizenPage(context, { endpoint: receiver.endpoint, outboxDays: 7 });
  await makeRequest(page, 1, { beforeSend: () => context.setOffline(true) });
  await page.locator('.seloste-outbox-item').waitFor();
  const last = new Date();
  last.setDate(last.getDate() + 7);
  const iso = `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}-${String(last.getDate()).padStart(2, '0')}`;
  const [record] = await outboxRecords(page);
  assert.equal(JSON.parse(record.meta).expires, iso, 'kept for the 7 days the notice says');
  assert.match(await page.locator('.seloste-outbox-item').innerText(), new RegExp(`Säilytetään tällä laitteella viimeistään ${last.getDate()}\\.${last.getMonth() + 1}\\.${last.getFullYear()}\\.`));
  // Its last day passes while the tab is closed.
  await rewriteOutboxMeta(page, { expires: '2020-01-31' });
  await page.close();
  await context.setOffline(false);
  const reopened = await citizenPage(context, { endpoint: receiver.endpoint });
  await reopened.goto(`${env.site.url}/request/?lang=fi&visit=2#/notices/${NOTICE}/requests/access`);
  const removed = reopened.locator('.seloste-outbox-removed', { hasText: 'Poistettiin tältä laitteelta lähettämättä' });
  await removed.waitFor();
  assert.match(await removed.innerText(), new RegExp(`Tarkastuspyyntö ${JSON.parse(record.meta).reference}$`));
  assert.equal(await reopened.locator('.seloste-outbox-item').count(), 0, 'nothing to send or delete: it is gone');
  await assertNoAxeViolations(reopened, 'a kept request removed unsent');
  assert.equal((await outboxRecords(reopened)).length, 0);
  await reopened.waitForTimeout(1000);
  assert.equal((await receiver.stats()).attempts, 0, 'never sent');
  const events = await reopened.evaluate(() => window.__events).then(assertEvents);
  assert.deepEqual(events, []);
  assert.deepEqual(reopened.problems, []);
  await context.close();
});

test('chaos: 200 requests under random faults are each stored exactly once', async () => {
  await receiver.reset();
  await receiver.faults({ random: 0.35, seed: 20261123 });
  const WORKERS = 4;
  const PER_WORKER = 50;
  const contexts = [];
  const pages = [];
  const outcomes = { delivered: 0, queued: 0 };
  const started = Date.now();
  await Promise.all(Array.from({ length: WORKERS }, async (_, w) => {
    const context = await env.browser.newContext({ locale: 'fi-FI' });
    const page = await formPage(context, ['json', 'form', 'multipart', 'json'][w]);
    contexts.push(context);
    pages.push(page);
    for (let i = 0; i < PER_WORKER; i++) {
      const events = await makeRequest(page, i + 1);
      const last = events[events.length - 1];
      outcomes[last.name === 'seloste-submitted' ? 'delivered' : 'queued'] += 1;
    }
  }));
  // What could not be sent under the faults waits in an outbox: open each context's form
  // again with the faults off.
  await receiver.faults({});
  for (const context of contexts) {
    const page = await formPage(context, 'json');
    await page.goto(`${env.site.url}/request/?lang=fi#/notices/${NOTICE}/requests/access`);
    // The outbox panel (the form's later chunk) comes only when requests are kept.
    const deadline = Date.now() + 60_000;
    while ((await keptCount(page)) > 0) {
      assert.ok(Date.now() < deadline, 'every outbox empties within a minute');
      await page.waitForTimeout(250);
    }
    await page.locator('.seloste-outbox').waitFor({ state: 'hidden' });
  }
  const stats = await receiver.stats();
  console.log(`chaos run: ${WORKERS * PER_WORKER} requests in ${((Date.now() - started) / 1000).toFixed(0)} s; ${stats.attempts} deliveries, ${stats.faults} faults injected, ${outcomes.queued} queued in an outbox and sent later; stored ${stats.stored} (distinct ids ${stats.distinct_ids}), duplicates answered from the store ${stats.duplicates}`);
  assert.equal(stats.stored, WORKERS * PER_WORKER, 'every request stored');
  assert.equal(stats.distinct_ids, WORKERS * PER_WORKER, 'none stored twice');
  assert.ok(stats.faults >= 50, `faults injected: ${stats.faults}`);
  for (const page of pages) assert.deepEqual(page.problems, []);
  assertNothingPersonal(pages);
  for (const context of contexts) await context.close();
});
