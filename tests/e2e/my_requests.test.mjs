// "My requests" and the letters (issue 21, parts 2, 3 and 5): a made request kept on this
// device only when the citizen asks, with nothing personal in what is kept; the clock moved
// past its deadline; the reminder and the complaint made from the entry and from a request
// typed in, read back from their PDFs with pdftotext (poppler, not our PDF reader) and from
// the clipboard; the list in Swedish and English at 320 px by keyboard only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { useSite, assertNoAxeViolations, tabTo, tabToText, layoutProblems } from './harness.mjs';
import { startReceiver } from './receiver.mjs';
import { formPage, makeRequest, PERSONAL } from './citizen.mjs';
import { lawfulDeadline } from './deadline.mjs';
import { axeCheck, assertClean } from './embedded.mjs';

const env = useSite();
let receiver;
before(async () => { receiver = await startReceiver(); });
after(() => receiver?.stop());

const KEY = 'seloste-my-requests';
const DAY = 24 * 60 * 60 * 1000;
const finnish = (d) => `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`;

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const everyStored = (page) => page.evaluate(() => JSON.stringify({ ...localStorage }));

/** The text of a PDF, as poppler's pdftotext reads it (one line per line). */
function pdfText(path) {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** A page with the <seloste-requests> element (under the strict CSP of the examples),
 * its clock at `time`, recording errors and CSP violations as `hostPage` does. */
async function listPage(context, time, lang = 'fi') {
  const page = await context.newPage();
  page.problems = [];
  page.axeRefusals = 0;
  page.on('console', (m) => {
    if (page.inAxe && /Content.Security.Policy/i.test(m.text())) page.axeRefusals += 1;
    else if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) page.problems.push(m.text());
  });
  page.on('pageerror', (e) => page.problems.push(e.message));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.clock.install({ time });
  await page.goto(`${env.site.url}/examples/my-requests.html`);
  if (lang !== 'fi') await page.locator('seloste-requests').evaluate((el, l) => el.setAttribute('lang', l), lang);
  return page;
}

test('a request kept on this device only when asked, nothing personal kept; past its deadline, the reminder and the complaint', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.url });
  const page = await formPage(context, { endpoint: receiver.endpoint });
  const made = new Date();
  await makeRequest(page, env.site.url);
  const reference = await page.locator('.seloste-reference').innerText();
  const keep = page.getByRole('button', { name: 'Pidä tällä laitteella' });
  await keep.waitFor();
  assert.equal(await stored(page), null, 'nothing is kept before the citizen asks');
  await keep.click();
  await page.getByText('Pyyntö on omissa pyynnöissäsi tällä laitteella.').waitFor();
  await page.getByRole('heading', { name: 'Omat pyyntöni' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Omat pyyntöni', 'the button gone, focus on the list');
  const kept = JSON.parse(await stored(page));
  assert.equal(kept.format, 'seloste.my-requests/1');
  assert.equal(kept.requests.length, 1);
  const entry = kept.requests[0];
  assert.deepEqual(Object.keys(entry).sort(), ['address', 'controller', 'email', 'kind', 'reference', 'register', 'sent', 'status'].filter((k) => k in entry).sort());
  assert.equal(entry.reference, reference);
  assert.equal(entry.kind, 'access');
  assert.equal(entry.status, 'waiting');
  for (const p of [...PERSONAL, 'Maija', '308T', 'Pieksämäki,']) {
    assert.ok(!(await everyStored(page)).includes(p), `localStorage holds ${p}`);
  }
  // The day it was received in Finland, and its deadlines, as Python's holidays count them.
  const { received, answerBy, extendedBy } = lawfulDeadline(made);
  const left = Math.round((new Date(answerBy.getFullYear(), answerBy.getMonth(), answerBy.getDate()) - new Date(made.getFullYear(), made.getMonth(), made.getDate())) / DAY);
  const list = page.locator('.seloste-my-requests');
  const listed = await list.innerText();
  assert.ok(listed.includes(`${finnish(answerBy)} (${left} päivää jäljellä)`), listed);
  assert.ok(listed.includes(entry.register) && listed.includes(entry.controller), listed);
  assert.equal(await list.getByRole('button', { name: 'Muistutus tai valitus' }).count(), 0, 'no letters before the deadline');
  await assertNoAxeViolations(page, 'the confirmation with my requests');

  // 40 days later, on the page with <seloste-requests>.
  const later = new Date(made.getTime() + 40 * DAY);
  const page2 = await listPage(context, later);
  const letters = page2.getByRole('button', { name: 'Muistutus tai valitus' });
  await letters.waitFor();
  const late = Math.round((new Date(later.getFullYear(), later.getMonth(), later.getDate()) - new Date(answerBy.getFullYear(), answerBy.getMonth(), answerBy.getDate())) / DAY);
  assert.ok((await page2.locator('.seloste-my-requests').innerText()).includes(`Määräaika päättyi ${late} päivää sitten`));
  // The entry's calendar file, read by ical.js: the same two days as the confirmation's.
  const [ics] = await Promise.all([page2.waitForEvent('download'), page2.getByRole('button', { name: `Lisää määräajat kalenteriin ${reference}` }).click()]);
  assert.equal(ics.suggestedFilename(), `maaraajat-${reference}.ics`);
  const events = new ICAL.Component(ICAL.parse(readFileSync(await ics.path(), 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const day = (t) => `${t.day}.${t.month}.${t.year}`;
  assert.deepEqual(events.map((e) => day(e.startDate)), [finnish(answerBy), finnish(extendedBy)]);
  assert.ok(events.every((e) => e.summary.includes(reference)));
  await letters.click();
  assert.equal(await letters.getAttribute('aria-expanded'), 'true');
  const reminderText = page2.getByLabel('Kirjeen teksti').first();
  await reminderText.waitFor();
  await page2.getByLabel('Nimesi (valinnainen)').fill('Maija Meikäläinen');
  const reminder = await reminderText.inputValue();
  for (const needed of ['12 artiklan 3 kohdan', reference, finnish(received), finnish(answerBy), entry.register, entry.controller, 'Maija Meikäläinen', `14 päivän kuluessa tämän muistutuksen päiväyksestä, eli ${finnish(new Date(later.getTime() + 14 * DAY))}`]) {
    assert.ok(reminder.includes(needed), `the reminder lacks ${needed}:\n${reminder}`);
  }
  assert.ok(!(await everyStored(page2)).includes('Maija'), 'the name typed into the letters is not stored');
  await axeCheck(page2, 'the letters in <seloste-requests>');

  // Copied: what the clipboard holds is the letter.
  await page2.getByRole('button', { name: 'Kopioi teksti' }).first().click();
  await page2.getByText('Teksti on kopioitu.').first().waitFor();
  assert.equal(await page2.evaluate(() => navigator.clipboard.readText()), reminder);

  // The reminder's PDF, read by pdftotext.
  const [reminderPdf] = await Promise.all([page2.waitForEvent('download'), page2.getByRole('button', { name: 'Lataa PDF-tiedostona' }).first().click()]);
  assert.equal(reminderPdf.suggestedFilename(), `muistutus-${reference}.pdf`);
  const reminderRead = pdfText(await reminderPdf.path());
  for (const needed of ['Muistutus rekisterinpitäjälle', '12 artiklan 3 kohdan', reference, finnish(received), entry.controller, 'Maija Meikäläinen']) {
    assert.ok(reminderRead.includes(needed), `the reminder's PDF lacks ${needed}: ${reminderRead}`);
  }

  // The complaint, after a reminder sent 35 days after the request.
  const reminded = new Date(made.getTime() + 35 * DAY);
  await page2.getByLabel('Päivä, jona lähetit muistutuksen (valinnainen)').fill(finnish(reminded));
  const complaint = await page2.getByLabel('Kirjeen teksti').nth(1).inputValue();
  const [complaintPdf] = await Promise.all([page2.waitForEvent('download'), page2.getByRole('button', { name: 'Lataa PDF-tiedostona' }).nth(1).click()]);
  assert.equal(complaintPdf.suggestedFilename(), `valitus-${reference}.pdf`);
  const complaintRead = pdfText(await complaintPdf.path());
  assert.ok(complaintRead.includes('Valitus tietosuojavaltuutetulle'), 'the PDF\'s title');
  for (const needed of ['Tietosuojavaltuutetun toimisto', 'PL 800', '77 artikla', entry.controller, entry.register, 'Tarkastuspyyntö', finnish(received), reference, 'Mitä tapahtui', `ei vastannut pyyntöön määräajan päättymiseen ${finnish(answerBy)} mennessä`, finnish(reminded)]) {
    assert.ok(complaint.includes(needed), `the complaint lacks ${needed}:\n${complaint}`);
    assert.ok(complaintRead.includes(needed), `the complaint's PDF lacks ${needed}: ${complaintRead}`);
  }
  assert.ok((await page2.locator('.seloste-my-requests').innerText()).includes('tietosuoja@om.fi'), 'where to send the complaint');
  // A reminder day that is no day is said.
  await page2.getByLabel('Päivä, jona lähetit muistutuksen (valinnainen)').fill('31.2.2026');
  await page2.getByLabel('Päivä, jona lähetit muistutuksen (valinnainen)').blur();
  await page2.getByText('Kirjoita päivä muodossa pp.kk.vvvv').waitFor();

  // The status set to answered: no letters then. Then the entry deleted.
  await page2.getByLabel('Tilanne').first().selectOption('answered');
  await page2.getByRole('button', { name: 'Tallenna tilanne' }).click();
  await page2.getByText('Tilanne tallennettiin.').waitFor();
  await letters.waitFor({ state: 'detached' });
  assert.equal(JSON.parse(await stored(page2)).requests[0].status, 'answered');
  await page2.getByRole('button', { name: `Poista ${reference}` }).click();
  await page2.getByText('Tällä laitteella ei ole pidettyjä pyyntöjä.').waitFor();
  assert.equal(await stored(page2), null, 'nothing left in storage');
  await assertClean(page2, '<seloste-requests>');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a request made elsewhere, typed in: checked, kept, refused by the controller, and its complaint', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const page = await listPage(context, new Date(2026, 11, 2, 12));
  await page.getByText('Tällä laitteella ei ole pidettyjä pyyntöjä.').waitFor();
  await page.getByText('Pyyntö, joka ei ole listalla').click();
  const add = page.getByRole('button', { name: 'Lisää listalle' });
  await add.click();
  await page.getByText('Kirjoita pyynnön tunnus.').waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('seloste-requests').shadowRoot.activeElement?.getAttribute('aria-invalid')), 'true', 'focus on the question to mend');
  await page.getByLabel('Pyynnön tunnus', { exact: true }).fill('KIRJE 2026/114');
  await page.getByLabel('Organisaatio, jolle pyyntö lähti').fill('Esimerkin kaupunki');
  await page.getByLabel('Rekisteri (jos tiedät)').fill('Asiakasrekisteri');
  await page.getByLabel('Pyynnön laji').selectOption('erasure');
  await page.getByLabel('Päivä, jona pyyntö lähti').fill('3.12.2026');
  await add.click();
  await page.getByText('Päivä, jona pyyntö lähti, ei voi olla tulevaisuudessa.').waitFor();
  await page.getByLabel('Päivä, jona pyyntö lähti').fill('20.10.2026');
  await add.click();
  await page.getByText('Pyyntö lisättiin listalle.').waitFor();
  const listed = await page.locator('.seloste-my-requests').innerText();
  assert.ok(listed.includes('KIRJE 2026/114') && listed.includes('20.11.2026'), listed);
  // Refused on 25 November: the letters cite Art. 12(4).
  await page.getByLabel('Tilanne').selectOption('refused');
  await page.getByRole('button', { name: 'Tallenna tilanne' }).click();
  await page.getByRole('button', { name: 'Muistutus tai valitus' }).click();
  const complaint = await page.getByLabel('Kirjeen teksti').nth(1).inputValue();
  for (const needed of ['Esimerkin kaupunki', 'Asiakasrekisteri', 'Poistopyyntö', '20.10.2026', 'KIRJE 2026/114', 'epäsi pyynnön 2.12.2026', '12 artiklan 4 kohdan']) {
    assert.ok(complaint.includes(needed), `the complaint lacks ${needed}:\n${complaint}`);
  }
  await axeCheck(page, 'a typed-in request\'s letters');
  await page.getByRole('button', { name: 'Poista kaikki tältä laitteelta' }).click();
  await page.getByText('Tällä laitteella ei ole pidettyjä pyyntöjä.').waitFor();
  assert.equal(await stored(page), null);
  await assertClean(page, '<seloste-requests>');
  await context.close();
});

test('made offline, the request waits in the outbox; "keep on this device" comes when the connection returns', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  const page = await formPage(context, { endpoint: receiver.endpoint });
  await makeRequest(page, env.site.url, 'offline', { beforeSend: () => context.setOffline(true) });
  await page.locator('h1', { hasText: 'Pyyntöäsi ei ole vielä lähetetty' }).waitFor();
  const keep = page.getByRole('button', { name: 'Pidä tällä laitteella' });
  await page.waitForTimeout(500);
  assert.equal(await keep.count(), 0, 'not fetched while offline');
  assert.equal(await page.locator('[role=alert]').filter({ hasText: 'Omia pyyntöjä ei voitu ladata' }).count(), 0, 'and no error said');
  await context.setOffline(false);
  await keep.waitFor();
  await keep.click();
  await page.getByRole('heading', { name: 'Omat pyyntöni' }).waitFor();
  assert.deepEqual(page.problems, []);
  await context.close();
});

const IN = {
  sv: { locale: 'sv-FI', send: 'Gör begäran', keep: 'Spara på den här enheten', title: 'Mina begäranden', letters: 'Påminnelse eller klagomål', reminder: 'artikel 12.3', complaint: 'Dataombudsmannens byrå', left: 'kvar' },
  en: { locale: 'en-GB', send: 'Make the request', keep: 'Keep on this device', title: 'My requests', letters: 'Reminder or complaint', reminder: 'Article 12(3)', complaint: 'Office of the Data Protection Ombudsman', left: 'left' },
};

for (const [lang, w] of Object.entries(IN)) {
  test(`in ${lang}, on a 320 px phone, by keyboard only: kept, past the deadline, the letters`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, locale: w.locale });
    const page = await formPage(context, { endpoint: receiver.endpoint });
    await page.goto(`${env.site.url}/request/?lang=${lang}#/notices/pieksamaki-lapsiperheet/requests/access`);
    await tabTo(page, 'continue', () => document.activeElement?.getAttribute('type') === 'submit');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: w.send, exact: true }).waitFor();
    await tabToText(page, w.send);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: w.keep }).waitFor({ timeout: 60_000 });
    await tabToText(page, w.keep);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: w.title }).waitFor();
    assert.ok((await page.locator('.seloste-my-requests').innerText()).includes(w.left));
    assert.deepEqual(await layoutProblems(page), [], 'the list at 320 px');
    await assertNoAxeViolations(page, `my requests (${lang})`);
    // A page opened 40 days on: the same list, its letters by keyboard.
    const later = await context.newPage();
    await later.clock.install({ time: new Date(Date.now() + 40 * DAY) });
    await later.goto(`${env.site.url}/request/?lang=${lang}#/notices/pieksamaki-lapsiperheet/requests/access`);
    const letters = later.getByRole('button', { name: w.letters });
    await letters.waitFor();
    await tabTo(later, w.letters, () => document.activeElement?.getAttribute('aria-expanded') === 'false' && document.activeElement?.classList.contains('seloste-button'), 120);
    await later.keyboard.press('Enter');
    await later.locator('textarea').first().waitFor();
    assert.equal(await later.evaluate(() => document.activeElement?.getAttribute('aria-expanded')), 'true', 'focus stays on the button');
    const [reminder, complaint] = await later.locator('textarea').evaluateAll((ts) => ts.map((t) => t.value));
    assert.ok(reminder.includes(w.reminder), reminder);
    assert.ok(complaint.includes(w.complaint), complaint);
    assert.deepEqual(await later.evaluate(() => {
      const root = document.documentElement;
      return root.scrollWidth > root.clientWidth + 1 ? [`scrolls sideways: ${root.scrollWidth}`] : [];
    }), [], 'the letters at 320 px');
    await assertNoAxeViolations(later, `the letters (${lang})`);
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}
