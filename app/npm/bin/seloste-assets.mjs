#!/usr/bin/env node
// seloste-assets <folder>: copies what seloste.js loads from beside itself (the bundles'
// wasm and modules in embed/, the PDF maker in pdf/, the forms in forms/, the fonts in
// fonts/) into <folder>, the folder a bundler (esbuild, Vite, webpack) writes the module
// that imports seloste into. seloste.js finds them beside the module it ends up in
// (`import.meta.url`), and checks each one against the SRI hash it carries.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PARTS = ['embed', 'pdf', 'forms', 'fonts'];
const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = process.argv[2];
if (!target || process.argv.length > 3 || target.startsWith('-')) {
  console.error('usage: seloste-assets <folder>  (the folder your bundle is written to)');
  process.exit(2);
}
mkdirSync(target, { recursive: true });
for (const part of PARTS) {
  const from = join(here, part);
  if (!existsSync(from)) {
    console.error(`seloste-assets: ${from} is missing: is the package installed whole?`);
    process.exit(1);
  }
  cpSync(from, join(target, part), { recursive: true });
}
console.log(`seloste-assets: ${PARTS.map((p) => p + '/').join(', ')} copied to ${resolve(target)}`);
