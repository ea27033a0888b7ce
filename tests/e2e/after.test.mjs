// After the request (issue 21): what the citizen keeps to follow it up. The calendar file
// of the deadlines is read with ical.js (Mozilla's iCalendar parser, written apart from
// seloste), not with our own reading of RFC 5545.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { useSite, assertNoAxeViolations, tabTo, tabToText, layoutProblems } from './harness.mjs';
import { startReceiver } from './receiver.mjs';
import { formPage, makeRequest, PERSONAL, DONE, ANSWERS } from './citizen.mjs';
import { walkSteps } from './flow.mjs';
import { askForFullPayload } from './events.mjs';
import { lawfulDeadline } from './deadline.mjs';

const env = useSite();
let receiver;
before(async () => { receiver = await startReceiver(); });
after(() => receiver?.stop());

// A register name that a calendar file must escape (; , \) and fold (long, and letters
// of more than one byte, an emoji among them).
const REGISTER = 'Lapsiperheiden palvelujen asiakasrekisteri; perhetyö, kotipalvelu \\ ja 🧾 maksut – Pieksämäen kaupungin perusturvan palvelualueen pitkä nimi';

const finnish = (d) => `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`;

test('the confirmation offers the deadlines as a calendar file: both days, the reference, nothing personal', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const page = await formPage(context, { endpoint: receiver.endpoint, editNotice: (n) => { n.register_name = REGISTER; } });
  const made = new Date();
  await makeRequest(page, env.site.url);
  const reference = await page.locator('.seloste-reference').innerText();
  const text = await page.locator('main, body').first().innerText();
  const { answerBy, extendedBy } = lawfulDeadline(made);
  assert.ok(text.includes(`viimeistään ${finnish(answerBy)}`), 'the page shows the answer\'s deadline');
  assert.ok(text.includes(`enintään päivään ${finnish(extendedBy)}`), 'and the latest extended one');

  const button = page.getByRole('button', { name: 'Lisää määräajat kalenteriin' });
  assert.match(await button.getAttribute('aria-describedby'), /\S/);
  await assertNoAxeViolations(page, 'confirmation with the calendar button');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.equal(download.suggestedFilename(), `maaraajat-${reference}.ics`);
  const raw = readFileSync(await download.path(), 'utf8');

  // RFC 5545 3.1: CRLF line ends, no line over 75 octets.
  assert.ok(!/[^\r]\n/.test(raw), 'every line ends with CRLF');
  for (const line of raw.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);

  const calendar = new ICAL.Component(ICAL.parse(raw));
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.ok(calendar.getFirstPropertyValue('prodid'));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, 2);
  const day = (t) => [t.year, t.month, t.day];
  assert.deepEqual(events.map((e) => e.startDate.isDate), [true, true], 'all-day events');
  const parts = (d) => [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  assert.deepEqual(events.map((e) => day(e.startDate)), [parts(answerBy), parts(extendedBy)]);
  // Moved to a working day when it fell on a weekend or a holiday: the reason is told.
  assert.ok(events[0].description.includes('seuraavana arkipäivänä'), events[0].description);
  for (const e of events) {
    const next = e.startDate.clone();
    next.adjust(1, 0, 0, 0);
    assert.deepEqual(day(e.endDate), day(next), 'each lasts its one day');
    assert.ok(e.summary.includes(reference), e.summary);
    assert.ok(e.summary.includes('Tarkastuspyyntö'), e.summary);
    assert.ok(e.description.includes(`Rekisteri: ${REGISTER}`), e.description);
    assert.ok(e.description.includes(`Pyynnön tunnus: ${reference}`), e.description);
    assert.ok(e.uid && e.component.getFirstPropertyValue('dtstamp'));
  }
  assert.notEqual(events[0].uid, events[1].uid);
  assert.match(events[0].description, /12 artiklan 3 kohta/);
  assert.ok(events[1].description.includes(`enintään päivään ${finnish(extendedBy)}. Jatkosta`), events[1].description);

  // Nothing personal: not in the file, nor in what a calendar shows of it.
  const shown = events.map((e) => `${e.summary}\n${e.description}\n${e.location ?? ''}`).join('\n');
  for (const p of [...PERSONAL, 'Maija', '308T']) {
    assert.ok(!raw.includes(p) && !shown.includes(p), `the calendar file holds ${p}`);
  }
  assert.deepEqual(page.problems, []);
  await context.close();
});

// Typed with composed letters here; typed on device B with the letters apart (NFD), as
// some keyboards give them: the same passphrase.
const PASSPHRASE = 'Kesäpäivä, hevonen ja niitti';
const SAVED_TOGGLE = 'Tallenna vastaukset tiedostoon tai avaa tallennettu tiedosto';

/** The payload's members that two requests of the same answers share. */
const comparable = ({ id, created_at, seal, ...rest }) => rest;

/** Decrypts a saved-answers file with Node's crypto (OpenSSL), from the file's own
 * parameters and the format README describes: an independent reading of what the
 * browser's WebCrypto wrote. */
function decryptSaved(file, passphrase) {
  const b = (t) => Buffer.from(t, 'base64url');
  assert.deepEqual([file.kdf.name, file.kdf.hash, file.cipher.name, file.cipher.length], ['PBKDF2', 'SHA-256', 'AES-GCM', 256]);
  assert.ok(file.kdf.iterations >= 600000, `${file.kdf.iterations} iterations`);
  assert.equal(b(file.kdf.salt).length, 16);
  assert.equal(b(file.cipher.iv).length, 12);
  const key = pbkdf2Sync(passphrase.normalize('NFC'), b(file.kdf.salt), file.kdf.iterations, 32, 'sha256');
  const sealed = b(file.data);
  const decipher = createDecipheriv('aes-256-gcm', key, b(file.cipher.iv));
  decipher.setAAD(Buffer.from(`${file.format}\n${JSON.stringify(file.notice_id)}\n${JSON.stringify(file.register_name)}\n${file.kind}`));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return JSON.parse(Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString('utf8'));
}

test('answers saved to an encrypted file on one device, continued from it on another: the same request', async () => {
  const submitted = [];
  const onEvent = ({ name, detail }) => name === 'seloste-submitted' && submitted.push(detail.payload);
  // One go: the finished draft made into a request.
  const one = await env.browser.newContext({ locale: 'fi-FI' });
  const direct = await formPage(one, { endpoint: receiver.endpoint, onEvent });
  await askForFullPayload(direct);
  await makeRequest(direct, env.site.url, 'direct');
  await one.close();

  // Device A: the same answers, saved to a file on the last step.
  const a = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const pageA = await formPage(a, { endpoint: receiver.endpoint });
  await pageA.goto(`${env.site.url}/request/?lang=fi#/notices/pieksamaki-lapsiperheet/requests/access`);
  await pageA.locator('h1', { hasText: 'Vastaus ja allekirjoitus' }).waitFor();
  const toggle = pageA.getByRole('button', { name: SAVED_TOGGLE });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  const passphrase = pageA.getByLabel('Salasana (vähintään 12 merkkiä)');
  await passphrase.waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await assertNoAxeViolations(pageA, 'the save / continue panel');
  await passphrase.fill('lyhyt');
  await pageA.getByRole('button', { name: 'Tallenna tiedosto' }).click();
  await pageA.getByText('Salasanassa on oltava vähintään 12 merkkiä.').waitFor();
  assert.equal(await passphrase.getAttribute('aria-invalid'), 'true');
  await assertNoAxeViolations(pageA, 'a passphrase too short');
  await passphrase.fill(PASSPHRASE);
  const [download] = await Promise.all([pageA.waitForEvent('download'), pageA.getByRole('button', { name: 'Tallenna tiedosto' }).click()]);
  assert.equal(download.suggestedFilename(), 'vastaukset-access.json');
  // Kept apart: the browser's own copy goes with its context.
  const dir = mkdtempSync(join(tmpdir(), 'seloste-saved-'));
  const path = join(dir, 'vastaukset-access.json');
  await download.saveAs(path);
  const raw = readFileSync(path, 'utf8');
  const file = JSON.parse(raw);
  assert.equal(file.format, 'seloste.saved-answers/1');
  assert.deepEqual([file.notice_id, file.kind], ['pieksamaki-lapsiperheet', 'access']);
  for (const p of [...PERSONAL, 'Maija']) assert.ok(!raw.includes(p), `the file shows ${p} in the clear`);
  const kept = JSON.parse(await pageA.evaluate(() => sessionStorage.getItem('seloste-draft/pieksamaki-lapsiperheet/access')));
  assert.deepEqual(decryptSaved(file, PASSPHRASE), kept, 'the file holds the draft, read back by OpenSSL');
  assert.deepEqual(pageA.problems, []);
  await a.close();

  // Device B: a fresh form, continued from the file.
  const write = (name, text) => { writeFileSync(join(dir, name), text); return join(dir, name); };
  const tampered = { ...file, data: `${file.data.slice(0, 10)}${file.data[10] === 'A' ? 'B' : 'A'}${file.data.slice(11)}` };
  const renamed = { ...file, register_name: 'Toinen rekisteri' };
  const otherForm = { ...file, kind: 'erasure' };
  const b = await env.browser.newContext({ locale: 'fi-FI' });
  const pageB = await formPage(b, { endpoint: receiver.endpoint, withDraft: false, onEvent });
  await askForFullPayload(pageB);
  await pageB.goto(`${env.site.url}/request/?lang=fi#/notices/pieksamaki-lapsiperheet/requests/access`);
  await pageB.getByRole('button', { name: SAVED_TOGGLE }).click();
  const chosen = pageB.getByLabel('Tallennettu tiedosto');
  const secret = pageB.getByLabel('Salasana', { exact: true });
  const open = pageB.getByRole('button', { name: 'Avaa tiedosto' });
  const refusal = pageB.locator('.seloste-saved .seloste-error-message');
  const refused = async (file, pass, said) => {
    await chosen.setInputFiles(file);
    await secret.fill(pass);
    await open.click();
    await refusal.filter({ hasText: said }).waitFor({ timeout: 20_000 });
  };
  await open.click();
  await refusal.filter({ hasText: 'Valitse tallennettu tiedosto.' }).waitFor();
  const notOpened = 'salasana on väärä tai tiedostoa on muutettu';
  await refused(path, 'väärä salasana tässä', notOpened);
  await assertNoAxeViolations(pageB, 'a wrong passphrase');
  await refused(write('tampered.json', JSON.stringify(tampered)), PASSPHRASE, notOpened);
  await refused(write('renamed.json', JSON.stringify(renamed)), PASSPHRASE, notOpened);
  await refused(write('other.json', JSON.stringify(otherForm)), PASSPHRASE, 'toisella lomakkeella. Avaa se lomakkeella ”Poistopyyntö”');
  await refused(write('notes.json', '{"muistiinpanot": "ei tämä"}'), PASSPHRASE, 'ei ole tällä lomakkeella tallennettu vastaustiedosto');
  await chosen.setInputFiles(path);
  await secret.fill(PASSPHRASE.normalize('NFD'));
  assert.notEqual(PASSPHRASE.normalize('NFD'), PASSPHRASE);
  await open.click();
  await pageB.locator('h1', { hasText: 'Vastaus ja allekirjoitus' }).waitFor();
  await pageB.getByText('Vastauksesi palautettiin tiedostosta.').waitFor();
  await pageB.getByRole('button', { name: 'Jatka' }).click();
  await pageB.locator('h1', { hasText: 'Tarkista vastauksesi' }).waitFor();
  // Check answers offers it too; opened, then closed again.
  const again = pageB.getByRole('button', { name: SAVED_TOGGLE });
  await again.click();
  await pageB.getByLabel('Salasana (vähintään 12 merkkiä)').waitFor();
  assert.equal(await again.getAttribute('aria-expanded'), 'true');
  await assertNoAxeViolations(pageB, 'check answers with the save panel');
  await again.click();
  await pageB.getByLabel('Salasana (vähintään 12 merkkiä)').waitFor({ state: 'detached' });
  assert.equal(await again.getAttribute('aria-expanded'), 'false');
  await pageB.getByRole('button', { name: 'Tee pyyntö', exact: true }).click();
  await pageB.locator('h1', { hasText: DONE }).waitFor({ timeout: 60_000 });
  assert.equal(submitted.length, 2, 'both requests were made');
  assert.deepEqual(comparable(submitted[1]), comparable(submitted[0]), 'the request continued from the file is the one made in one go');
  assert.deepEqual(pageB.problems, []);
  rmSync(dir, { recursive: true, force: true });
  await b.close();
});

test('saved mid-form, after the first step, and finished on another device: the same request as one made in one go', async () => {
  const submitted = [];
  const onEvent = ({ name, detail }) => name === 'seloste-submitted' && submitted.push(detail.payload);
  const one = await env.browser.newContext({ locale: 'fi-FI' });
  const direct = await formPage(one, { endpoint: receiver.endpoint, onEvent });
  await askForFullPayload(direct);
  await makeRequest(direct, env.site.url, 'mid-direct');
  await one.close();

  // Device A: the first step answered by hand, then saved on the second.
  const a = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const pageA = await formPage(a, { endpoint: receiver.endpoint, withDraft: false });
  await pageA.goto(`${env.site.url}/request/?lang=fi#/notices/pieksamaki-lapsiperheet/requests/access`);
  const first = await pageA.locator('h1').innerText();
  await walkSteps(pageA, ANSWERS, { axe: false, checkTitle: { test: (heading) => heading !== first } });
  const second = await pageA.locator('h1').innerText();
  assert.notEqual(second, first);
  await pageA.getByRole('button', { name: SAVED_TOGGLE }).click();
  await pageA.getByLabel('Salasana (vähintään 12 merkkiä)').fill(PASSPHRASE);
  const [download] = await Promise.all([pageA.waitForEvent('download'), pageA.getByRole('button', { name: 'Tallenna tiedosto' }).click()]);
  const dir = mkdtempSync(join(tmpdir(), 'seloste-mid-'));
  const path = join(dir, 'vastaukset-access.json');
  await download.saveAs(path);
  const saved = decryptSaved(JSON.parse(readFileSync(path, 'utf8')), PASSPHRASE);
  assert.ok(saved.step > 0 && saved.step < 6, `saved on step ${saved.step}`);
  assert.ok(!('identity_code' in saved.answers), 'the later steps are not answered yet');
  await a.close();

  // Device B: continued from the file, the rest answered there.
  const b = await env.browser.newContext({ locale: 'fi-FI' });
  const pageB = await formPage(b, { endpoint: receiver.endpoint, withDraft: false, onEvent });
  await askForFullPayload(pageB);
  await pageB.goto(`${env.site.url}/request/?lang=fi#/notices/pieksamaki-lapsiperheet/requests/access`);
  await pageB.getByRole('button', { name: SAVED_TOGGLE }).click();
  await pageB.getByLabel('Tallennettu tiedosto').setInputFiles(path);
  await pageB.getByLabel('Salasana', { exact: true }).fill(PASSPHRASE);
  await pageB.getByRole('button', { name: 'Avaa tiedosto' }).click();
  await pageB.locator('h1', { hasText: second }).waitFor();
  await walkSteps(pageB, ANSWERS, { axe: false, checkTitle: /Tarkista vastauksesi/ });
  await pageB.getByRole('button', { name: 'Tee pyyntö', exact: true }).click();
  await pageB.locator('h1', { hasText: DONE }).waitFor({ timeout: 60_000 });
  assert.equal(submitted.length, 2);
  assert.deepEqual(comparable(submitted[1]), comparable(submitted[0]), 'the request finished on device B is the one made in one go');
  assert.deepEqual(pageB.problems, []);
  rmSync(dir, { recursive: true, force: true });
  await b.close();
});

// The words of the two other languages, as the citizen meets them.
const IN = {
  sv: {
    locale: 'sv-FI', toggle: 'Spara svaren i en fil eller öppna en sparad fil', label: 'Lösenord (minst 12 tecken)',
    short: 'Lösenordet måste ha minst 12 tecken.', save: 'Spara filen', saved: 'Webbläsaren sparar filen',
    check: 'Kontrollera dina svar', send: 'Gör begäran', calendar: 'Lägg till tidsfristerna i kalendern',
    summaries: ['Sista dag för svar', 'Sista dag om tiden förlängs'], article: 'artikel 12.3 i EU:s dataskyddsförordning', kind: 'Begäran om tillgång',
  },
  en: {
    locale: 'en-GB', toggle: 'Save your answers to a file, or open a saved file', label: 'Passphrase (at least 12 characters)',
    short: 'The passphrase must have at least 12 characters.', save: 'Save the file', saved: 'Your browser saves the file',
    check: 'Check your answers', send: 'Make the request', calendar: 'Add the deadlines to your calendar',
    summaries: ['Answer due', 'Latest day if the time is extended'], article: 'Article 12(3) of the EU General Data Protection Regulation', kind: 'Request to access your data',
  },
};

for (const [lang, w] of Object.entries(IN)) {
  test(`in ${lang}, on a 320 px phone, by keyboard only: the saved-answers panel and the calendar file`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, locale: w.locale, acceptDownloads: true });
    const page = await formPage(context, { endpoint: receiver.endpoint });
    await page.goto(`${env.site.url}/request/?lang=${lang}#/notices/pieksamaki-lapsiperheet/requests/access`);
    const toggle = page.getByRole('button', { name: w.toggle });
    await toggle.waitFor();
    await tabToText(page, w.toggle);
    await page.keyboard.press('Enter');
    await page.getByLabel(w.label).waitFor();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await layoutProblems(page), [], 'the panel open at 320 px');
    await tabTo(page, 'the new passphrase', () => document.activeElement?.getAttribute('autocomplete') === 'new-password');
    await page.keyboard.type('kort');
    await tabToText(page, w.save);
    await page.keyboard.press('Enter');
    await page.getByText(w.short).waitFor();
    assert.ok(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete') === 'new-password'), 'focus back on the passphrase');
    await assertNoAxeViolations(page, `the panel (${lang}), with an error`);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(PASSPHRASE);
    await tabToText(page, w.save);
    const [saved] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.equal(saved.suggestedFilename(), 'vastaukset-access.json');
    await page.getByText(w.saved).waitFor();

    // On to the request, and its calendar file, by keyboard.
    await tabTo(page, 'continue', () => document.activeElement?.getAttribute('type') === 'submit');
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: w.check }).waitFor();
    await tabToText(page, w.send);
    await page.keyboard.press('Enter');
    const calendar = page.getByRole('button', { name: w.calendar });
    await calendar.waitFor({ timeout: 60_000 });
    assert.deepEqual(await layoutProblems(page), [], 'the confirmation at 320 px');
    await assertNoAxeViolations(page, `the confirmation (${lang})`);
    await tabToText(page, w.calendar);
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const events = new ICAL.Component(ICAL.parse(readFileSync(await file.path(), 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.deepEqual(events.map((e) => e.summary.split(':')[0]), w.summaries);
    assert.ok(events[0].description.includes(w.article), events[0].description);
    assert.ok(events[0].summary.includes(w.kind), events[0].summary);
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}
