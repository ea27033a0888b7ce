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

// Forms files and request payloads.
const validateForms = ajv.compile(readJson('public/schemas/forms.schema.json'));
const validateRequest = ajv.compile(readJson('public/schemas/request.schema.json'));
const formFiles = readdirSync('public/forms').filter((f) => f.endsWith('.json'));

for (const file of formFiles) {
  test(`public/forms/${file} is a valid forms file`, () => {
    const ok = validateForms(readJson(join('public/forms', file)));
    assert.ok(ok, ajv.errorsText(validateForms.errors));
  });
}

test('every notice names request kinds its forms file serves', () => {
  for (const file of noticeFiles) {
    const notice = readJson(join('public/notices', file));
    const forms = readJson(join('public', notice.requests?.forms ?? 'forms/default.json'));
    for (const kind of notice.requests?.kinds ?? []) assert.ok(forms.kinds[kind], `${file}: ${kind}`);
  }
});

test('the forms schema rejects untranslated texts, unknown types and required questions without a message', () => {
  const base = readJson('public/forms/default.json');
  const clone = () => JSON.parse(JSON.stringify(base));
  const bad = [];
  let f = clone(); delete f.steps[0].title.sv; bad.push(f);
  f = clone(); f.steps[0].fields[0].type = 'dropdown'; bad.push(f);
  f = clone(); delete f.steps[0].fields[0].missing; bad.push(f);
  f = clone(); f.kinds.tarkastus = { steps: ['acting_for'] }; bad.push(f);
  f = clone(); f.steps[1].shown_when = { field: 'acting_for' }; bad.push(f);
  for (const forms of bad) assert.equal(validateForms(forms), false, JSON.stringify(forms).slice(0, 80));
});

test('the payload sample made by the Rust builder keeps the request schema', () => {
  const sample = readJson('tests/fixtures/payloads/log_data_guardian.json');
  assert.ok(validateRequest(sample), ajv.errorsText(validateRequest.errors));
  const bad = [
    { ...sample, id: 'abc' },
    { ...sample, kind: 'tarkastus' },
    { ...sample, requester: { ...sample.requester, phone: '040 123 4567' } },
    { ...sample, requester: { ...sample.requester, identity: { type: 'personal_identity_code', value: '131052?308T' } } },
    { ...sample, on_behalf: { role: 'guardian_of_minor' } },
    { ...sample, details: { x: 5 } },
    { ...sample, extra: true },
  ];
  for (const payload of bad) assert.equal(validateRequest(payload), false, JSON.stringify(payload).slice(0, 120));
});

export { validateRequest };
