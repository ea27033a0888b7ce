// Prints the compressed sizes of the site's wasm and JS, and fails when a citizen's bundle
// exceeds its budget: what a notice page loads (the files at the top of dist/), what
// the request page loads (dist/request/) and the embed bundle (seloste.js with
// dist/embed/<version>/). The staff importer (dist/importer/) is reported
// without a budget: it is loaded only by its own page, by staff.
// Usage: node scripts/size-report.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const BUDGET_KB = 150;
const dist = process.argv[2] ?? 'dist';
const kb = (n) => (n / 1024).toFixed(1);

// A bundle is a folder's wasm and JS with the JS snippets its module imports (snippets/).
function walk(dir) {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}
// The embed loader (seloste.js, at the root) belongs to the embed bundle (embed/<version>/),
// not to the notice pages; the example host pages' scripts are not the product's.
function bundles(dir) {
  const top = dir === dist;
  const own = readdirSync(dir)
    .filter((f) => /\.(wasm|js)$/.test(f) && !(top && f === 'seloste.js'))
    .map((f) => join(dir, f));
  if (/^embed\/[^/]+$/.test(relative(dist, dir))) own.push(join(dist, 'seloste.js'));
  const folders = readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory() && !(top && f === 'examples'));
  const snippets = folders.includes('snippets') ? walk(join(dir, 'snippets')).filter((f) => f.endsWith('.js')) : [];
  const sub = folders.filter((d) => d !== 'snippets').flatMap((d) => bundles(join(dir, d)));
  return own.length ? [{ dir, files: [...own, ...snippets] }, ...sub] : sub;
}

const found = bundles(dist);
if (!found.length || found[0].dir !== dist) {
  console.error(`size-report: no .wasm or .js at the top of ${dist}; build first`);
  process.exit(1);
}
// The request page's own budget: see ARCHITECTURE.md ("Size") for what it holds (the
// form's first questions; the other question kinds, making the request, check answers,
// confirmation and the outbox are its later chunk, the PDF maker a bundle of its own, both
// loaded on demand).
const REQUEST_BUDGET_KB = 150;
// The embed bundle (seloste.js + one wasm for <seloste-notice> and <seloste-request>, with
// the glue and snippets): issue 8's budget for loader + notice + form, 150 KB.
const EMBED_BUDGET_KB = 150;
// The form's later chunk (split_*.wasm of request/ and embed/), fetched once the citizen
// moves past the first step. It holds the file and drawing questions, making the request
// (building, sealing, delivering, and the serde code that writes payloads), check answers,
// the confirmation and the outbox panel.
const CHUNK_BUDGET_KB = 95;
const budgets = { '': BUDGET_KB, request: REQUEST_BUDGET_KB, embed: EMBED_BUDGET_KB };
// Reported without a budget: staff pages, and the PDF maker that only a citizen who asks
// for a PDF loads (issue 6 asks for both bundles' sizes).
const ROLES = { importer: 'staff only', verify: 'staff only', pdf: 'loaded on demand' };
const over = [];
console.log('file'.padEnd(52) + 'raw KB'.padStart(10) + 'gzip KB'.padStart(10) + 'brotli KB'.padStart(11));
// A split_*.wasm is a chunk the form fetches only when it gets that far (the request form's
// later stages: components/src/web/split.rs): reported apart, not in the initial load.
const isChunk = (file) => /(^|\/)split_[^/]*\.wasm$/.test(file);
for (const { dir, files } of found) {
  let total = 0;
  let later = 0;
  for (const file of files.sort()) {
    const data = readFileSync(file);
    const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const gz = gzipSync(data, { level: 9 }).length;
    if (isChunk(file)) later += br;
    else total += br;
    console.log(relative(dist, file).replace(/snippets\/[^/]+\/src\//, 'snippets/…/').padEnd(52) + kb(data.length).padStart(10) + kb(gz).padStart(10) + kb(br).padStart(11));
  }
  const name = relative(dist, dir).replace(/^embed\/.*/, 'embed');
  const budget = budgets[name];
  const what = name === '' ? 'notice pages (initial load)' : name === 'embed' ? 'embed bundle (seloste.js + wasm)' : `${name}/ page`;
  console.log(`${what}: wasm + JS, brotli: ${kb(total)} KB` + (budget ? ` (budget ${budget} KB)` : ` (${ROLES[name] ?? 'no budget'})`));
  if (later) console.log(`  + the form's later chunk, fetched past the first step or for the outbox: ${kb(later)} KB brotli (budget ${CHUNK_BUDGET_KB} KB)`);
  if (later > CHUNK_BUDGET_KB * 1024) over.push(`${what}: later chunk over budget by ${kb(later - CHUNK_BUDGET_KB * 1024)} KB`);
  if (name === 'embed') {
    const css = join(dir, 'seloste.css');
    const cssBr = brotliCompressSync(readFileSync(css)).length;
    console.log(`  + its shadow stylesheet seloste.css: ${kb(cssBr)} KB brotli`);
    const left = EMBED_BUDGET_KB * 1024 - total;
    console.log(`  issue 8 budget for loader + notice + form: ${EMBED_BUDGET_KB} KB: ${left >= 0 ? `met, ${kb(left)} KB to spare` : `not met, ${kb(-left)} KB over`}`);
  }
  if (budget && total > budget * 1024) over.push(`${what} over budget by ${kb(total - budget * 1024)} KB`);
}
for (const name of Object.keys(budgets)) {
  if (!found.some(({ dir }) => relative(dist, dir).replace(/^embed\/.*/, 'embed') === name)) over.push(`no bundle in ${dist}/${name}`);
}
if (over.length) {
  console.error(`size-report: ${over.join('; ')}`);
  process.exit(1);
}
