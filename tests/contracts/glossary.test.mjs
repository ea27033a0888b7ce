// The glossary (docs/glossary.md) against every user-facing string: the "not to use"
// variants must appear in none. User-facing strings are the string literals of the crate's
// code (tests, and the readers of notices written by others, left out: they must recognise
// other organisations' words), the forms files and the embed loader's and the iframe
// embed's own messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Code that reads what others wrote, not what we show: the importer's classifier and
 * the GDPR check look for other organisations' words, banned ones included. */
const READERS = new Set(['components/src/notice/classify.rs', 'components/src/notice/classify/topics.rs', 'components/src/notice/check.rs', 'components/src/notice/import.rs', 'components/src/notice/seeds.rs']);

/** The "not to use" variants of docs/glossary.md, each a RegExp. */
export function bannedVariants(markdown = readFileSync('docs/glossary.md', 'utf8')) {
  const rows = markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| concept') && !l.startsWith('|---'));
  const banned = [];
  for (const row of rows) {
    const cells = row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
    const last = cells.at(-1);
    if (!last) continue;
    // (A `|` in a table cell is written `\|`; in the expression it is an alternative.)
    const regexes = [...last.matchAll(/`\/(.+?)\/`/g)].map((m) => new RegExp(m[1].replaceAll('\\|', '|'), 'iu'));
    const words = last.replace(/`\/.+?\/`/g, '').split(',').map((w) => w.trim()).filter(Boolean)
      .map((w) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu'));
    banned.push(...regexes, ...words);
  }
  return banned;
}

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'tests' ? [] : rustFiles(path);
    return name.endsWith('.rs') && name !== 'tests.rs' ? [path] : [];
  });
}

/** String literals of Rust code, before its `#[cfg(test)]` module. */
function rustLiterals(source) {
  const code = source.split('#[cfg(test)]')[0];
  return [...code.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
}

/** Every string of a JSON value. */
const jsonStrings = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(jsonStrings) : []);

function userFacingStrings() {
  const found = [];
  for (const path of rustFiles('components/src')) {
    if (READERS.has(path)) continue;
    for (const text of rustLiterals(readFileSync(path, 'utf8'))) found.push({ where: path, text });
  }
  for (const name of readdirSync('public/forms').filter((n) => n.endsWith('.json'))) {
    const path = join('public/forms', name);
    for (const text of jsonStrings(JSON.parse(readFileSync(path, 'utf8')))) found.push({ where: path, text });
  }
  for (const where of ['app/embed/seloste.js', 'public/frame/frame.js']) {
    const script = readFileSync(where, 'utf8');
    for (const m of script.matchAll(/'((?:[^'\\]|\\.)*)'/g)) found.push({ where, text: m[1] });
  }
  return found;
}

test('the glossary names variants not to use, and the matcher finds them', () => {
  const banned = bannedVariants();
  assert.ok(banned.length >= 10, `${banned.length} variants`);
  const hits = (text) => banned.some((b) => b.test(text));
  assert.ok(hits('Begäran om insyn'));
  assert.ok(hits('Begäran om begränsning'));
  assert.ok(!hits('Begäran om begränsning av behandling'));
  assert.ok(hits('Välj typ av identifiering.'));
  assert.ok(!hits('Välj typ av identifikationsuppgift.'), 'whole words only');
  assert.ok(!hits('Vastaanottava palvelu'), 'not inside other words');
});

test('no user-facing string uses a variant the glossary says not to use', () => {
  const banned = bannedVariants();
  const strings = userFacingStrings();
  assert.ok(strings.length > 1500, `only ${strings.length} strings found: is the scan still reading the code?`);
  const wrong = strings.flatMap(({ where, text }) => banned.filter((b) => b.test(text)).map((b) => `${where}: ${b} in "${text.slice(0, 120)}"`));
  console.log(`${strings.length} strings checked against ${banned.length} variants not to use`);
  assert.deepEqual(wrong, []);
});
