// The JSON file formats of public/ against their JSON Schemas: every sample must be valid,
// and the schema must reject what the Rust reader rejects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const validateNotice = ajv.compile(readJson('public/schemas/notice.schema.json'));

const noticeFiles = readdirSync('public/notices').filter((f) => f.endsWith('.json') && f !== 'index.json');

test('there are sample notices, one for each seed', () => {
  assert.ok(noticeFiles.length >= 5, noticeFiles.join(', '));
});

for (const file of noticeFiles) {
  test(`public/notices/${file} is a valid notice`, () => {
    const ok = validateNotice(readJson(join('public/notices', file)));
    assert.ok(ok, ajv.errorsText(validateNotice.errors));
  });
}

test('the notice schema rejects unknown section kinds, bad dates and stray fields', () => {
  const base = readJson('public/notices/pieksamaki-lapsiperheet.json');
  const bad = [
    { ...base, sections: [{ kind: 'nonsense', heading: 'h', body: '' }] },
    { ...base, updated: '4.6.2018' },
    { ...base, lang: 'de' },
    { ...base, extra: true },
    { ...base, requests: { kinds: ['tarkastus'] } },
  ];
  for (const notice of bad) assert.equal(validateNotice(notice), false, JSON.stringify(notice).slice(0, 80));
});

test('the notice index lists every sample notice', () => {
  const index = readJson('public/notices/index.json');
  assert.deepEqual(index.map((n) => n.file).sort(), [...noticeFiles].sort());
  for (const entry of index) {
    const notice = readJson(join('public/notices', entry.file));
    assert.equal(entry.id, notice.id);
    assert.equal(entry.title, notice.title);
  }
});
