// The iframe embed (public/frame/, issue 22): a host page of another origin, under its own
// strict CSP, shows a request form in an iframe with only public settings in its address.
// The frame is served under the strict CSP of DESIGN.md. Checked: the host's iframe takes
// the content's height as it changes (resizer.js), the component's events reach the host
// page only when it is the origin the frame was told, a request made in the frame reaches
// the backend the notice names (not one put in the address), a notice of another origin
// is refused, and nothing breaks either CSP.
import { test, before, after } from 'node:test';
import { createServer } from 'node:http';
import assert from 'node:assert/strict';
import { useSite } from './harness.mjs';
import { STRICT_CSP } from './embedded.mjs';
import { startReceiver } from './receiver.mjs';
import { formPage, NOTICE, DONE } from './citizen.mjs';
import { assertEvents } from './events.mjs';

// The site's strict CSP, with the notice's backend allowed to connect to once it is known:
// as the site that serves the frame must configure it (the headers are read per response).
const headers = { 'content-security-policy': STRICT_CSP };
const env = useSite(headers);
let receiver;
let host;
before(async () => {
  receiver = await startReceiver();
  headers['content-security-policy'] = `${STRICT_CSP}; connect-src 'self' ${receiver.url}`;
  host = await hostServer();
});
after(() => {
  receiver?.stop();
  host?.close();
});

const EVENTS = ['seloste-submitted', 'seloste-error', 'seloste-pdf'];

/** The host site: another origin than the site's (another loopback port, so that the
 * browser's local-network checks see one address space), under its own strict CSP that
 * allows the frame's origin for the iframe and the resizer. `/page.html?frame=…` is a page
 * with the frame at that query. */
async function hostServer() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const site = env.site.url;
    if (url.pathname === '/host.css') {
      res.writeHead(200, { 'content-type': 'text/css' });
      return res.end('iframe { width: 100%; border: 0; display: block; }');
    }
    if (url.pathname !== '/page.html') {
      res.writeHead(404);
      return res.end();
    }
    const src = `${site}/frame/?${url.searchParams.get('frame')}`.replaceAll('&', '&amp;');
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'self'; script-src 'self' ${site}; frame-src ${site}; style-src 'self'`,
    });
    res.end(`<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Kunnan sivu</title>
<link rel="stylesheet" href="host.css"><script src="${site}/frame/resizer.js" defer></script></head>
<body><h1>Kunnan sivu</h1><iframe src="${src}" title="Tietosuojapyyntö" data-seloste-frame></iframe></body></html>`);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    }),
  };
}

/** The host's page with the frame at `query`, and a listener for the events the resizer
 * dispatches on the iframe; CSP reports of both documents are kept. */
async function hostPage(query) {
  const context = await env.browser.newContext({ locale: 'fi-FI', viewport: { width: 420, height: 800 } });
  const page = await formPage(context, { endpoint: receiver.endpoint });
  page.csp = [];
  page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && page.csp.push(m.text()));
  await page.goto(`${host.origin}/page.html?frame=${encodeURIComponent(query)}`);
  await page.evaluate((names) => {
    window.got = [];
    for (const name of names) document.addEventListener(name, (e) => window.got.push({ name, detail: e.detail }));
  }, EVENTS);
  page.frameDocument = () => page.frames().find((f) => f.url().startsWith(`${env.site.url}/frame/`));
  return page;
}

/** Waits until the host's iframe is as tall as the frame's content; returns the height. */
async function fitted(page) {
  const frame = page.frameDocument();
  for (let i = 0; i < 50; i++) {
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const iframe = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
    if (Math.abs(content - iframe) <= 1 && content > 200) return iframe;
    await page.waitForTimeout(100);
  }
  assert.fail('the iframe never took its content\'s height');
}

test('a request made in an iframe on another origin: the frame fits its content, the host hears the events, the notice decides where it goes', async () => {
  await receiver.reset();
  // `endpoint` and `adapter` in the address are not settings of the frame: ignored.
  const query = `notice=/notices/${NOTICE}.json&kind=access&lang=fi&origin=${host.origin}&endpoint=${host.origin}/steal&adapter=mailto`;
  const page = await hostPage(query);
  const frame = page.frameLocator('iframe[data-seloste-frame]');
  await frame.locator('h1', { hasText: 'Vastaus ja allekirjoitus' }).waitFor();
  const first = await fitted(page);
  await frame.getByRole('button', { name: 'Jatka' }).click();
  await frame.locator('h1', { hasText: 'Tarkista vastauksesi' }).waitFor();
  const second = await fitted(page);
  assert.notEqual(first, second, 'the height followed the new step');
  await frame.getByRole('button', { name: 'Tee pyyntö', exact: true }).click();
  await frame.locator('h1', { hasText: DONE }).waitFor({ timeout: 60_000 });
  await fitted(page);
  const reference = (await frame.locator('.seloste-reference').innerText()).trim();
  await page.waitForFunction(() => window.got.some((e) => e.name === 'seloste-submitted'));
  const got = assertEvents(await page.evaluate(() => window.got));
  const submitted = got.find((e) => e.name === 'seloste-submitted');
  assert.equal(submitted.detail.reference, reference);
  assert.equal((await receiver.stats()).stored, 1, 'sent to the notice\'s backend');
  const paths = page.seen.map((seen) => URL.canParse(seen) && new URL(seen).pathname);
  assert.ok(!paths.includes('/steal'), 'nothing went to the address in the query');
  assert.deepEqual(page.csp, [], 'no CSP violation in the host or the frame');
  await page.context().close();
});

test('a frame told another host origin posts nothing to this one, and a notice of another origin is refused', async () => {
  // Told that its host is another origin: the browser drops every message.
  let page = await hostPage(`notice=/notices/${NOTICE}.json&lang=fi&origin=https://www.example.fi`);
  let frame = page.frameLocator('iframe[data-seloste-frame]');
  await frame.locator('article.seloste-notice h2').first().waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height), 150, 'the default height: no message arrived');
  assert.deepEqual(await page.evaluate(() => window.got), []);
  await page.context().close();

  // A notice of another origin could name a backend of anyone's choosing.
  page = await hostPage(`notice=${host.origin}/evil.json&kind=access&lang=sv&origin=${host.origin}`);
  frame = page.frameLocator('iframe[data-seloste-frame]');
  await frame.locator('[role=alert]', { hasText: 'Den här dataskyddsbeskrivningen kan inte visas i den här ramen.' }).waitFor();
  assert.ok(!page.seen.some((seen) => URL.canParse(seen) && new URL(seen).pathname === '/evil.json'), 'the foreign notice was not even fetched');
  assert.deepEqual(page.csp, []);
  await page.context().close();
});
