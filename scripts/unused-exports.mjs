// Writes the graph for binaryen's wasm-metadce that keeps every export of a bundle's wasm
// but the classes of wasm-streams (IntoUnderlyingSink, IntoUnderlyingSource,
// IntoUnderlyingByteSource). Leptos links wasm-streams into every bundle through server_fn,
// and its #[wasm_bindgen] classes are exports, so the linker keeps them although nothing
// here uses server functions (1.1 KB brotli of the embed bundle). Their JS classes stay in
// the glue, never constructed. Fails if the bundle has none of them, so that a change in
// Leptos is noticed rather than this step silently doing nothing.
// Usage: node scripts/unused-exports.mjs IN.wasm GRAPH.json
import { readFileSync, writeFileSync } from 'node:fs';

const [input, graph] = process.argv.slice(2);
const exports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(input))).map((e) => e.name);
const unused = exports.filter((name) => /^(__wbg_)?intounderlying(sink|source|bytesource)_/.test(name));
if (!unused.length) {
  console.error(`unused-exports: no wasm-streams classes in ${input}; remove this step from scripts/build-pages.sh`);
  process.exit(1);
}
const kept = exports.filter((name) => !unused.includes(name));
const nodes = [
  { name: 'outside', root: true, reaches: kept.map((_, i) => `kept${i}`) },
  ...kept.map((name, i) => ({ name: `kept${i}`, export: name })),
  ...unused.map((name, i) => ({ name: `unused${i}`, export: name })),
];
writeFileSync(graph, JSON.stringify(nodes));
console.log(`unused-exports: ${unused.length} exports of wasm-streams dropped from ${input}`);
