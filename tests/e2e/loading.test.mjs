// How the embed loads (issue 19): no waterfall — everything the first view needs is asked
// for as soon as the loader knows it (the wasm while the modules load, the stylesheet, the
// notice and the forms file), each notice once per page however many elements use it,
// checked by holding the wasm back; a page with only a notice loads no form code; and a
// notice pasted as static HTML is readable with no script and taken over without a jump.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './harness.mjs';
import { STRICT_CSP, hostPage, assertClean, axeCheck } from './embedded.mjs';
import { pastedPage } from './pasted.mjs';

const env = useSite({ 'content-security-policy': STRICT_CSP });

/** The page's requests in order, and a way to hold back responses whose address ends
 * with `held` until `release()`. */
async function watched(page, held) {
  const order = [];
  page.on('request', (r) => order.push(new URL(r.url()).pathname));
  let release;
  const released = new Promise((done) => (release = done));
  await page.route((url) => url.pathname.endsWith(held), async (route) => {
    await released;
    await route.continue();
  });
  return { order, release };
}

test('with the wasm held back, the modules, stylesheet, notice and forms file are all asked for; one fetch per notice', async () => {
  const page = await hostPage(env.browser);
  const { order, release } = await watched(page, '_bg.wasm');
  await page.goto(`${env.site.url}/examples/embed.html`);
  // While the wasm is held: nothing waits for it.
  const needed = [/\/seloste-embed\.js$/, /\/notice\/seloste-notice\.js$/, /\/seloste\.css$/, /\/notices\/pieksamaki-lapsiperheet\.json$/, /\/forms\/default\.json$/, /\/snippets\/.*\.js$/];
  await assert.doesNotReject(async () => {
    for (let n = 0; n < 100 && !needed.every((re) => order.some((p) => re.test(p))); n++) await page.waitForTimeout(50);
  });
  for (const re of needed) assert.ok(order.some((p) => re.test(p)), `${re} asked for while the wasm was held: ${order.join(', ')}`);
  // Each wasm was asked for before its glue module (in parallel with the modules).
  const at = (re) => order.findIndex((p) => re.test(p));
  assert.ok(at(/seloste-embed_bg\.wasm$/) >= 0 && at(/seloste-embed_bg\.wasm$/) < at(/\/seloste-embed\.js$/), `wasm before the glue: ${order.join(', ')}`);
  assert.ok(at(/seloste-notice_bg\.wasm$/) >= 0 && at(/seloste-notice_bg\.wasm$/) < at(/\/seloste-notice\.js$/), `the notice's wasm before its glue: ${order.join(', ')}`);
  release();

  const notice = page.locator('seloste-notice#notice');
  const form = page.locator('seloste-request#form');
  await notice.locator('h2').first().waitFor();
  await form.locator('h1').waitFor();
  const count = (re) => order.filter((p) => re.test(p)).length;
  assert.equal(count(/\/notices\/pieksamaki-lapsiperheet\.json$/), 1, 'the notice, used by two elements, fetched once');
  assert.equal(count(/\/forms\/default\.json$/), 1, 'the forms file fetched once');
  assert.equal(count(/seloste-embed_bg\.wasm$/), 1, 'the form\'s wasm fetched once');
  assert.equal(count(/\/seloste\.css$/), 1, 'the stylesheet fetched once (never taken out and put back)');
  assert.equal(count(/seloste-notice_bg\.wasm$/), 1, 'the notice\'s wasm fetched once');
  await assertClean(page, 'embed page loaded without a waterfall');
  await page.context().close();
});

test('a notice that cannot be fetched at first is fetched again on the next render', async () => {
  const page = await hostPage(env.browser);
  let refused = 0;
  await page.route('**/notices/pieksamaki-lapsiperheet.json', (route) => (refused++ < 2 ? route.abort() : route.continue()));
  await page.goto(`${env.site.url}/examples/embed.html`);
  const notice = page.locator('seloste-notice#notice');
  await notice.locator('[role=alert]').first().waitFor();
  // A new render (another heading level): asked again, and shown.
  await notice.evaluate((el) => el.setAttribute('heading-level', '3'));
  await notice.locator('h3').first().waitFor();
  assert.ok(refused >= 2, `the failed fetches were not kept (${refused} asked)`);
  await page.context().close();
});

test('a page with only a notice loads the notice bundle and no form code', async () => {
  const page = await hostPage(env.browser);
  const order = [];
  page.on('request', (r) => order.push(new URL(r.url()).pathname));
  await page.goto(`${env.site.url}/examples/notice.html`);
  const notice = page.locator('seloste-notice#notice');
  await notice.locator('h2').first().waitFor();
  await page.waitForTimeout(300);
  assert.ok(order.some((p) => p.endsWith('/notice/seloste-notice_bg.wasm')), order.join(', '));
  const formCode = order.filter((p) => /seloste-embed|split_|chunk_|__wasm_split|snippets|\/forms\/|\/pdf\/|\/fonts\//.test(p));
  assert.deepEqual(formCode, [], 'nothing of the form');
  await axeCheck(page, 'a notice alone', 'seloste-notice');
  // Its request buttons lead to the request page, for the kind pressed.
  await notice.getByRole('button', { name: 'Tarkastuspyyntö' }).click();
  await page.waitForURL(/\/request\/\?lang=fi#\/notices\/pieksamaki-lapsiperheet\/requests\/access$/);
  await assertClean(page, 'a notice alone');
  await page.context().close();
});

/** Every frame once the pasted notice is first seen (the parser may paint before it has
 * read the whole template), whether its shadow root shows a notice title; and the layout
 * shifts the page had. */
function watchTakeOver() {
  window.__frames = { with: 0, without: 0 };
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__shift += entry.value;
      (window.__shifts ??= []).push(entry.sources.map((s) => `${s.node?.nodeName}.${s.node?.className} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`).join('; '));
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const tick = () => {
    const root = document.querySelector('seloste-notice')?.shadowRoot;
    const shown = root?.querySelector('article h2') != null;
    if (shown || window.__frames.with) window.__frames[shown ? 'with' : 'without'] += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

test('a notice pasted as static HTML is readable with no script, and the element takes it over without a jump', async () => {
  const dist = process.env.SELOSTE_DIST || 'dist';
  // No script at all: the declarative shadow root is the notice.
  const still = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const bare = await still.newPage();
  await bare.route('**/pasted.html', (route) => route.fulfill({ contentType: 'text/html', body: pastedPage(dist, 'pieksamaki-lapsiperheet', { script: false }) }));
  await bare.goto(`${env.site.url}/pasted.html`);
  const bareNotice = bare.locator('seloste-notice');
  assert.match(await bareNotice.locator('h2').first().innerText(), /Tietosuojaseloste: Perusturvan lapsiperheiden/);
  assert.ok((await bareNotice.locator('section h3').count()) >= 10, 'every section heading');
  assert.ok(await bareNotice.locator('.seloste-body').first().isVisible());
  // Styled by the shadow stylesheet, as the element draws it (the buttons' accent colour).
  const styled = await bareNotice.locator('.seloste-button').first().evaluate((b) => getComputedStyle(b).borderRadius);
  await still.close();

  // With the script: the wasm held back, the pasted notice is what shows; then the element
  // takes over the very nodes that were pasted (no redraw): no frame without the notice, no
  // layout shift, the title where it was.
  const page = await hostPage(env.browser, { viewport: { width: 360, height: 740 } });
  await page.route('**/pasted.html', (route) => route.fulfill({ contentType: 'text/html', body: pastedPage(dist, 'pieksamaki-lapsiperheet') }));
  let release;
  const held = new Promise((done) => (release = done));
  await page.route('**/seloste-notice_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(watchTakeOver);
  await page.goto(`${env.site.url}/pasted.html`);
  const notice = page.locator('seloste-notice');
  await notice.evaluate((el) => (el.shadowRoot.querySelector('article').__pasted = true));
  const before = await notice.locator('h2').first().boundingBox();
  assert.equal(await notice.locator('.seloste-button').first().evaluate((b) => getComputedStyle(b).borderRadius), styled);
  // Shifts from here on are the take-over's.
  console.log(`layout shift while the pasted notice loaded its stylesheet: ${await page.evaluate(() => window.__shift)}`);
  await page.evaluate(() => (window.__shift = 0));
  await page.evaluate(() => document.addEventListener('seloste-request', (e) => (window.__asked = e.detail.kind)));
  const wasm = page.waitForResponse('**/seloste-notice_bg.wasm');
  release();
  await wasm;
  // Taken over once its request buttons are the element's.
  const button = notice.getByRole('button', { name: 'Tarkastuspyyntö' });
  await page.waitForFunction(() => window.__asked === 'access' || document.querySelector('seloste-notice').shadowRoot.querySelector('.seloste-button').click());
  assert.equal(await page.evaluate(() => window.__asked), 'access');
  assert.ok(await notice.evaluate((el) => el.shadowRoot.querySelector('article').__pasted === true), 'the pasted nodes are kept (no redraw)');
  assert.deepEqual(await notice.locator('h2').first().boundingBox(), before, 'the title did not move');
  await page.waitForTimeout(200);
  const frames = await page.evaluate(() => window.__frames);
  assert.equal(frames.without, 0, `no frame without the notice (${frames.with} with it)`);
  assert.equal(await page.evaluate(() => window.__shift), 0, `no layout shift in the take-over: ${await page.evaluate(() => window.__shifts?.join(' | '))}`);
  // Its interface strings follow the element's language.
  await notice.evaluate((el) => el.setAttribute('lang', 'sv'));
  await notice.locator('dt', { hasText: 'Register' }).first().waitFor();
  assert.equal(await button.count(), 0);
  await notice.getByRole('button', { name: 'Begäran om tillgång' }).waitFor();
  await axeCheck(page, 'a pasted notice taken over', 'seloste-notice');
  await assertClean(page, 'a pasted notice taken over');
  await page.context().close();
});
