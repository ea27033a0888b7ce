// The npm package as a portal developer takes it (issue 22): the tarball the release
// command made (`cargo xtask release --site dist --rehearsal`, run by the test command
// before these tests) is installed into a fresh project; a TypeScript page that imports
// it is type-checked with tsc against the package's declarations and bundled with esbuild;
// the package's `seloste-assets` copies what seloste.js loads beside the bundle; and a
// request is made on that page in Chromium under the strict CSP, delivered to the reference
// receiver, and its PDF made.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launch, serve } from './harness.mjs';
import { startReceiver } from './receiver.mjs';
import { STRICT_CSP, ACCESS, hostPage, assertClean, axeCheck, events, walkForm } from './embedded.mjs';

const VERSION = /^version = "([^"]+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))[1];
const TARBALL = resolve(process.env.SELOSTE_TARBALL ?? `target/seloste-release/${VERSION}/seloste-${VERSION}.tgz`);

let browser;
let receiver;
before(async () => {
  browser = await launch();
  receiver = await startReceiver();
});
after(async () => {
  await browser?.close();
  receiver?.stop();
});

/** The portal's page, in TypeScript, as a developer would write it with the package. */
const MAIN_TS = (endpoint) => `import { mount, type SubmittedDetail, type SelosteEventMap } from 'seloste';

declare global {
  interface Window { seloste_events: { name: string; detail: unknown; target: string }[] }
}
window.seloste_events = [];
const area = document.getElementById('form');
if (!area) throw new Error('no #form');
const names: (keyof SelosteEventMap)[] = ['seloste-submitted', 'seloste-error', 'seloste-pdf'];
for (const name of names) {
  area.addEventListener(name, (event) => {
    window.seloste_events.push({ name, detail: event.detail, target: area.id });
  });
}
area.addEventListener('seloste-submitted', (event) => {
  const detail: SubmittedDetail = event.detail;
  document.getElementById('reference')!.textContent = detail.reference;
});
await mount(area, {
  type: 'request',
  src: 'notices/pieksamaki-lapsiperheet.json',
  kind: 'access',
  lang: 'fi',
  endpoint: ${JSON.stringify(endpoint)},
  adapter: 'json',
});
`;

const PAGE = `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>Portaali</title>
<link rel="icon" href="favicon.svg">
<script type="module" src="main.js"></script></head>
<body><main><h1>Portaali</h1><div id="form"></div><p id="reference"></p></main></body></html>`;

/** Runs `command` in `cwd`; its output. */
const sh = (cwd, command, args) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('the npm package: installed, type-checked, bundled with esbuild, and a request made under the strict CSP', async (t) => {
  assert.ok(existsSync(TARBALL), `${TARBALL} is missing: run cargo xtask release --site dist --rehearsal`);
  const project = mkdtempSync(join(tmpdir(), 'seloste-portal-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'portal', private: true, type: 'module' }));
  // Nothing to fetch: the package has no dependencies.
  sh(project, 'npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', TARBALL]);
  const installed = join(project, 'node_modules/seloste');
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.version, VERSION);
  assert.deepEqual(Object.keys(manifest.dependencies ?? {}), [], 'no runtime dependencies');
  for (const file of ['seloste.js', 'seloste.d.ts', 'request.d.ts', 'sri.json', 'frame/index.html', 'frame/resizer.js', 'schemas/events.schema.json', 'openapi.json']) {
    assert.ok(existsSync(join(installed, file)), `the package has ${file}`);
  }

  // The developer's TypeScript, checked against the package's declarations as installed
  // (resolved through package.json's exports and types).
  mkdirSync(join(project, 'src'));
  writeFileSync(join(project, 'src/main.ts'), MAIN_TS(receiver.endpoint));
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] },
    include: ['src'],
  }));
  const tsc = () => {
    try {
      return sh(project, resolve('node_modules/.bin/tsc'), ['-p', '.']);
    } catch (e) {
      return `${e.stdout}${e.stderr}`;
    }
  };
  assert.equal(tsc(), '', 'the page type-checks');
  writeFileSync(join(project, 'src/main.ts'), MAIN_TS(receiver.endpoint).replace("kind: 'access'", "kind: 'tarkastus'"));
  assert.match(tsc(), /error TS\d+: .*tarkastus/, 'a kind of request that does not exist is a type error');
  writeFileSync(join(project, 'src/main.ts'), MAIN_TS(receiver.endpoint));

  // Bundled as an ES module, and the files seloste.js loads copied beside the bundle.
  const out = join(project, 'public');
  const bundled = await build({ absWorkingDir: project, entryPoints: ['src/main.ts'], bundle: true, format: 'esm', minify: true, outdir: 'public', logLevel: 'silent', metafile: true });
  assert.deepEqual(bundled.errors, []);
  assert.ok(Object.keys(bundled.metafile.inputs).some((i) => i.endsWith('node_modules/seloste/seloste.js')), 'seloste.js is in the bundle');
  const copied = sh(project, join(project, 'node_modules/.bin/seloste-assets'), ['public']);
  assert.match(copied, /embed\/, pdf\/, forms\/, fonts\/ copied/);
  assert.throws(() => sh(project, join(project, 'node_modules/.bin/seloste-assets'), []), /usage: seloste-assets <folder>/);
  mkdirSync(join(out, 'notices'));
  copyFileSync('public/notices/pieksamaki-lapsiperheet.json', join(out, 'notices/pieksamaki-lapsiperheet.json'));
  writeFileSync(join(out, 'index.html'), PAGE);
  copyFileSync('public/favicon.svg', join(out, 'favicon.svg'));
  assert.deepEqual(readdirSync(out).sort(), ['embed', 'favicon.svg', 'fonts', 'forms', 'index.html', 'main.js', 'notices', 'pdf']);

  // The portal under DESIGN.md's strict CSP, with its backend allowed for fetches.
  const site = await serve(out, { 'content-security-policy': `${STRICT_CSP}; connect-src 'self' ${receiver.url}` });
  t.after(() => site.close());
  const page = await hostPage(browser, { fullPayload: false });
  t.after(() => page.context().close());
  await page.goto(`${site.url}/`);
  const form = page.locator('#form');
  await form.locator('h1').first().waitFor();
  await walkForm(page, form, ACCESS);
  await form.getByRole('button', { name: 'Tee pyyntö', exact: true }).click();
  await form.locator('h1', { hasText: 'Pyyntösi on lähetetty' }).waitFor({ timeout: 60_000 });
  const [submitted] = await events(page, 'seloste-submitted');
  assert.equal(submitted.detail.status, 'delivered');
  assert.equal(await page.locator('#reference').innerText(), submitted.detail.reference, 'the typed listener ran');
  assert.deepEqual(await receiver.stored(submitted.detail.request.id), { encoding: 'json', pdf: false }, 'the receiver stored the request');
  // The PDF maker and its font, from the files seloste-assets copied.
  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Lataa pyyntö PDF-tiedostona' }).click();
  await download;
  await page.waitForFunction(() => window.seloste_events.some((e) => e.name === 'seloste-pdf'));
  const [pdf] = await events(page, 'seloste-pdf');
  assert.equal(pdf.detail.reference, submitted.detail.reference);
  const asked = page.requested.map((u) => new URL(u).pathname);
  for (const loaded of [/^\/main\.js$/, /^\/embed\/[^/]+\/seloste-embed_bg\.wasm$/, /^\/forms\/default\.json$/, /^\/pdf\/seloste-pdf_bg\.wasm$/, /^\/fonts\/DejaVuSans-subset\.ttf$/]) {
    assert.ok(asked.some((p) => loaded.test(p)), `the page loaded ${loaded}: ${asked.join(' ')}`);
  }
  await axeCheck(page, 'the bundled portal: confirmation');
  await assertClean(page, 'the bundled portal');
});
