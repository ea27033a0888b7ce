// Prints the compressed sizes of the site's wasm and JS, and fails when what a citizen's
// page loads first (the files at the top of dist/) exceeds the budget. Bundles in
// sub-folders (the staff importer) are loaded only by their own pages and reported apart.
// Usage: node scripts/size-report.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const BUDGET_KB = 150;
const dist = process.argv[2] ?? 'dist';
const kb = (n) => (n / 1024).toFixed(1);

function bundles(dir) {
  const files = readdirSync(dir).filter((f) => /\.(wasm|js)$/.test(f)).map((f) => join(dir, f));
  const sub = readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory()).flatMap((d) => bundles(join(dir, d)));
  return files.length ? [{ dir, files }, ...sub] : sub;
}

const found = bundles(dist);
if (!found.length || found[0].dir !== dist) {
  console.error(`size-report: no .wasm or .js at the top of ${dist}; build first`);
  process.exit(1);
}
let initial = 0;
console.log('file'.padEnd(52) + 'raw KB'.padStart(10) + 'gzip KB'.padStart(10) + 'brotli KB'.padStart(11));
for (const { dir, files } of found) {
  let total = 0;
  for (const file of files.sort()) {
    const data = readFileSync(file);
    const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const gz = gzipSync(data, { level: 9 }).length;
    total += br;
    console.log(relative(dist, file).padEnd(52) + kb(data.length).padStart(10) + kb(gz).padStart(10) + kb(br).padStart(11));
  }
  if (dir === dist) {
    initial = total;
    console.log(`initial wasm + JS (notice and forms), brotli: ${kb(total)} KB (budget ${BUDGET_KB} KB)`);
  } else {
    console.log(`${relative(dist, dir)}/ bundle, brotli: ${kb(total)} KB (loaded only by its own page)`);
  }
}
if (initial > BUDGET_KB * 1024) {
  console.error(`size-report: initial load over budget by ${kb(initial - BUDGET_KB * 1024)} KB`);
  process.exit(1);
}
