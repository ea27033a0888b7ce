// Subresource Integrity hashes (sha384) of release files.
//   node app/embed/sri.mjs FILE            prints "sha384-…" for one file
//   node app/embed/sri.mjs --json DIR P…   prints {"path": "sha384-…"} for every file under
//                                          the paths P (relative to DIR), sorted
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const files = (path) => (statSync(path).isDirectory() ? readdirSync(path).flatMap((f) => files(join(path, f))) : [path]);

const [first, dir, ...paths] = process.argv.slice(2);
if (first === '--json') {
  const all = paths.flatMap((p) => files(join(dir, p))).filter((f) => /\.(js|wasm|css|json|ttf)$/.test(f));
  const entries = all.map((f) => [relative(dir, f), sri(f)]).sort(([a], [b]) => (a < b ? -1 : 1));
  process.stdout.write(JSON.stringify(Object.fromEntries(entries), null, 2) + '\n');
} else {
  process.stdout.write(sri(first));
}
