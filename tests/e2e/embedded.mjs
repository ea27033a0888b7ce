// Driving the embedded components (custom elements and mount()) from a host page: their
// content is in open shadow roots, which Playwright's CSS locators pierce. Every page is
// served under the strict CSP of DESIGN.md, and any CSP violation is recorded.
import assert from 'node:assert/strict';
import { assertNoAxeViolations } from './harness.mjs';
import { assertEvents, askForFullPayload } from './events.mjs';

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const finnish = (d) => `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`;
const daysAgo = (n) => new Date(Date.now() - n * 86400000);

/** Answers for an access request, typed by the citizen and signed by typing. */
export const ACCESS = {
  name: 'Maija Meikäläinen',
  identity_code: '131052-308T',
  email: 'maija@example.fi',
  access_scope: 'specified',
  access_data: 'Perhetyön muistiinpanot',
  access_period_start: finnish(daysAgo(200)),
  access_period_end: finnish(daysAgo(20)),
  delivery: 'secure_electronic',
  place: 'Pieksämäki',
  signature_method: 'typed',
  signature_name: 'Maija Meikäläinen',
};

/** A desktop page that records console errors, page errors, CSP violations and the
 * requests made; it asks for the whole payload in `seloste-submitted` unless
 * `fullPayload` is false. */
export async function hostPage(browser, { viewport = { width: 1280, height: 900 }, fullPayload = true } = {}) {
  const context = await browser.newContext({ viewport, locale: 'fi-FI' });
  const page = await context.newPage();
  if (fullPayload) await askForFullPayload(page);
  page.problems = [];
  page.requested = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  // axe-core sets inline styles while it measures colours; under the strict CSP that is
  // refused and logged. Those lines come from the test tool, so they are counted apart.
  page.axeRefusals = 0;
  page.on('console', (m) => {
    if (page.inAxe && /Content.Security.Policy/i.test(m.text())) page.axeRefusals += 1;
    else if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) page.problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => page.requested.push(r.url()));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

/** axe-core on the page, or on the element `include` selects; see `hostPage` for why
 * the CSP refusals during its run are set apart. */
export async function axeCheck(page, state, include = null) {
  page.inAxe = true;
  const before = await page.evaluate(() => window.__csp.length);
  try {
    await assertNoAxeViolations(page, state, include);
  } finally {
    page.inAxe = false;
    page.axeRefusals += (await page.evaluate((n) => window.__csp.splice(n), before)).length;
  }
}

/** Fails on any console error, page error or CSP violation the page has had. */
export async function assertClean(page, what) {
  const csp = await page.evaluate(() => window.__csp);
  assert.deepEqual(csp, [], `CSP violations on ${what}`);
  assert.deepEqual(page.problems, [], `console or page errors on ${what}`);
}

/** The events the host page's own listener (public/examples/host.js) received, each
 * checked against events.schema.json. */
export const events = async (page, name) =>
  assertEvents(await page.evaluate((n) => window.seloste_events.filter((e) => e.name === n), name));

const heading = (host) => host.locator('h1').first().innerText();

async function fill(host, answers) {
  for (const [id, value] of Object.entries(answers)) {
    const radio = host.locator(`form input[type=radio][name$="-${id}"][value="${value}"]`);
    if (await radio.count()) {
      await radio.check();
      continue;
    }
    const input = host.locator(`form [name="${id}"]`);
    if (await input.count()) await input.fill(value);
  }
}

/**
 * Walks the form in `host` (a locator of the element) to "check your answers", answering
 * what each step asks from `answers`; axe-core on every step when `axe` (on the whole
 * page, or on the element a selector string names). Returns the
 * titles of the steps seen.
 */
export async function walkForm(page, host, answers, { axe = false, check = /Tarkista vastauksesi/ } = {}) {
  const seen = [];
  for (let n = 0; n < 15; n++) {
    const title = await heading(host);
    if (check.test(title)) return seen;
    seen.push(title);
    if (axe) await axeCheck(page, `embedded step "${title}"`, typeof axe === 'string' ? axe : null);
    await fill(host, answers);
    await host.locator('form button[type=submit]').click();
    await host.locator('h1', { hasNotText: title }).first().waitFor();
  }
  assert.fail(`never reached check answers; stuck at ${await heading(host)}`);
}

/** From "check your answers": makes the request; returns the `seloste-submitted` detail. */
export async function makeRequest(page, host, { send = 'Tee pyyntö', done = 'Pyyntösi on valmis' } = {}) {
  await host.getByRole('button', { name: send, exact: true }).click();
  await host.locator('h1', { hasText: done }).waitFor();
  const submitted = await events(page, 'seloste-submitted');
  assert.equal(submitted.length, 1, 'the host page got exactly one seloste-submitted');
  return submitted[0].detail;
}

/** Computed styles of what the citizen sees inside an element, for comparing pages. */
export function looks(host) {
  return host.evaluate((el) => {
    const root = el.shadowRoot;
    const pick = (sel) => {
      const node = root.querySelector(sel);
      if (!node) return null;
      const s = getComputedStyle(node);
      const box = node.getBoundingClientRect();
      return {
        display: s.display, visibility: s.visibility, fontSize: s.fontSize, fontFamily: s.fontFamily,
        color: s.color, background: s.backgroundColor, textTransform: s.textTransform,
        letterSpacing: s.letterSpacing, lineHeight: s.lineHeight, margin: s.margin, padding: s.padding,
        border: s.borderTopStyle, width: Math.round(box.width), height: Math.round(box.height),
      };
    };
    return {
      host: { display: getComputedStyle(el).display },
      h1: pick('h1'), label: pick('legend, label'), radio: pick('input[type=radio]'),
      button: pick('form button[type=submit]'), form: pick('form'), caption: pick('.seloste-caption'),
    };
  });
}

/**
 * How much two screenshots (PNG) differ: the share of pixels where a colour channel is off
 * by more than 32 (anti-aliasing at sub-pixel positions), or 1 when their
 * sizes differ by more than a pixel. Decoded by the browser in a blank page of its own.
 */
export async function pixelDifference(browser, a, b) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async ([a, b]) => {
      const load = (b64) => new Promise((ok, fail) => {
        const img = new Image();
        img.onload = () => ok(img);
        img.onerror = fail;
        img.src = `data:image/png;base64,${b64}`;
      });
      const [x, y] = await Promise.all([load(a), load(b)]);
      // A box at a fractional position may be one pixel taller in one shot.
      if (Math.abs(x.width - y.width) > 1 || Math.abs(x.height - y.height) > 1) return 1;
      const [w, h] = [Math.min(x.width, y.width), Math.min(x.height, y.height)];
      const pixels = (img) => {
        const canvas = document.createElement('canvas');
        canvas.width = w;
        canvas.height = h;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, w, h).data;
      };
      const [p, q] = [pixels(x), pixels(y)];
      // The same box may sit a fraction of a pixel lower on one page: compare with the
      // second shot moved by -1, 0 and +1 rows and keep the best (edge rows left out).
      const differing = (dy) => {
        let off = 0;
        for (let row = 1; row < h - 1; row++) {
          for (let col = 0; col < w; col++) {
            const i = (row * w + col) * 4;
            const j = ((row + dy) * w + col) * 4;
            if (Math.abs(p[i] - q[j]) > 32 || Math.abs(p[i + 1] - q[j + 1]) > 32 || Math.abs(p[i + 2] - q[j + 2]) > 32) off += 1;
          }
        }
        return off / (w * (h - 2));
      };
      return Math.min(differing(-1), differing(0), differing(1));
    }, [a.toString('base64'), b.toString('base64')]);
  } finally {
    await page.close();
  }
}
