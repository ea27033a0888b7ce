#!/usr/bin/env node
// The load benchmark of issue 19: the built site in headless Chromium, cold loads on a
// phone-sized page, under Slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up) with the CPU
// throttled 4×, and unthrottled. It prints medians; it is run for the record, never as a
// timed test (tests/e2e/bench.test.mjs runs it once, unthrottled, to keep it working).
//
//   node tests/bench/load.mjs [--runs 7] [--profiles slow,fast] [--pages seloste,plain,notice]
//                             [--dist dist] [--json figures.json] [--waterfall]
//                             [--against other-dist]
//
// With --against, two builds are loaded in turns (one load of each, `runs` times) and both
// tables printed: the way to tell whether a change helped, since medians taken one run
// after another on this shared machine differ by more than most changes do.
//
// Pages (tests/bench/site/): `seloste` is a notice and a request form whose first step asks
// for name, identity code and email (a forms file made from the shipped one, below);
// `pasted` the same with the notice pasted as static HTML (`notice_html`, which must be
// built: cargo build -p seloste --example notice_html);
// `plain` is the same notice and questions as plain HTML with one small script (the
// physical floor); `notice` is a notice alone. Files are served brotli-compressed, as a CDN
// would. Figures, each a median of the runs:
//   bytes   transferred (headers and compressed bodies) until the identity-code input is
//           ready (the notice page: until the notice is painted), KiB of 1,024 bytes
//   notice  navigation start → the notice's title painted
//   input   navigation start → the identity-code input in the page and enabled
//   error   "Continue" on the empty step → the error summary shown
//   step 2  "Continue" on the answered step → step 2's title shown
//   pdf     "Download the PDF" on the confirmation → the download starts (the PDF maker
//           starts loading on "check your answers", as for any form whose requests are
//           made as PDFs; the steps are pressed at once, so little of it is done before)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from '../e2e/browser.mjs';
import { ANSWERS } from '../e2e/citizen.mjs';
import { plainPage, benchForms } from './pages.mjs';
import { pastedNotice } from '../e2e/pasted.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const NOTICE = 'pieksamaki-lapsiperheet';
const STEP_2 = 'Kenen tietoja pyyntö koskee?';
const PROFILES = {
  slow: { name: 'Slow 4G, CPU 4×', network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 }, cpu: 4 },
  fast: { name: 'unthrottled', network: null, cpu: 1 },
};
const PAGES = {
  seloste: { path: '/bench/seloste.html', waits: ['notice', 'input'], steps: true, pdf: true },
  pasted: { path: '/bench/pasted.html', waits: ['notice', 'input'], steps: false, pdf: false },
  plain: { path: '/bench/plain.html', waits: ['notice', 'input'], steps: true, pdf: false },
  notice: { path: '/bench/notice.html', waits: ['notice'], steps: false, pdf: false },
};

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.ttf': 'font/ttf',
};

/** Serves `dist` with the benchmark's pages under /bench/, compressed as a CDN would
 * (brotli when asked for, else gzip; the font and the wasm too, as CDNs do). */
export async function benchServer(dist) {
  const root = resolve(dist);
  const made = {
    '/bench/plain.html': Buffer.from(plainPage(JSON.parse(readFileSync(join(root, 'notices', `${NOTICE}.json`), 'utf8')))),
    '/bench/forms.json': Buffer.from(JSON.stringify(benchForms(JSON.parse(readFileSync(join(root, 'forms', 'default.json'), 'utf8'))))),
    // seloste's page with the notice pasted as static HTML (made by the crate's
    // notice_html tool), as a CMS would publish it.
    '/bench/pasted.html': Buffer.from(readFileSync(join(HERE, 'site', 'seloste.html'), 'utf8')
      .replace(/<seloste-notice [^>]*><\/seloste-notice>/, () => pastedNotice(root, NOTICE))),
  };
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let body = made[path];
      let file = path;
      if (!body) {
        const base = path.startsWith('/bench/') ? join(HERE, 'site') : root;
        file = normalize(join(base, path.replace(/^\/bench\//, '/')));
        if (!file.startsWith(base)) throw new Error('outside root');
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        body = await readFile(file);
      }
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (encoding) {
        const key = `${encoding} ${file}`;
        if (!compressed.has(key)) {
          compressed.set(key, encoding === 'br'
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body, { level: 9 }));
        }
        body = compressed.get(key);
        headers['content-encoding'] = encoding;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    }),
  };
}

/** In the page before anything else: watches, frame by frame, for the notice's title and
 * the identity-code input (in the page or the elements' shadow roots). */
function watch() {
  const marks = (window.__bench = {});
  const roots = () => [document, ...[...document.querySelectorAll('seloste-notice, seloste-request')].map((e) => e.shadowRoot).filter(Boolean)];
  window.__benchFind = (selector, test = () => true) => {
    for (const root of roots()) {
      for (const el of root.querySelectorAll(selector)) if (test(el)) return el;
    }
    return null;
  };
  window.__benchUntil = (found) => new Promise((done) => {
    const tick = () => (found() ? done(performance.now()) : requestAnimationFrame(tick));
    tick();
  });
  const visible = (el) => el.getClientRects().length > 0;
  const tick = () => {
    const now = performance.now();
    if (!marks.notice && window.__benchFind('article.seloste-notice h2', (h) => h.textContent.trim() && visible(h))) marks.notice = now;
    if (!marks.input && window.__benchFind('input[name="identity_code"]', (i) => i.matches(':enabled') && visible(i))) marks.input = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  /** Bytes transferred by responses that ended by `t` (ms from navigation start). */
  window.__benchBytes = (t) => {
    let sum = performance.getEntriesByType('navigation')[0]?.transferSize ?? 0;
    for (const r of performance.getEntriesByType('resource')) if (r.responseEnd <= t) sum += r.transferSize;
    return sum;
  };
  window.__benchWaterfall = () => performance.getEntriesByType('resource').map((r) => ({
    name: r.name.replace(location.origin, ''), start: Math.round(r.startTime), end: Math.round(r.responseEnd), bytes: r.transferSize,
  }));
}

/** One cold load of `page` under `profile`: its figures in ms and bytes. */
async function once(browser, site, pageName, profile, { waterfall = false } = {}) {
  const spec = PAGES[pageName];
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', profile.network);
    }
    if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    await page.addInitScript(watch);
    await page.goto(`${site}${spec.path}`, { waitUntil: 'commit' });
    await page.waitForFunction((waits) => waits.every((w) => window.__bench[w]), spec.waits, { timeout: 60_000, polling: 100 });
    const figures = await page.evaluate((waits) => {
      const ready = Math.max(...waits.map((w) => window.__bench[w]));
      return { ...window.__bench, bytes: window.__benchBytes(ready) };
    }, spec.waits);
    if (waterfall) figures.waterfall = await page.evaluate(() => window.__benchWaterfall());
    if (spec.steps) Object.assign(figures, await steps(page));
    if (spec.pdf) figures.pdf = await pdf(page);
    return figures;
  } finally {
    await context.close();
  }
}

/** "Continue" with nothing answered (→ the error summary), then answered (→ step 2). */
async function steps(page) {
  const press = (until) => page.evaluate(async (until) => {
    const button = window.__benchFind('form button[type=submit]');
    const started = performance.now();
    button.click();
    const found = until === 'error'
      ? () => window.__benchFind('.seloste-error-summary', (s) => !s.hidden && s.textContent.trim())
      : () => window.__benchFind('h1', (h) => h.textContent.trim() === until && h.getClientRects().length > 0);
    return (await window.__benchUntil(found)) - started;
  }, until);
  const error = await press('error');
  await page.locator('input[name="name"]').fill(ANSWERS.name);
  await page.locator('input[name="identity_code"]').fill(ANSWERS.identity_code);
  await page.locator('input[name="email"]').fill(ANSWERS.email);
  const step2 = await press(STEP_2);
  return { error, step2 };
}

/** The request made from a finished draft (the tab's answers kept at the last step, and
 * the page loaded again: the PDF maker is still not in the cache), then "download the
 * PDF" on the confirmation → the download. */
async function pdf(page) {
  await page.evaluate((answers) => sessionStorage.setItem(`seloste-draft/${answers.notice}/access`, JSON.stringify({ step: 6, answers: answers.answers })), { notice: NOTICE, answers: ANSWERS });
  await page.reload({ waitUntil: 'commit' });
  const host = page.locator('seloste-request');
  await host.locator('h1', { hasText: 'Vastaus ja allekirjoitus' }).waitFor({ timeout: 60_000 });
  await host.getByRole('button', { name: 'Jatka' }).click();
  await host.getByRole('button', { name: 'Tee pyyntö', exact: true }).click();
  await host.locator('h1', { hasText: 'Pyyntösi on valmis' }).waitFor({ timeout: 60_000 });
  const button = host.getByRole('button', { name: 'Lataa pyyntö PDF-tiedostona' });
  const started = Date.now();
  await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  return Date.now() - started;
}

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  if (!s.length) return undefined;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const COLUMNS = [
  ['bytes', 'bytes KiB', (v) => (v / 1024).toFixed(1)],
  ['notice', 'notice ms', (v) => v.toFixed(0)],
  ['input', 'input ms', (v) => v.toFixed(0)],
  ['error', 'error ms', (v) => v.toFixed(0)],
  ['step2', 'step 2 ms', (v) => v.toFixed(0)],
  ['pdf', 'pdf ms', (v) => v.toFixed(0)],
];

/** Runs every page under every profile `runs` times; returns {profile: {page: medians}}. */
export async function bench({ dist = 'dist', runs = 7, profiles = ['slow', 'fast'], pages = Object.keys(PAGES), waterfall = false, log = console.log } = {}) {
  const site = await benchServer(dist);
  const browser = await launch();
  const results = {};
  try {
    for (const profileName of profiles) {
      const profile = PROFILES[profileName];
      results[profileName] = {};
      for (const pageName of pages) {
        const all = [];
        // One warm-up load first (the server compresses each file once), not counted.
        await once(browser, site.url, pageName, profile);
        for (let n = 0; n < runs; n++) all.push(await once(browser, site.url, pageName, profile, { waterfall: waterfall && n === 0 }));
        const medians = Object.fromEntries(COLUMNS.map(([key]) => [key, median(all.map((f) => f[key]))]));
        results[profileName][pageName] = { ...medians, runs: all.length };
        if (waterfall) log(`${profile.name}, ${pageName}: ${JSON.stringify(all[0].waterfall, null, 1)}`);
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return results;
}

/** Two builds side by side: every page under every profile loaded `runs` times from each,
 * the two builds taking turns load by load, so that a busy spell of a shared machine falls
 * on both alike (medians of runs one after the other differ by 100 ms and more on it).
 * Returns {a, b}, each as `bench` returns. */
export async function compare({ dist = 'dist', against, runs = 7, profiles = ['slow'], pages = Object.keys(PAGES) } = {}) {
  const sites = [await benchServer(dist), await benchServer(against)];
  const browser = await launch();
  const results = [{}, {}];
  try {
    for (const profileName of profiles) {
      const profile = PROFILES[profileName];
      for (const pageName of pages) {
        const all = [[], []];
        for (const site of sites) await once(browser, site.url, pageName, profile);
        for (let n = 0; n < runs; n++) {
          for (const [i, site] of sites.entries()) all[i].push(await once(browser, site.url, pageName, profile));
        }
        for (const i of [0, 1]) {
          const medians = Object.fromEntries(COLUMNS.map(([key]) => [key, median(all[i].map((f) => f[key]))]));
          (results[i][profileName] ??= {})[pageName] = { ...medians, runs: all[i].length };
        }
      }
    }
  } finally {
    await browser.close();
    for (const site of sites) await site.close();
  }
  return { a: results[0], b: results[1] };
}

/** The medians as a Markdown table, with input ready as a ratio to the plain form's. */
export function table(results) {
  const lines = [`| profile | page | ${COLUMNS.map(([, title]) => title).join(' | ')} | input ÷ plain |`, `|---|---|${COLUMNS.map(() => '---:').join('|')}|---:|`];
  for (const [profileName, pages] of Object.entries(results)) {
    for (const [pageName, f] of Object.entries(pages)) {
      const cells = COLUMNS.map(([key, , format]) => (f[key] === undefined ? '–' : format(f[key])));
      const ratio = pages.plain?.input && f.input ? (f.input / pages.plain.input).toFixed(2) : '–';
      lines.push(`| ${PROFILES[profileName].name} | ${pageName} | ${cells.join(' | ')} | ${ratio} |`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '7' },
      profiles: { type: 'string', default: 'slow,fast' },
      pages: { type: 'string', default: Object.keys(PAGES).join(',') },
      dist: { type: 'string', default: process.env.SELOSTE_DIST || 'dist' },
      json: { type: 'string' },
      waterfall: { type: 'boolean', default: false },
      against: { type: 'string' },
    },
  });
  if (values.against) {
    const { a, b } = await compare({
      dist: values.dist,
      against: values.against,
      runs: Number(values.runs),
      profiles: values.profiles.split(','),
      pages: values.pages.split(','),
    });
    console.log(`Medians of ${values.runs} cold loads of each build, the two taking turns (KiB = 1,024 bytes)\n`);
    console.log(`${values.dist}:\n${table(a)}\n\n${values.against}:\n${table(b)}`);
    if (values.json) writeFileSync(values.json, JSON.stringify({ [values.dist]: a, [values.against]: b }, null, 2));
    process.exit(0);
  }
  const results = await bench({
    dist: values.dist,
    runs: Number(values.runs),
    profiles: values.profiles.split(','),
    pages: values.pages.split(','),
    waterfall: values.waterfall,
  });
  console.log(`Medians of ${values.runs} cold loads each (bytes: until input ready, or the notice painted on the notice page; KiB = 1,024 bytes)\n`);
  console.log(table(results));
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
}
