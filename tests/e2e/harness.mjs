// Shared by the end-to-end tests: a static server for the built site, Debian's Chromium
// driven by playwright-core, and axe-core checks.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { launch } from './browser.mjs';

export { launch };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/** Serves `dir` on a free loopback port. `headers` are added to every response. */
export async function serve(dir, headers = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  // Closing ends kept-alive connections too: a browser still holding one must not keep a
  // test's clean-up waiting.
  const close = () => new Promise((ok) => {
    server.close(ok);
    server.closeAllConnections();
  });
  return { url: `http://127.0.0.1:${port}`, close };
}

/** Serves the built site (with `headers` on every response) and starts Chromium for the
 * tests of one file; both stop after. */
export function useSite(headers = {}) {
  const env = { site: null, browser: null };
  before(async () => {
    env.site = await serve(process.env.SELOSTE_DIST || 'dist', headers);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/** A phone-sized page that records console errors and page errors. */
export async function phonePage(browser, { locale = 'fi-FI' } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}${process.env.SELOSTE_STACKS ? '\n' + e.stack : ''}`));
  page.on('console', (m) => m.type() === 'error' && page.problems.push(`console: ${m.text()}`));
  return page;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// How many page states axe-core checked in this test file (printed when the file ends).
const axeRuns = { states: 0 };
after(() => axeRuns.states && console.log(`axe-core: ${axeRuns.states} page states passed with 0 violations`));

/** Runs axe-core (WCAG 2.1 A/AA and best practices) and fails on any violation; on the
 * whole page, or only on the element `include` selects (with its shadow tree). */
export async function assertNoAxeViolations(page, state, include = null) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate((include) =>
    window.axe.run(include ? { include: [[include]] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }),
  include);
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(violations, [], `axe-core violations in state "${state}"`);
  axeRuns.states += 1;
  return result.passes.length;
}

/** Presses Tab until the focused element matches `predicate` (evaluated in the page). */
export async function tabTo(page, description, predicate, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  assert.fail(`Tab never reached ${description}`);
}

/** Presses Tab until the element with text `text` has focus. */
export async function tabToText(page, text, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((t) => document.activeElement?.textContent?.trim() === t, text)) return;
  }
  assert.fail(`Tab never reached "${text}"`);
}

/** Problems of the current page's layout: sideways scrolling and small touch targets. */
export function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const targets = document.querySelectorAll('.seloste-request button, .seloste-request a, .seloste-request input:not([type=radio]), .seloste-request textarea, .seloste-request select, .seloste-request summary, .seloste-radio, .seloste-lang button');
    for (const el of targets) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue; // not shown
      if (box.height < 44) problems.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent || el.getAttribute('name') || '').trim().slice(0, 30)}" is ${box.height.toFixed(0)} px tall`);
    }
    return problems;
  });
}

/** What has focus, for assertions. */
export function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase(), id: el?.id, name: el?.getAttribute('name'), text: el?.textContent?.trim(), cls: el?.className };
  });
}
