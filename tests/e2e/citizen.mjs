// A citizen making an access request on the demo site's request page, as the delivery and
// chaos tests need: a form page whose notice sends to a given backend, started from a
// finished draft; making the request; and reading the origin's outbox as stored.
import { assertEvents } from './events.mjs';

export const NOTICE = 'pieksamaki-lapsiperheet';
export const PERSONAL = ['131052', 'Meikäläinen', 'Meik%C3%A4l%C3%A4inen', 'maija@example.fi', 'maija%40example.fi'];
const now = new Date();
/** The answers of a completed access form. */
export const ANSWERS = {
  acting_for: 'self', access_scope: 'all', delivery: 'viewing_at_office', name: 'Maija Meikäläinen',
  identity_method: 'finnish_code', identity_code: '131052-308T', email: 'maija@example.fi', answer_lang: 'fi',
  place: 'Pieksämäki', date: `${now.getDate()}.${now.getMonth() + 1}.${now.getFullYear()}`, signature_method: 'on_paper',
};
// The completed form, kept as the tab's draft on its last step.
const DRAFT = JSON.stringify({ step: 6, answers: ANSWERS });

/**
 * A page whose notice sends to `endpoint` with `adapter` (and is changed further by
 * `editNotice(notice)` when given), starting from the draft (unless `withDraft` is false). Its
 * events are kept in `window.__events`, and given to `onEvent` at once when set (they
 * are not lost when the tab is closed).
 */
export async function formPage(context, { endpoint, adapter = 'json', onEvent = null, outboxDays = undefined, editNotice = null, withDraft = true }) {
  const page = await context.newPage();
  page.problems = [];
  page.seen = [];
  page.on('console', (m) => {
    page.seen.push(m.text());
    const expected = m.text().includes('ERR_INTERNET_DISCONNECTED') || /Failed to load resource/.test(m.text());
    if (m.type() === 'error' && !expected) page.problems.push(m.text());
  });
  page.on('pageerror', (e) => page.problems.push(e.message));
  page.on('request', (r) => page.seen.push(r.url()));
  await page.route(`**/notices/${NOTICE}.json`, async (route) => {
    const response = await route.fetch();
    const notice = await response.json();
    notice.requests = { ...notice.requests, endpoint, adapter, ...(outboxDays ? { outbox_days: outboxDays } : {}) };
    if (editNotice) editNotice(notice);
    await route.fulfill({ response, json: notice });
  });
  if (onEvent) await page.exposeBinding('__seloste_event', (_, e) => onEvent(e));
  await page.addInitScript(([draft, tell]) => {
    if (draft) sessionStorage.setItem('seloste-draft/pieksamaki-lapsiperheet/access', draft);
    window.__events = [];
    for (const name of ['seloste-submitted', 'seloste-error']) {
      document.addEventListener(name, (e) => {
        window.__events.push({ name, detail: e.detail });
        if (tell) window.__seloste_event({ name, detail: e.detail });
      });
    }
  }, [withDraft ? DRAFT : null, Boolean(onEvent)]);
  return page;
}

export const DONE = /Pyyntösi on lähetetty|Pyyntöäsi ei ole vielä lähetetty|Pyyntösi vastaanottoa ei vahvistettu/;

/** Opens the form (`n` makes each visit a fresh page load) at its last step. */
export async function openForm(page, site, n = 0) {
  await page.goto(`${site}/request/?lang=fi&visit=${n}#/notices/${NOTICE}/requests/access`);
  await page.locator('h1', { hasText: 'Vastaus ja allekirjoitus' }).waitFor();
  await page.getByRole('button', { name: 'Jatka' }).click();
  await page.locator('h1', { hasText: 'Tarkista vastauksesi' }).waitFor();
}

/** Opens the form, makes the request, returns the page's events. */
export async function makeRequest(page, site, n = 0, { beforeSend } = {}) {
  await openForm(page, site, n);
  if (beforeSend) await beforeSend();
  await page.getByRole('button', { name: 'Tee pyyntö', exact: true }).click();
  await page.locator('h1', { hasText: DONE }).waitFor({ timeout: 60_000 });
  return page.evaluate(() => window.__events).then(assertEvents);
}

/** The raw outbox records of the page's origin, as stored. */
export const outboxRecords = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('seloste-outbox');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const all = open.result.transaction('requests').objectStore('requests').getAll();
    all.onsuccess = () => resolve(all.result.map((r) => ({ id: r.id, meta: r.meta, data: Array.from(new Uint8Array(r.data)) })));
  };
}));

/** How many requests the page's origin keeps in its outbox (0 when it never kept one). */
export const keptCount = (page) => page.evaluate(async () => {
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

/** Sets `members` in the clear part (`meta`) of every kept request of the page's origin. */
export const rewriteOutboxMeta = (page, members) => page.evaluate((members) => new Promise((resolve, reject) => {
  const open = indexedDB.open('seloste-outbox');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('requests', 'readwrite');
    const requests = tx.objectStore('requests');
    const all = requests.getAll();
    all.onsuccess = () => {
      for (const r of all.result) requests.put({ ...r, meta: JSON.stringify({ ...JSON.parse(r.meta), ...members }) });
    };
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  };
}), members);
