// Prints the brotli-compressed size of the wasm and JS a page loads first, and fails
// when they exceed the budget. Usage: node scripts/size-report.mjs [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const BUDGET_KB = 150;
const dist = process.argv[2] ?? 'dist';
const files = readdirSync(dist).filter((f) => /\.(wasm|js)$/.test(f));
if (files.length === 0) {
  console.error(`size-report: no .wasm or .js in ${dist}; build first`);
  process.exit(1);
}
const kb = (n) => (n / 1024).toFixed(1);
let total = 0;
console.log('file'.padEnd(44) + 'raw KB'.padStart(10) + 'gzip KB'.padStart(10) + 'brotli KB'.padStart(11));
for (const f of files.sort()) {
  const data = readFileSync(join(dist, f));
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const gz = gzipSync(data, { level: 9 }).length;
  total += br;
  console.log(f.padEnd(44) + kb(data.length).padStart(10) + kb(gz).padStart(10) + kb(br).padStart(11));
}
console.log(`initial wasm + JS, brotli: ${kb(total)} KB (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB * 1024) {
  console.error(`size-report: over budget by ${kb(total - BUDGET_KB * 1024)} KB`);
  process.exit(1);
}
