// Every request kind completed on a phone (360×740): each step and its error state checked
// with axe-core, then the payload the host page receives checked field by field and
// against public/schemas/request.schema.json. Also the guardian and no-code paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { useSite, phonePage } from './harness.mjs';
import { openRequest, walkSteps, makeRequest, assertValidPayload, assertSealHolds, WORDS } from './flow.mjs';

const env = useSite();

const pad = (n) => String(n).padStart(2, '0');
const iso = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const finnish = (d) => `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`;
const daysAgo = (n) => new Date(Date.now() - n * 86400000);

const PERSON = { name: 'Maija Meikäläinen', identity_code: '131052-308T', email: 'maija@example.fi', phone: '040 123 4567', place: 'Pieksämäki' };

// Questions that fill the fixed parts of the payload (request/build.rs); every other
// answer must come back in `details` under its own id, dates in ISO form.
const FIXED = new Set(['delivery', 'street_address', 'postal_code', 'city', 'signature_method', 'signature_name']);
const isoDate = (v) => v.replace(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, (_, d, m, y) => `${y}-${pad(m)}-${pad(d)}`);
const detailsOf = (answers) => Object.fromEntries(Object.entries(answers).filter(([k]) => !FIXED.has(k)).map(([k, v]) => [k, isoDate(v)]));

// Each kind's own answers, and where the request goes.
const KINDS = {
  access: {
    notice: 'pieksamaki-lapsiperheet',
    answers: { access_scope: 'specified', access_data: 'Perhetyön muistiinpanot', access_period_start: finnish(daysAgo(200)), access_period_end: finnish(daysAgo(20)), services: 'Perhetyö', delivery: 'printout_by_post', street_address: 'Keskuskatu 1 A 2', postal_code: '76100', city: 'Pieksämäki' },
    delivery: 'printout_by_post',
    address: 'Keskuskatu 1 A 2, 76100 Pieksämäki',
  },
  rectification: { notice: 'pieksamaki-lapsiperheet', answers: { current_data: 'Osoite: Vanhatie 1', correct_data: 'Osoite: Uusitie 2', grounds: 'Muutin toukokuussa.', delivery: 'secure_electronic' }, delivery: 'secure_electronic' },
  log_data: {
    notice: 'pieksamaki-lapsiperheet',
    answers: { log_period_start: finnish(daysAgo(365 * 3)), log_period_end: finnish(daysAgo(30)), log_special_reason: 'Riita-asia käräjäoikeudessa', misuse_suspected: 'yes', misuse_when: 'Keväällä', misuse_how: 'Naapuri tiesi asioitani', misuse_person: 'Naapuri', delivery: 'secure_electronic' },
    delivery: 'secure_electronic',
  },
  erasure: {
    notice: 'perhepalvelu-helmi',
    answers: { erasure_data: 'Markkinointilistan tiedot', erasure_ground: 'consent_withdrawn', erasure_explanation: 'En halua viestejä.', delivery: 'printout_by_post', street_address: 'Keskuskatu 1 A 2', postal_code: '76100', city: 'Pieksämäki' },
    delivery: 'printout_by_post',
    address: 'Keskuskatu 1 A 2, 76100 Pieksämäki',
  },
  restriction: { notice: 'perhepalvelu-helmi', answers: { restriction_data: 'Osoitetiedot', restriction_ground: 'accuracy_contested', delivery: 'secure_electronic' }, delivery: 'secure_electronic' },
  portability: { notice: 'perhepalvelu-helmi', answers: { portability_data: 'Asiakastiedot', portability_format: 'csv', portability_to: 'other_controller', portability_recipient: 'Esimerkki Oy, tietosuoja@esimerkki.fi', delivery: 'secure_electronic' }, delivery: 'secure_electronic' },
  objection: { notice: 'perhepalvelu-helmi', answers: { objection_processing: 'Asiakaskyselyt', objection_ground: 'particular_situation', objection_reasons: 'Kyselyt kuormittavat minua.', delivery: 'secure_electronic' }, delivery: 'secure_electronic' },
  consent_withdrawal: { notice: 'perhepalvelu-helmi', answers: { consent_scope: 'specific', consent_which: 'Valokuvien käyttö, annettu 2024', delivery: 'secure_electronic' }, delivery: 'secure_electronic' },
  other: { notice: 'perhepalvelu-helmi', answers: { other_topic: 'automated_decision', other_description: 'Haluan, että ihminen käsittelee asiani.', delivery: 'secure_electronic' }, delivery: 'secure_electronic' },
};

// Every kind once, the languages in turn; access in all three.
const RUNS = [
  ['access', 'fi'], ['access', 'sv'], ['access', 'en'],
  ['rectification', 'sv'], ['log_data', 'en'], ['erasure', 'fi'], ['restriction', 'sv'],
  ['portability', 'en'], ['objection', 'fi'], ['consent_withdrawal', 'sv'], ['other', 'en'],
];

// Signed by typing the name or on paper, in turn (drawing: pdf.test.mjs).
const SIGNED = [
  [{ signature_method: 'typed', signature_name: PERSON.name }, { method: 'typed', name: PERSON.name }],
  [{ signature_method: 'on_paper' }, { method: 'on_paper' }],
];

for (const [n, [kind, lang]] of RUNS.entries()) {
  test(`${kind} in ${lang}: every step passes axe, and the payload is right field by field`, async () => {
    const spec = KINDS[kind];
    const words = WORDS[lang];
    const [signing, signature] = SIGNED[n % 2];
    const page = await phonePage(env.browser, { locale: words.locale });
    await openRequest(page, env.site.url, spec.notice, kind);
    const steps = await walkSteps(page, { ...PERSON, ...spec.answers, ...signing }, { checkTitle: words.check });
    assert.ok(steps.length >= 5, steps.join(' / '));
    const detail = await makeRequest(page, { send: words.send, doneTitle: words.done });
    const p = detail.payload;
    assertValidPayload(p);
    assert.equal(p.kind, kind);
    assert.equal(p.lang, lang);
    assert.equal(p.register.notice_id, spec.notice);
    if (spec.notice === 'perhepalvelu-helmi') assert.equal(p.register.handled_by.name, 'Siun sote, kirjaamo');
    assert.equal(p.requester.name, PERSON.name);
    assert.deepEqual(p.requester.identity, { type: 'personal_identity_code', value: '131052-308T' });
    assert.equal(p.requester.email, PERSON.email);
    assert.equal(p.requester.phone, '+358401234567');
    assert.equal(p.requester.address, spec.address);
    assert.deepEqual(p.on_behalf, { role: 'none' });
    assert.deepEqual(p.details, detailsOf(spec.answers));
    assert.equal(p.delivery, spec.delivery);
    assert.equal(p.answer_lang, lang, 'the answer language starts as the form language');
    assert.equal(p.place, PERSON.place);
    assert.equal(p.date, iso(new Date()));
    assert.deepEqual(p.attachments, []);
    assert.deepEqual(p.signature, signature);
    assertSealHolds(p);
    assert.match(detail.reference, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.ok((await page.locator('.seloste-reference').innerText()).includes(detail.reference));
    assert.match(detail.deadline.answer_by, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(page.problems, []);
    assert.ok(!page.url().includes('131052') && !page.url().includes('Meik'), 'nothing personal in the URL');
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing in localStorage');
    assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'the draft is gone once the request is made');
    await page.context().close();
  });
}

test('a guardian asks for a child\'s log data: the payload says who is who', async () => {
  const page = await phonePage(env.browser);
  await openRequest(page, env.site.url, 'pieksamaki-lapsiperheet', 'log_data');
  await page.locator('input[type=radio][value=guardian_of_minor]').check();
  assert.match(await page.locator('.seloste-radio-hint').first().innerText(), /voi kieltää tietojensa antamisen huoltajalle/);
  const answers = { ...PERSON, acting_for: 'guardian_of_minor', subject_name: 'Aino Meikäläinen', subject_identity_code: '010515A123H', log_period_start: finnish(daysAgo(90)), log_period_end: finnish(daysAgo(1)), misuse_suspected: 'no', delivery: 'viewing_at_office', signature_method: 'on_paper' };
  const steps = await walkSteps(page, answers, { checkTitle: WORDS.fi.check });
  assert.ok(steps.includes('Kenen puolesta teet pyynnön?'), steps.join(' / '));
  const { payload } = await makeRequest(page, { send: WORDS.fi.send, doneTitle: WORDS.fi.done });
  assertValidPayload(payload);
  assert.deepEqual(payload.on_behalf, { role: 'guardian_of_minor', subject_name: 'Aino Meikäläinen', subject_identity: { type: 'personal_identity_code', value: '010515A123H' } });
  assert.equal(payload.requester.identity.value, '131052-308T');
  assert.deepEqual(payload.details, { log_period_start: iso(daysAgo(90)), log_period_end: iso(daysAgo(1)), misuse_suspected: 'no' });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('no code and a power of attorney: date of birth and passport, the file described by its SHA-256', async () => {
  const page = await phonePage(env.browser, { locale: 'en-GB' });
  await openRequest(page, env.site.url, 'jyvaskyla-maahanmuuttajien-osaamiskeskus', 'access');
  const buffer = Buffer.from('%PDF-1.4\n% power of attorney\n');
  const file = { name: 'valtakirja.pdf', mimeType: 'application/pdf', buffer };
  const answers = {
    acting_for: 'authorised_person', subject_name: 'Ahmed Ali', subject_identity_method: 'other_id', subject_birth_date: '1.2.1960', subject_other_id: 'P7654321', power_of_attorney: file,
    access_scope: 'all', delivery: 'viewing_at_office',
    name: 'Amina Hassan', identity_method: 'other_id', birth_date: '27.3.1987', other_id_type: 'passport', other_id: 'P1234567',
    email: 'amina@example.fi', place: 'Jyväskylä', signature_method: 'typed', signature_name: 'Amina Hassan',
  };
  await walkSteps(page, answers, { checkTitle: WORDS.en.check });
  const summary = await page.locator('.seloste-request').innerText();
  assert.match(summary, /valtakirja\.pdf/);
  assert.match(summary, /27\.3\.1987/);
  const { payload } = await makeRequest(page, { send: WORDS.en.send, doneTitle: WORDS.en.done });
  assertValidPayload(payload);
  assert.deepEqual(payload.requester.identity, { type: 'date_of_birth_and_identifier', date_of_birth: '1987-03-27', identifier_type: 'passport', identifier: 'P1234567' });
  assert.deepEqual(payload.on_behalf, { role: 'authorised_person', subject_name: 'Ahmed Ali', subject_identity: { type: 'date_of_birth_and_identifier', date_of_birth: '1960-02-01', identifier: 'P7654321' } });
  assert.deepEqual(payload.attachments, [{ field: 'power_of_attorney', name: 'valtakirja.pdf', type: 'application/pdf', size: buffer.length, sha256: createHash('sha256').update(buffer).digest('hex') }]);
  assert.equal(payload.details.power_of_attorney, undefined, 'files are attachments, not details');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a request for another controller says where it goes before the citizen starts', async () => {
  const page = await phonePage(env.browser);
  await openRequest(page, env.site.url, 'perhepalvelu-helmi', 'access');
  const inset = await page.locator('.seloste-inset').innerText();
  assert.match(inset, /käsittelee toinen rekisterinpitäjä/);
  assert.match(inset, /Siun sote, kirjaamo/);
  await page.context().close();
});
