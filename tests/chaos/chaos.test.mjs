// The chaos run (issue 17): citizens making requests against a backend written apart
// from seloste and from its reference receiver (tests/chaos/receiver.py, Python's
// standard library, no shared code) that plays at random with a seed: 5xx, 408, 429 with
// both forms of Retry-After, answers held past the timeout, connections closed after
// storing, 2xx bodies that are not JSON, 301/302/303/307 redirects, 409 to repeated keys,
// 413. The citizens go offline, close tabs while retries wait, open two tabs at once and,
// when told of a refusal, try again.
//
// What must hold: every request made is stored exactly once; every citizen is told the
// truth (told "sent" only when the backend has it, told "refused" only for a refusal);
// the host page hears `seloste-submitted` once per request, whichever tab sends it; the
// outboxes end empty.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { useSite } from '../e2e/harness.mjs';
import { assertEventDetail } from '../e2e/events.mjs';
import { formPage, openForm, keptCount, DONE } from '../e2e/citizen.mjs';

const env = useSite();
const SEED = Number(process.env.CHAOS_SEED || 20261202);
const WORKERS = 4;
const PER_WORKER = 30;
let backend;

before(async () => {
  const child = spawn('python3', ['tests/chaos/receiver.py', String(SEED)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      const m = /listening on (http:\/\/\S+)/.exec(d.toString());
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`the chaos receiver exited with ${code}`)));
  });
  backend = {
    url,
    endpoint: `${url}/requests`,
    stats: async () => (await fetch(`${url}/__stats`)).json(),
    has: async (id) => (await fetch(`${url}/__stored/${id}`)).ok,
    calm: () => fetch(`${url}/__calm`, { method: 'POST' }),
    stop: () => child.kill(),
  };
});
after(() => backend?.stop());

/** A random number generator with a seed (mulberry32), so a failing run can be repeated. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REFUSED = 'Vastaanottava palvelu hylkäsi pyynnön';

/** A request's short reference, as the citizen reads it: the first 40 bits of its id in
 * Crockford base32 (written here from that description, not from our code). */
function reference(id) {
  const bits = parseInt(id.replace(/-/g, '').slice(0, 10), 16);
  const chars = Array.from({ length: 8 }, (_, n) => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[Math.floor(bits / 2 ** (5 * (7 - n))) % 32]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}
/** Resolves when `ready()` holds, checked every 50 ms; fails after `ms`. */
async function until(ready, ms) {
  for (const end = Date.now() + ms; !ready(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > end) throw new Error(`not so within ${ms} ms`);
  }
}
// A refusal that reaches a page which closes or navigates within this long may never be
// read by the product: the request stays kept and is sent later, the citizen told nothing.
const GOING_MS = 2000;

test(`chaos: ${WORKERS * PER_WORKER} requests against an independent backend, with citizens going offline, closing tabs and using two at once`, async () => {
  const started = Date.now();
  const tally = { made: 0, toldSent: 0, toldKept: 0, triedAgain: 0, closedMidway: 0, offline: 0, twoTabs: 0, resentFromOutbox: 0 };
  const wrong = [];
  const submitted = new Map(); // id → how many seloste-submitted the host pages heard
  const told = new Map(); // reference → how many refusals its citizen was told
  const reached = []; // the 413 answers that reached a page: { reference, page, at }
  const tell = (ref) => told.set(ref, (told.get(ref) ?? 0) + 1);
  const onEvent = async (page, { name, detail }) => {
    assertEventDetail(name, detail);
    if (name === 'seloste-error' && detail.reference && !detail.queued && detail.message.startsWith(REFUSED)) {
      console.log(`refused ${detail.reference}: ${detail.message}`);
      tell(detail.reference);
      page.refusalsTold = (page.refusalsTold ?? 0) + 1;
    }
    if (name !== 'seloste-submitted') return;
    const id = detail.request.id;
    submitted.set(id, (submitted.get(id) ?? 0) + 1);
    if (detail.status === 'delivered' && !(await backend.has(id))) wrong.push(`told "sent" for ${id}, which the backend does not have`);
  };
  const contexts = [];
  const problems = [];

  await Promise.all(Array.from({ length: WORKERS }, async (_, w) => {
    const rnd = random(SEED + w);
    const adapter = ['json', 'form', 'multipart', 'json'][w];
    const context = await env.browser.newContext({ locale: 'fi-FI' });
    contexts.push(context);
    const open = async () => {
      let page = null;
      page = await formPage(context, { endpoint: backend.endpoint, adapter, onEvent: (e) => onEvent(page, e) });
      page.went = []; // when it closed or navigated
      page.on('close', () => {
        page.went.push(Date.now());
        problems.push(...page.problems);
      });
      page.on('framenavigated', (frame) => frame === page.mainFrame() && page.went.push(Date.now()));
      page.on('response', (r) => {
        if (r.status() === 413 && r.url() === backend.endpoint) {
          reached.push({ reference: reference(r.request().headers()['idempotency-key'] ?? ''), page, at: Date.now() });
        }
      });
      return page;
    };
    // Told of a refusal, the citizen tries again (the same request, the same id), until
    // the request is made; returns the heading of the page that says how it ended.
    const untilMade = async (page, send) => {
      const refused = page.locator('[role=alert]', { hasText: REFUSED });
      for (let attempt = 0; ; attempt++) {
        const outcome = await Promise.race([
          page.locator('h1', { hasText: DONE }).waitFor({ timeout: 120_000 }).then(() => 'done'),
          refused.waitFor({ timeout: 120_000 }).then(() => 'refused'),
        ]);
        if (outcome === 'done') return page.locator('h1').first().innerText();
        assert.ok(attempt < 10, 'refused ten times in a row');
        tally.triedAgain += 1;
        const told = page.refusalsTold ?? 0;
        await send.click();
        // The earlier refusal goes while the request is sent again (unless the backend
        // refuses it again at once, quicker than the locator looks).
        await Promise.race([
          refused.waitFor({ state: 'hidden', timeout: 10_000 }),
          until(() => (page.refusalsTold ?? 0) > told, 10_000),
        ]);
      }
    };
    let page = await open();
    for (let i = 0; i < PER_WORKER; i++) {
      const what = rnd();
      await openForm(page, env.site.url, `${w}-${i}`);
      const send = page.getByRole('button', { name: 'Tee pyyntö', exact: true });
      if (what < 0.15) {
        // Offline when pressing the button: kept, then the connection returns.
        tally.offline += 1;
        await context.setOffline(true);
        await send.click();
        tally.made += 1;
        await page.locator('h1', { hasText: DONE }).waitFor({ timeout: 60_000 });
        await page.waitForTimeout(Math.floor(rnd() * 1000));
        await context.setOffline(false);
      } else if (what < 0.3) {
        // The tab closed while the request is being sent or its retries wait.
        tally.closedMidway += 1;
        const posted = page.waitForRequest((r) => r.method() === 'POST' && r.url() === backend.endpoint, { timeout: 30_000 });
        await send.click();
        tally.made += 1;
        await posted;
        await page.waitForTimeout(Math.floor(rnd() * 1500));
        // A citizen who has been told of a refusal reads it and tries again rather than
        // leave; one whose refusal comes in the moment of closing may have been told, and
        // the request, refused, is then not the backend's to store (counted below).
        if (await page.locator('[role=alert]', { hasText: REFUSED }).isVisible()) {
          await untilMade(page, send);
        } else {
          await page.close();
          await new Promise((r) => setTimeout(r, 300));
          page = await open();
        }
      } else if (what < 0.4) {
        // Kept offline, the tab closed, then two tabs opened at once: both find the kept
        // request; one sends it, and the host page hears of it once.
        tally.twoTabs += 1;
        await context.setOffline(true);
        await send.click();
        tally.made += 1;
        await page.locator('h1', { hasText: DONE }).waitFor({ timeout: 60_000 });
        await page.close();
        await context.setOffline(false);
        const [a, b] = await Promise.all([open(), open()]);
        await Promise.all([a, b].map((p, k) => p.goto(`${env.site.url}/request/?lang=fi&visit=${w}-${i}-${k}#/notices/pieksamaki-lapsiperheet/requests/access`)));
        await b.close();
        page = a;
      } else {
        await send.click();
        tally.made += 1;
        const heading = await untilMade(page, send);
        if (/lähetetty$/.test(heading) && !/ei ole/.test(heading)) tally.toldSent += 1;
        else tally.toldKept += 1;
      }
    }
    await page.close();
  }));

  // What is still kept waits in the outboxes: the backend calms down and each citizen
  // opens the form once more. A kept request the backend refused when it was sent again
  // is not sent by itself: the citizen, told so in the outbox, presses "Lähetä nyt".
  await backend.calm();
  const resent = new Set();
  for (const context of contexts) {
    let page = null;
    page = await formPage(context, { endpoint: backend.endpoint, onEvent: (e) => onEvent(page, e) });
    await page.goto(`${env.site.url}/request/?lang=fi&visit=last#/notices/pieksamaki-lapsiperheet/requests/access`);
    const deadline = Date.now() + 90_000;
    const refusedItems = page.locator('.seloste-outbox-item', { hasText: 'hylkäsi tämän pyynnön' });
    while ((await keptCount(page)) > 0) {
      assert.ok(Date.now() < deadline, 'every outbox empties within 90 s of a calm backend');
      if (await refusedItems.count()) {
        const item = refusedItems.first();
        const which = /[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await item.locator('p').first().innerText())[0];
        if (!resent.has(which)) {
          resent.add(which);
          tell(which);
          tally.resentFromOutbox += 1;
        }
        await item.getByRole('button', { name: 'Lähetä nyt' }).click();
        await page.waitForTimeout(1000);
      }
      await page.waitForTimeout(250);
    }
    await page.waitForTimeout(500);
    problems.push(...page.problems);
  }
  const stats = await backend.stats();
  for (const [id, n] of submitted) if (n !== 1) wrong.push(`seloste-submitted heard ${n} times for ${id}`);
  const heardOf = submitted.size;
  // Each refusal (413) the backend gave: told to the citizen, or it came as its page went
  // (closed or navigated), unread, and the request, still kept, was sent later. A page
  // that stayed must have told it. Told "refused" only as often as the backend refused.
  const refusedKeys = new Map(Object.entries(stats.refused).map(([key, n]) => [reference(key), { key, n }]));
  const refusedAndLeft = []; // told of a refusal, the tab closed: not stored, and not lost
  let unread = 0;
  for (const ref of told.keys()) if (!refusedKeys.has(ref)) wrong.push(`told "refused" for ${ref}, which the backend never refused`);
  for (const [ref, { key, n }] of refusedKeys) {
    const toldOf = told.get(ref) ?? 0;
    const stayed = reached.filter((r) => r.reference === ref && !r.page.went.some((t) => t >= r.at - 100 && t <= r.at + GOING_MS)).length;
    if (toldOf > n) wrong.push(`told "refused" ${toldOf} times for ${ref}, refused ${n} times`);
    if (toldOf < stayed) wrong.push(`${ref} refused ${n} times, ${stayed} reaching a page that stayed, told ${toldOf}`);
    unread += Math.max(0, n - toldOf);
    if (!(await backend.has(key))) {
      if (toldOf > 0) refusedAndLeft.push(ref);
      else console.log(`  ${ref}: refused ${n} times, never told, not stored`);
    }
  }
  const lost = tally.made - stats.distinct - refusedAndLeft.length;
  const refusalsAnswered = stats.answered['413'] ?? 0;
  console.log(`chaos (seed ${SEED}): ${stats.attempts} POSTs in ${((Date.now() - started) / 1000).toFixed(0)} s; faults ${JSON.stringify(stats.faults)}; answered ${JSON.stringify(stats.answered)}; citizens: ${tally.offline} offline, ${tally.closedMidway} closed the tab midway, ${tally.twoTabs} two tabs, ${tally.triedAgain} tried again after a refusal, ${tally.resentFromOutbox} sent a refused request again from the outbox, ${refusedAndLeft.length} left as a refusal came; refusals ${refusalsAnswered}, of them unread as their page went ${unread}`);
  console.log(`chaos result: made ${tally.made}, stored ${stats.distinct}, duplicates answered ${stats.duplicates_answered} (409: ${stats.answered_409}), lost ${lost}, wrongly told ${wrong.length}; host pages heard seloste-submitted for ${heardOf}`);
  for (const line of wrong) console.log(`  wrongly told: ${line}`);
  assert.equal(stats.key_mismatch, 0, 'every body carried the id of its Idempotency-Key');
  assert.equal(stats.stored, stats.distinct, 'the backend stored no key twice');
  assert.equal(lost, 0, 'every request made is stored');
  assert.deepEqual(wrong, []);
  // A tab closed in the moment between the backend's answer and the event hears nothing;
  // every other request is heard of once, by the tab that sent it.
  assert.ok(heardOf <= tally.made && heardOf >= tally.made - tally.closedMidway - tally.twoTabs, `heard of ${heardOf} of ${tally.made}`);
  assert.ok(stats.faults['301'] && stats.faults['307'] && stats.faults['store-then-close'] && stats.answered_409, 'the run met the faults it is for');
  assert.deepEqual(problems, []);
  for (const context of contexts) await context.close();
});
