// How the embed loads (issue 19): no waterfall. Everything the first view needs is asked for
// as soon as the loader knows it — the wasm while the modules load, the stylesheet, the
// notice and the forms file — and each notice once per page however many elements use it.
// Checked by holding the wasm back: the rest must be asked for while it is held.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './harness.mjs';
import { STRICT_CSP, hostPage, assertClean } from './embedded.mjs';

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
  const needed = [/\/seloste-embed\.js$/, /\/seloste\.css$/, /\/notices\/pieksamaki-lapsiperheet\.json$/, /\/forms\/default\.json$/, /\/snippets\/.*\.js$/];
  await assert.doesNotReject(async () => {
    for (let n = 0; n < 100 && !needed.every((re) => order.some((p) => re.test(p))); n++) await page.waitForTimeout(50);
  });
  for (const re of needed) assert.ok(order.some((p) => re.test(p)), `${re} asked for while the wasm was held: ${order.join(', ')}`);
  // The wasm was asked for before the glue module (in parallel with the modules).
  const at = (re) => order.findIndex((p) => re.test(p));
  assert.ok(at(/_bg\.wasm$/) >= 0 && at(/_bg\.wasm$/) < at(/\/seloste-embed\.js$/), `wasm before the glue: ${order.join(', ')}`);
  release();

  const notice = page.locator('seloste-notice#notice');
  const form = page.locator('seloste-request#form');
  await notice.locator('h2').first().waitFor();
  await form.locator('h1').waitFor();
  const count = (re) => order.filter((p) => re.test(p)).length;
  assert.equal(count(/\/notices\/pieksamaki-lapsiperheet\.json$/), 1, 'the notice, used by two elements, fetched once');
  assert.equal(count(/\/forms\/default\.json$/), 1, 'the forms file fetched once');
  assert.equal(count(/_bg\.wasm$/), 1, 'the wasm fetched once');
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
