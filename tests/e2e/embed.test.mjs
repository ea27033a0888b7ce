// Embedding (issue 8): the example host pages of public/examples/, each loading only
// seloste.js, served with the strict CSP of DESIGN.md as a header (and a meta tag in the
// page): no CSP violation and no console error anywhere. Two elements on one page, events
// received by the host page, attribute changes rendering again, theming, a hostile
// stylesheet, a page's own <form> around the element, a 10 000-element page, the JS API
// with an identity verified by the portal, and the bundle loaded from another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { serve, useSite } from './harness.mjs';
import { assertValidPayload, assertSealHolds } from './flow.mjs';
import { startReceiver } from './receiver.mjs';
import { STRICT_CSP, ACCESS, hostPage, assertClean, axeCheck, events, walkForm, makeRequest, looks, pixelDifference } from './embedded.mjs';

const dist = process.env.SELOSTE_DIST || 'dist';
const env = useSite({ 'content-security-policy': STRICT_CSP });

const open = async (path, options) => {
  const page = await hostPage(env.browser, options);
  await page.goto(`${env.site.url}/examples/${path}`);
  return page;
};

test('a notice and a request form on one page: events, attribute changes, theming, no CSP violation', async () => {
  const page = await open('embed.html');
  const notice = page.locator('seloste-notice#notice');
  const form = page.locator('seloste-request#form');
  await notice.locator('h2').first().waitFor();
  await form.locator('h1').waitFor();
  assert.match(await notice.locator('h2').first().innerText(), /Perusturvan lapsiperheiden/);
  assert.equal(await form.locator('h1').innerText(), 'Kenen tietoja pyyntö koskee?');
  // Only seloste.js and what it loads; nothing for the PDF yet.
  assert.ok(!page.requested.some((u) => u.includes('/pdf/') || u.includes('/fonts/')), 'no PDF code before asked');
  await axeCheck(page, 'embed page: notice and form');

  // Theming: --seloste-accent on an ancestor and ::part(button) from the host page.
  const button = await form.locator('form button[type=submit]').evaluate((b) => {
    const s = getComputedStyle(b);
    return { background: s.backgroundColor, radius: s.borderTopLeftRadius, font: s.fontFamily };
  });
  assert.deepEqual(button, { background: 'rgb(107, 44, 145)', radius: '999px', font: 'Georgia, serif' });

  // The language attribute changes: the form renders in Swedish, answers kept.
  await form.locator('form input[type=radio][value="self"]').check();
  await page.getByRole('button', { name: 'På svenska' }).click();
  await form.locator('h1', { hasText: 'Vems uppgifter gäller begäran?' }).waitFor();
  assert.ok(await form.locator('form input[type=radio][value="self"]').isChecked(), 'the answer survived the language change');
  // The kind attribute changes: another form.
  await page.locator('button[data-value="rectification"]').click();
  await form.locator('.seloste-caption', { hasText: /Begäran om rättelse/ }).waitFor();
  // "Make a request" in the notice switches the form on the page to that kind.
  await notice.locator('button', { hasText: 'Tarkastuspyyntö' }).first().click();
  await form.locator('.seloste-caption', { hasText: /Begäran om tillgång/ }).waitFor();
  assert.deepEqual((await events(page, 'seloste-request')).map((e) => e.detail.kind), ['access']);
  await page.getByRole('button', { name: 'In English' }).click();
  await form.locator('.seloste-caption', { hasText: /Request to access your data/ }).waitFor();

  // The whole request, then the PDF: the host page gets seloste-submitted and seloste-pdf.
  await walkForm(page, form, ACCESS, { axe: true, check: /Check your answers/ });
  const detail = await makeRequest(page, form, { send: 'Make the request', done: 'Your request is ready' });
  assert.equal(detail.status, 'made');
  assertValidPayload(detail.payload);
  assertSealHolds(detail.payload);
  assert.equal(detail.payload.requester.identified_by, undefined, 'typed by the citizen, not verified');
  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Download the request as a PDF file' }).click();
  await download;
  await page.waitForFunction(() => window.seloste_events.some((e) => e.name === 'seloste-pdf'));
  const [pdf] = await events(page, 'seloste-pdf');
  assert.equal(pdf.detail.reference, detail.reference);
  assert.equal(pdf.target, 'form', 'the event reaches the host element');
  await axeCheck(page, 'embed page: confirmation');
  await assertClean(page, 'embed.html');
  await page.context().close();
});

test('a hostile stylesheet (*, input, button, h2, form with !important) changes nothing inside', async () => {
  const calm = await open('form-wrapper.html');
  const hostile = await open('hostile-css.html');
  const calmForm = calm.locator('seloste-request#form');
  const hostileForm = hostile.locator('seloste-request#form');
  await calmForm.locator('h1').waitFor();
  await hostileForm.locator('h1').waitFor();
  // The page's own heading is restyled (the stylesheet works) …
  assert.equal(await hostile.locator('main > h1').evaluate((h) => getComputedStyle(h).fontSize), '80px');
  // … but nothing inside the component: every computed style and size is the same.
  const [a, b] = [await looks(calmForm), await looks(hostileForm)];
  assert.deepEqual(b, a);
  assert.equal(b.host.display, 'block');
  assert.equal(b.h1.fontSize, '28px');
  // And the same pixels: the component's own box on both pages.
  const shot = (form) => form.locator('.seloste-request').screenshot();
  const [calmShot, hostileShot] = [await shot(calmForm), await shot(hostileForm)];
  if (process.env.SELOSTE_SHOTS) {
    writeFileSync(join(process.env.SELOSTE_SHOTS, 'calm.png'), calmShot);
    writeFileSync(join(process.env.SELOSTE_SHOTS, 'hostile.png'), hostileShot);
  }
  const difference = await pixelDifference(env.browser, calmShot, hostileShot);
  console.log(`hostile stylesheet: ${(difference * 100).toFixed(2)} % of the component's pixels differ from a calm page`);
  // Leaked page styles (40 px capitals, magenta on yellow) would change most of them.
  assert.ok(difference < 0.03, `the component looks the same on both pages (${difference} of pixels differ)`);
  // It works there too: the whole request.
  await walkForm(hostile, hostileForm, ACCESS, { axe: 'seloste-request#form' });
  const detail = await makeRequest(hostile, hostileForm);
  assert.equal(detail.payload.requester.name, ACCESS.name);
  await assertClean(hostile, 'hostile-css.html');
  await assertClean(calm, 'form-wrapper.html (before use)');
  await hostile.context().close();
  await calm.context().close();
});

test('by default seloste-submitted tells the host page the request without anything personal but the masked code', async () => {
  const page = await open('embed.html', { fullPayload: false });
  const form = page.locator('seloste-request#form');
  await form.locator('h1').waitFor();
  await walkForm(page, form, ACCESS);
  const detail = await makeRequest(page, form);
  assert.equal(detail.payload, undefined, 'no payload unless the page asks');
  assert.equal(detail.request.kind, 'access');
  assert.equal(detail.request.notice_id, 'pieksamaki-lapsiperheet');
  assert.equal(detail.request.identity, '131052-****');
  assert.match(detail.request.seal_digest, /^[A-Za-z0-9_-]{43}$/);
  const told = JSON.stringify(detail);
  for (const p of ['131052-308T', 'Maija', 'Meikäläinen', ACCESS.email, ACCESS.access_data, ACCESS.place]) {
    assert.ok(!told.includes(p), `the event tells "${p}"`);
  }
  await assertClean(page, 'embed.html (summary)');
  await page.context().close();
});

test("a page's own <form> around the element is never submitted by it", async () => {
  const page = await open('form-wrapper.html');
  const form = page.locator('seloste-request#form');
  await form.locator('h1').waitFor();
  const start = page.url();
  // Enter inside the component submits the component's step, not the page's form.
  await form.locator('form input[type=radio][value="self"]').check();
  await form.locator('form input[type=radio][value="self"]').press('Enter');
  await form.locator('h1', { hasNotText: 'Kenen tietoja pyyntö koskee?' }).first().waitFor();
  assert.equal(page.url(), start, 'Enter in the component did not submit the host form');
  await walkForm(page, form, ACCESS, { axe: 'seloste-request#form' });
  const detail = await makeRequest(page, form);
  assertValidPayload(detail.payload);
  assert.equal(page.url(), start, 'still on the same page: the host form was never submitted');
  // The host form itself still works as before.
  await page.getByRole('button', { name: 'Lähetä sivuston lomake' }).click();
  await page.waitForURL(/submitted\.html/);
  await assertClean(page, 'form-wrapper.html');
  await page.context().close();
});

test('a 10 000-element page: both elements render and the form works', async () => {
  const page = await open('big-dom.html');
  const t0 = Date.now();
  const form = page.locator('seloste-request#form');
  await form.locator('h1').waitFor();
  await page.locator('seloste-notice#notice h2').first().waitFor();
  const ms = Date.now() - t0;
  const count = Number(await page.evaluate(() => document.body.dataset.elements));
  assert.ok(count >= 10000, `${count} elements in the page`);
  console.log(`10 000-element page: ${count} elements, both components shown ${ms} ms after load`);
  await walkForm(page, form, ACCESS);
  const detail = await makeRequest(page, form);
  assert.equal(detail.status, 'made');
  await assertClean(page, 'big-dom.html');
  await page.context().close();
});

/** The drafts this tab keeps in sessionStorage, by key. */
const drafts = (page) => page.evaluate(() => Object.fromEntries(Object.keys(sessionStorage)
  .filter((k) => k.startsWith('seloste-draft/')).map((k) => [k, sessionStorage.getItem(k)])));

/** Answers the first step ("whose data") with its first option and goes on. */
async function answerFirstStep(form) {
  await form.getByRole('radio').first().check();
  await form.getByRole('button', { name: 'Jatka' }).click();
  await form.locator('h1', { hasNotText: 'Kenen tietoja pyyntö koskee?' }).waitFor();
}

test('the JS API: mount() with an identity verified by the portal, unmount(), and a refused identity', async () => {
  const page = await open('mount.html');
  const form = page.locator('#form');
  await form.locator('h1').waitFor();
  await walkForm(page, form, { ...ACCESS, name: 'Someone Else', identity_code: '010101-123N' });
  // The requester step shows the verified identity as text: no field to edit.
  assert.equal(await form.locator('form [name="name"], form [name="identity_code"]').count(), 0, 'no name or code inputs');
  assert.equal(await page.locator('#form h1').innerText(), 'Tarkista vastauksesi');
  const summary = await form.locator('.seloste-summary-list').allInnerTexts();
  assert.ok(summary.join(' ').includes('Maija Meikäläinen') && summary.join(' ').includes('131052-****'));
  assert.ok(!summary.join(' ').includes('Someone Else'));
  // No change link for the verified answers.
  for (const label of [/^Koko nimi$/, /^Henkilötunnus$/]) {
    const row = form.locator('.seloste-summary-row', { has: page.locator('dt', { hasText: label }) });
    assert.equal(await row.count(), 1, `one row ${label}`);
    assert.equal(await row.locator('button').count(), 0, `no change link for ${label}`);
  }
  await axeCheck(page, 'check answers with a verified identity');
  // The tab's draft holds the citizen's own answers, never the verified identity.
  let kept = await drafts(page);
  assert.equal(Object.keys(kept).length, 1, 'the form keeps a draft');
  // (What the citizen typed is theirs to keep, a typed signature included; what the portal
  // verified is not in it.)
  assert.ok(!Object.values(kept).join('').includes('131052'), 'the draft holds the verified code');
  for (const draft of Object.values(kept)) {
    const { answers } = JSON.parse(draft);
    for (const id of ['name', 'identity_code', 'identity_method']) assert.equal(answers[id], undefined, `the draft holds the verified "${id}"`);
  }
  const detail = await makeRequest(page, form);
  assert.equal(detail.payload.requester.name, 'Maija Meikäläinen');
  assert.deepEqual(detail.payload.requester.identity, { type: 'personal_identity_code', value: '131052-308T' });
  assert.equal(detail.payload.requester.identified_by, 'Suomi.fi');
  assertValidPayload(detail.payload);
  assertSealHolds(detail.payload);
  // Never in an attribute or a URL.
  assert.ok(!(await page.content()).includes('131052-308T'), 'the code is in no attribute of the page');
  assert.ok(!page.requested.some((u) => u.includes('131052')), 'the code is in no URL');
  // unmount() empties the element; mount() again starts a fresh form.
  await page.getByRole('button', { name: 'Sulje lomake' }).click();
  await page.waitForFunction(() => document.getElementById('form').shadowRoot.childElementCount === 0);
  await page.getByRole('button', { name: 'Avaa lomake' }).click();
  await form.locator('h1', { hasText: 'Kenen tietoja pyyntö koskee?' }).waitFor();
  // A draft made under a verified identity goes with the form: the next person at this
  // computer finds nothing.
  await answerFirstStep(form);
  assert.equal(Object.keys(await drafts(page)).length, 1);
  await page.getByRole('button', { name: 'Sulje lomake' }).click();
  await page.waitForFunction(() => document.getElementById('form').shadowRoot.childElementCount === 0);
  assert.deepEqual(await drafts(page), {}, 'unmount() removed the draft of a verified identity');
  // A broken identity from the portal is refused with seloste-error, and the form asks.
  await page.evaluate(async () => {
    const { mount } = await import('../seloste.js');
    const el = document.getElementById('form');
    await mount(el, { type: 'request', src: '../notices/pieksamaki-lapsiperheet.json', kind: 'access', identity: { name: 'X', code: '131052-308U', by: 'Suomi.fi' } });
  });
  await page.waitForFunction(() => window.seloste_events.some((e) => e.name === 'seloste-error'));
  const [error] = await events(page, 'seloste-error');
  assert.match(error.detail.message, /identity code is not valid/);
  page.problems = page.problems.filter((p) => !p.includes('identity code is not valid'));
  // clearDrafts(), for a portal's logout, removes the drafts of forms not verified too.
  await form.locator('h1', { hasText: 'Kenen tietoja pyyntö koskee?' }).waitFor();
  await answerFirstStep(form);
  kept = await drafts(page);
  assert.equal(Object.keys(kept).length, 1);
  assert.equal(await page.evaluate(async () => (await import('../seloste.js')).clearDrafts()), 1);
  assert.deepEqual(await drafts(page), {});
  await assertClean(page, 'mount.html');
  await page.context().close();
});

/**
 * A host page on its own origin that loads seloste.js from `cdn` (another origin), with
 * `body` and module scripts `scripts` ({file: source}, run before seloste.js); its CSP
 * allows the CDN and `connect`.
 */
async function hostOn(t, cdn, body, { scripts = {}, connect = '' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'seloste-host-'));
  copyFileSync('public/favicon.svg', join(dir, 'favicon.svg'));
  for (const [file, source] of Object.entries(scripts)) writeFileSync(join(dir, file), source);
  const tags = Object.keys(scripts).map((f) => `<script type="module" src="${f}"></script>`).join('');
  // What a host page on another origin allows: the CDN for scripts, styles and fetches.
  const csp = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${cdn.url}; style-src 'self' ${cdn.url}; connect-src 'self' ${cdn.url} ${connect}`;
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Kunta</title>
<link rel="icon" href="favicon.svg">${tags}<script type="module" src="${cdn.url}/seloste.js"></script></head>
<body><main><h1>Kunta</h1>${body}</main></body></html>`);
  const host = await serve(dir, { 'content-security-policy': csp });
  t.after(() => host.close());
  return host;
}

test('seloste.js loads from another origin (a CDN) with its base URL and SRI-checked wasm', async (t) => {
  const cdn = await serve(dist, { 'access-control-allow-origin': '*' });
  t.after(() => cdn.close());
  const host = await hostOn(t, cdn, `<seloste-request id="form" notice="${cdn.url}/notices/pieksamaki-lapsiperheet.json" kind="access"></seloste-request>`);
  const page = await hostPage(env.browser);
  t.after(() => page.context().close());
  await page.goto(`${host.url}/`);
  const form = page.locator('seloste-request#form');
  await form.locator('h1', { hasText: 'Kenen tietoja pyyntö koskee?' }).waitFor();
  const fromCdn = page.requested.filter((u) => u.startsWith(cdn.url)).map((u) => new URL(u).pathname);
  assert.ok(fromCdn.includes('/seloste.js') && fromCdn.some((p) => /^\/embed\/[^/]+\/seloste-embed_bg\.wasm$/.test(p)), fromCdn.join(' '));
  assert.ok(fromCdn.some((p) => p.endsWith('/seloste.css')), 'the shadow stylesheet from the CDN');
  assert.ok(fromCdn.includes('/forms/default.json'), 'the forms file from beside seloste.js');
  const fromHost = page.requested.filter((u) => u.startsWith(host.url)).map((u) => new URL(u).pathname);
  assert.deepEqual(fromHost, ['/', '/favicon.svg'], 'nothing else asked from the host');
  // sri.json holds the right hash of every release file, and seloste.js fetches the wasm
  // with the one published there.
  const sri = JSON.parse(readFileSync(join(dist, 'sri.json'), 'utf8'));
  for (const [file, hash] of Object.entries(sri)) {
    assert.equal(hash, `sha384-${createHash('sha384').update(readFileSync(join(dist, file))).digest('base64')}`, file);
  }
  for (const needed of ['seloste.js', 'forms/default.json', 'fonts/DejaVuSans.ttf', 'fonts/DejaVuSans-subset.ttf', 'pdf/seloste-pdf_bg.wasm']) assert.ok(sri[needed], `sri.json lists ${needed}`);
  // seloste.js carries the hash of every file it loads, each right (hashed here anew).
  const carried = JSON.parse(/JSON\.parse\('(\{[^']*\})'\)/.exec(readFileSync(join(dist, 'seloste.js'), 'utf8'))[1]);
  for (const [file, hash] of Object.entries(carried)) {
    assert.equal(hash, `sha256-${createHash('sha256').update(readFileSync(join(dist, file))).digest('base64')}`, file);
  }
  const loads = Object.keys(carried);
  for (const needed of [/seloste-embed_bg\.wasm$/, /seloste-embed\.js$/, /__wasm_split\.js$/, /snippets\/.*\/outbox\.js$/, /seloste\.css$/, /^forms\/default\.json$/, /^pdf\/seloste-pdf\.js$/, /^pdf\/seloste-pdf_bg\.wasm$/, /^fonts\/DejaVuSans\.ttf$/, /^fonts\/DejaVuSans-subset\.ttf$/]) {
    assert.ok(loads.some((f) => needed.test(f)), `seloste.js carries the hash of ${needed}`);
  }
  await assertClean(page, 'a host page on another origin');
});

test('the endpoint and adapter attributes deliver to a backend, with headers set by the host page', async (t) => {
  const receiver = await startReceiver();
  t.after(() => receiver.stop());
  const cdn = await serve(dist, { 'access-control-allow-origin': '*' });
  t.after(() => cdn.close());
  const host = await hostOn(
    t,
    cdn,
    `<seloste-request id="form" notice="${cdn.url}/notices/pieksamaki-lapsiperheet.json" kind="access" adapter="form" endpoint="${receiver.endpoint}"></seloste-request>`,
    {
      connect: receiver.url,
      scripts: {
        // Runs before seloste.js has defined the element: taken over when it upgrades.
        'headers.js': "document.getElementById('form').headers = { 'X-CSRF-Token': 't0k3n' };",
        'host.js': readFileSync('public/examples/host.js', 'utf8'),
      },
    },
  );
  const page = await hostPage(env.browser);
  t.after(() => page.context().close());
  const posts = [];
  page.on('request', (r) => r.method() === 'POST' && r.url() === receiver.endpoint && posts.push(r.headers()));
  await page.goto(`${host.url}/`);
  const form = page.locator('seloste-request#form');
  await walkForm(page, form, ACCESS);
  await form.getByRole('button', { name: 'Tee pyyntö', exact: true }).click();
  await form.locator('h1', { hasText: 'Pyyntösi on lähetetty' }).waitFor();
  const [submitted] = await events(page, 'seloste-submitted');
  assert.equal(submitted.detail.status, 'delivered');
  assert.match(submitted.detail.backend_reference, /^KIRJ-/);
  assert.equal(posts.length, 1);
  assert.match(posts[0]['content-type'], /application\/x-www-form-urlencoded/);
  assert.equal(posts[0]['x-csrf-token'], 't0k3n');
  assert.equal(posts[0]['idempotency-key'], submitted.detail.payload.id);
  const stats = await receiver.stats();
  assert.equal(stats.stored, 1);
  await assertClean(page, 'a host page delivering to its backend');
});

test('a changed wasm file is refused by its SRI hash, the citizen is told in plain words, and a later render loads it', async () => {
  const page = await hostPage(env.browser);
  // Both bundles' wasm: the notice's and the form's.
  const wasm = '**/embed/**/seloste-*_bg.wasm';
  await page.route(wasm, async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 100] ^= 0xff; // what a compromised CDN would serve
    await route.fulfill({ response, body });
  });
  await page.goto(`${env.site.url}/examples/embed.html`);
  const form = page.locator('seloste-request#form');
  await form.locator('[role=alert]', { hasText: 'Lomaketta ei voitu ladata.' }).waitFor();
  await page.waitForFunction(() => window.seloste_events.filter((e) => e.name === 'seloste-error').length === 2);
  const errors = await events(page, 'seloste-error');
  assert.deepEqual(errors.map((e) => e.target).sort(), ['form', 'notice'], 'both elements told the host page');
  assert.ok(page.problems.some((p) => /integrity/i.test(p)), `the browser refused the file: ${page.problems.join(' | ')}`);
  // The right file again: the next render (here an attribute change) loads it, no reload.
  await page.unroute(wasm);
  await page.evaluate(() => document.querySelector('seloste-request#form').setAttribute('kind', 'rectification'));
  await form.locator('h1', { hasText: 'Kenen tietoja pyyntö koskee?' }).waitFor();
  await page.context().close();
});

/** A page whose requests for files matching `glob` get the file with one byte changed, as
 * a compromised CDN would serve it. */
async function tampered(glob) {
  const page = await hostPage(env.browser);
  await page.route(glob, async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 2] ^= 0x01;
    await route.fulfill({ response, body });
  });
  return page;
}

const refusedByIntegrity = (page) => page.problems.some((p) => /integrity|is not the file it should be/i.test(p));

test('every other file seloste.js loads is checked too: a changed module, stylesheet, forms file, PDF maker or font is refused', async () => {
  // The bundle's modules: the glue, the chunk loader and a snippet. Nothing runs.
  // The notice's bundle is the notice element's own.
  for (const [file, element] of [['**/seloste-embed.js', '#form'], ['**/notice/seloste-notice.js', '#notice'], ['**/__wasm_split.js', '#form'], ['**/snippets/**/webcrypto.js', '#form']]) {
    const page = await tampered(file);
    await page.goto(`${env.site.url}/examples/embed.html`);
    await page.locator(element).locator('[role=alert]', { hasText: 'Lomaketta ei voitu ladata.' }).waitFor();
    assert.ok(refusedByIntegrity(page), `${file}: ${page.problems.join(' | ')}`);
    assert.equal(await page.evaluate(() => window.seloste_events.filter((e) => e.name === 'seloste-submitted').length), 0);
    await page.context().close();
  }
  // The stylesheet: none of it applies (the accent colour of the button is the page's
  // default), staff are told in the console, and the form still works.
  let page = await tampered('**/seloste.css');
  await page.goto(`${env.site.url}/examples/embed.html`);
  let form = page.locator('seloste-request#form');
  await form.locator('h1', { hasText: 'Kenen tietoja pyyntö koskee?' }).waitFor();
  assert.ok(page.problems.some((p) => /seloste\.css was not loaded, or is not the file it should be/.test(p)), page.problems.join(' | '));
  const background = await form.locator('form button[type=submit]').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(background, 'rgb(107, 44, 145)', 'the changed stylesheet did not apply');
  await page.context().close();
  // The default forms file: the citizen is told the form could not be loaded.
  page = await tampered('**/forms/default.json');
  await page.goto(`${env.site.url}/examples/embed.html`);
  form = page.locator('seloste-request#form');
  await form.locator('[role=alert]', { hasText: 'Lomaketta ei voitu ladata' }).waitFor();
  assert.ok(refusedByIntegrity(page), page.problems.join(' | '));
  await page.context().close();
  // The PDF maker, its wasm and the font (the subset, which this request needs): no PDF,
  // said plainly; the request is kept.
  for (const file of ['**/pdf/seloste-pdf.js', '**/pdf/seloste-pdf_bg.wasm', '**/fonts/DejaVuSans-subset.ttf']) {
    page = await tampered(file);
    await page.goto(`${env.site.url}/examples/embed.html`);
    form = page.locator('seloste-request#form');
    await form.locator('h1').waitFor();
    await walkForm(page, form, ACCESS);
    await makeRequest(page, form);
    await form.getByRole('button', { name: 'Lataa pyyntö PDF-tiedostona' }).click();
    await form.locator('[role=alert]', { hasText: 'PDF-tiedostoa ei voitu tehdä' }).waitFor();
    assert.equal(await page.evaluate(() => window.seloste_events.filter((e) => e.name === 'seloste-pdf').length), 0, `${file}: no PDF`);
    assert.ok(refusedByIntegrity(page), `${file}: ${page.problems.join(' | ')}`);
    await page.context().close();
  }
});

test('on a 320 px wide phone the embedded form reflows without sideways scrolling', async () => {
  const page = await open('embed.html', { viewport: { width: 320, height: 640 } });
  const form = page.locator('seloste-request#form');
  await form.locator('h1').waitFor();
  await page.locator('seloste-notice#notice h2').first().waitFor();
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
  assert.ok(widths.page <= widths.view, `page ${widths.page} px wide in a ${widths.view} px view`);
  await axeCheck(page, 'embed page at 320 px');
  await assertClean(page, 'embed.html at 320 px');
  await page.context().close();
});

test('heading-level puts the form under the host page\'s own headings', async () => {
  const page = await open('embed.html');
  const form = page.locator('seloste-request#form');
  await form.locator('h1', { hasText: 'Kenen tietoja pyyntö koskee?' }).waitFor();
  await page.evaluate(() => document.querySelector('seloste-request#form').setAttribute('heading-level', '3'));
  await form.locator('h3', { hasText: 'Kenen tietoja pyyntö koskee?' }).waitFor();
  // The next step (its first question has no default), then its error summary, one level
  // below the page title.
  await form.locator('form button[type=submit]').click();
  await form.locator('h3', { hasNotText: 'Kenen tietoja pyyntö koskee?' }).waitFor();
  await form.locator('form button[type=submit]').click();
  await form.locator('.seloste-error-summary h4').waitFor();
  const levels = await form.evaluate((el) => [...el.shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName));
  assert.deepEqual([...new Set(levels)].sort(), ['H3', 'H4'], `headings inside the form: ${levels.join(' ')}`);
  await axeCheck(page, 'form at heading level 3');
  await assertClean(page, 'embed.html with heading-level');
  await page.context().close();
});

test('inside the shadow root under the strict CSP, answers are saved to a file and continued from it', async () => {
  const page = await open('embed.html');
  const form = page.locator('seloste-request#form');
  await form.locator('h1').waitFor();
  // ("self" is the form's default: another answer, to see it come back.)
  const guardian = form.locator('form input[type=radio][value="guardian_of_minor"]');
  await guardian.check();
  const toggle = form.getByRole('button', { name: 'Tallenna vastaukset tiedostoon tai avaa tallennettu tiedosto' });
  await toggle.click();
  await form.getByLabel('Salasana (vähintään 12 merkkiä)').fill('Upotettu lomake, pitkä salasana');
  const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: 'Tallenna tiedosto' }).click()]);
  const dir = mkdtempSync(join(tmpdir(), 'seloste-embed-saved-'));
  const path = join(dir, 'vastaukset-access.json');
  await download.saveAs(path);
  assert.equal(JSON.parse(readFileSync(path, 'utf8')).format, 'seloste.saved-answers/1');
  await axeCheck(page, 'embed page: the saved-answers panel', 'seloste-request#form');

  // A fresh form, then the answers back from the file.
  await form.getByRole('button', { name: 'Poista vastaukseni' }).click();
  await form.getByText('Vastauksesi on poistettu tästä selaimesta.').waitFor();
  assert.ok(!(await guardian.isChecked()), 'deleted');
  await toggle.click();
  await form.getByLabel('Tallennettu tiedosto').setInputFiles(path);
  await form.getByLabel('Salasana', { exact: true }).fill('Upotettu lomake, pitkä salasana');
  await form.getByRole('button', { name: 'Avaa tiedosto' }).click();
  await form.getByText('Vastauksesi palautettiin tiedostosta.').waitFor({ timeout: 20_000 });
  assert.ok(await guardian.isChecked(), 'the answer came back from the file');
  await assertClean(page, 'embed.html with the saved-answers panel');
  await page.context().close();
});
