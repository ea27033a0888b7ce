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

// Their translations, beside them in translations/, are notices too (not in the index).
const translationFiles = readdirSync('public/notices/translations').filter((f) => f.endsWith('.json')).map((f) => join('translations', f));
for (const file of [...noticeFiles, ...translationFiles]) {
  test(`public/notices/${file} is a valid notice`, () => {
    const ok = validateNotice(readJson(join('public/notices', file)));
    assert.ok(ok, ajv.errorsText(validateNotice.errors));
  });
}
test('the sample notices have translations', () => assert.ok(translationFiles.length >= 4, translationFiles.join(', ')));

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

// The DOM events' details (public/schemas/events.schema.json; live events are checked in
// the end-to-end tests through tests/e2e/events.mjs).
test('the events schema takes what the components send and refuses what they never do', () => {
  const events = new Ajv2020({ allErrors: true, strict: false });
  addFormats(events);
  for (const file of ['notice', 'request', 'events']) events.addSchema(readJson(`public/schemas/${file}.schema.json`));
  const check = (name, detail) => events.getSchema(`https://seloste.example/schemas/events.schema.json#/$defs/${name}`)(detail);
  const payload = readJson('tests/fixtures/payloads/log_data_guardian.json');
  const receipt = { reference: 'AB12-CD34', created_at: payload.created_at, deadline: { answer_by: '2026-12-22', extended_by: '2027-02-22' }, status: 'made', payload };
  assert.ok(check('seloste-submitted', receipt));
  assert.ok(check('seloste-submitted', { ...receipt, status: 'delivered', delivered_at: '2026-11-22T10:00:00Z', backend_reference: 'DNRO 7' }));
  assert.equal(check('seloste-submitted', { ...receipt, status: 'delivered' }), false, 'delivered without its time');
  assert.equal(check('seloste-submitted', { ...receipt, status: 'sent' }), false, 'an unknown status');
  assert.equal(check('seloste-submitted', { ...receipt, payload: { ...payload, kind: 'tarkastus' } }), false, 'a payload that is not a request');
  assert.ok(check('seloste-error', { message: 'Lomaketta ei voitu ladata.' }));
  assert.ok(check('seloste-error', { reference: 'AB12-CD34', queued: true, message: 'x' }));
  assert.equal(check('seloste-error', { reference: 'AB12-CD34' }), false, 'an error without its message');
  assert.equal(check('seloste-error', { message: 'x', status: 500 }), false, 'a status code');
  assert.ok(check('seloste-pdf', { reference: 'AB12-CD34', file_name: 'pyynto-AB12-CD34.pdf', size: 31000, ms: 14 }));
  assert.equal(check('seloste-pdf', { reference: 'AB12-CD34', file_name: 'x.pdf', size: 1, ms: 1.5 }), false, 'milliseconds are whole');
  assert.ok(check('seloste-request', { kind: 'log_data' }));
  assert.equal(check('seloste-request', { kind: 'tarkastus' }), false);
});
