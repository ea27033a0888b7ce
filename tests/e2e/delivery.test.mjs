// Delivery to a backend (issue 7), against the reference receiver (tests/receiver: every
// encoding, seal check, idempotency, SQLite, injected faults): each encoding's happy path,
// retries with Retry-After, a lost answer retried without a duplicate, a refusal shown
// and not retried, the encrypted outbox offline then online and on reopening, and a chaos
// run of 200 requests under random faults that ends with each stored exactly once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, assertNoAxeViolations } from './harness.mjs';
import { startReceiver } from './receiver.mjs';
import { assertEvents } from './events.mjs';

const env = useSite();
let receiver;
before(async () => { receiver = await startReceiver(); });
after(() => receiver?.stop());

const NOTICE = 'pieksamaki-lapsiperheet';
const PERSONAL = ['131052', 'Meikäläinen', 'Meik%C3%A4l%C3%A4inen', 'maija@example.fi', 'maija%40example.fi'];
const now = new Date();
// A completed access form, kept as the tab's draft on its last step.
const DRAFT = JSON.stringify({
  step: 6,
  answers: {
    acting_for: 'self', access_scope: 'all', delivery: 'viewing_at_office', name: 'Maija Meikäläinen',
    identity_method: 'finnish_code', identity_code: '131052-308T', email: 'maija@example.fi', answer_lang: 'fi',
    place: 'Pieksämäki', date: `${now.getDate()}.${now.getMonth() + 1}.${now.getFullYear()}`, signature_method: 'on_paper',
  },
});

/** A page whose notice sends to the receiver with `adapter`, starting from the draft. */
async function formPage(context, adapter) {
  const page = await context.newPage();
  page.problems = [];
  page.seen = [];
  page.on('console', (m) => {
    page.seen.push(m.text());
    if (m.type() === 'error' && !m.text().includes('ERR_INTERNET_DISCONNECTED') && !/Failed to load resource/.test(m.text())) page.problems.push(m.text());
  });
  page.on('pageerror', (e) => page.problems.push(e.message));
  page.on('request', (r) => page.seen.push(r.url()));
  await page.route(`**/notices/${NOTICE}.json`, async (route) => {
    const response = await route.fetch();
    const notice = await response.json();
    notice.requests = { ...notice.requests, endpoint: receiver.endpoint, adapter };
    await route.fulfill({ response, json: notice });
  });
  await page.addInitScript((draft) => {
    sessionStorage.setItem('seloste-draft/pieksamaki-lapsiperheet/access', draft);
    window.__events = [];
    for (const name of ['seloste-submitted', 'seloste-error']) document.addEventListener(name, (e) => window.__events.push({ name, detail: e.detail }));
  }, DRAFT);
  return page;
}

const DONE = /Pyyntösi on lähetetty|Pyyntöäsi ei ole vielä lähetetty/;

/** Opens the form (`n` makes each visit a fresh page load), makes the request, returns the page's events. */
async function makeRequest(page, n = 0, { beforeSend } = {}) {
  await page.goto(`${env.site.url}/request/?lang=fi&visit=${n}#/notices/${NOTICE}/requests/access`);
  await page.locator('h1', { hasText: 'Vastaus ja allekirjoitus' }).waitFor();
  await page.getByRole('button', { name: 'Jatka' }).click();
  await page.locator('h1', { hasText: 'Tarkista vastauksesi' }).waitFor();
  if (beforeSend) await beforeSend();
  await page.getByRole('button', { name: 'Tee pyyntö', exact: true }).click();
  await page.locator('h1', { hasText: DONE }).waitFor({ timeout: 60_000 });
  return page.evaluate(() => window.__events).then(assertEvents);
}

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
    const events = await makeRequest(page);
    assert.equal(events.length, 1, JSON.stringify(events.map((e) => e.name)));
    const { name, detail } = events[0];
    assert.equal(name, 'seloste-submitted');
    assert.equal(detail.status, 'delivered');
    assert.match(detail.backend_reference, /^KIRJ-\d{6}$/);
    assert.match(detail.delivered_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.ok(detail.payload.seal, 'sealed');
    assert.equal(posts.length, 1);
    assert.equal(posts[0]['idempotency-key'], detail.payload.id);
    assert.equal(posts[0]['x-csrf-token'], 't0k3n');
    assert.match(await page.locator('.seloste-backend-reference').innerText(), /KIRJ-\d{6}/);
    await assertNoAxeViolations(page, `delivered (${adapter})`);
    const stored = await receiver.stored(detail.payload.id);
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
  await page.getByRole('button', { name: 'Tee pyyntö', exact: true }).click();
  const alert = page.locator('[role=alert]', { hasText: 'Vastaanottava palvelu hylkäsi pyynnön (403)' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /injected fault.*Vastauksesi ovat tallessa/s);
  await page.getByRole('button', { name: 'Lataa pyyntö PDF-tiedostona' }).waitFor();
  await assertNoAxeViolations(page, 'refused');
  const stats = await receiver.stats();
  assert.deepEqual([stats.attempts, stats.stored], [1, 0], 'no retry after a refusal');
  const events = await page.evaluate(() => window.__events).then(assertEvents);
  assert.deepEqual(events.map((e) => e.name), ['seloste-error']);
  await context.close();
});

/** The raw outbox records of the page's origin, as stored. */
const outboxRecords = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('seloste-outbox');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const all = open.result.transaction('requests').objectStore('requests').getAll();
    all.onsuccess = () => resolve(all.result.map((r) => ({ id: r.id, meta: r.meta, data: Array.from(new Uint8Array(r.data)) })));
  };
}));

/** How many requests the page's origin keeps in its outbox (0 when it never kept one). */
const keptCount = (page) => page.evaluate(async () => {
  if (!(await indexedDB.databases()).some((d) => d.name === 'seloste-outbox')) return 0;
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('seloste-outbox');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('requests')) return resolve(0);
      const count = db.transaction('requests').objectStore('requests').count();
      count.onsuccess = () => resolve(count.result);
    };
  });
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
