// The studio started from a notice's file (issue 23), on the built site: a Word file
// python-docx wrote from a real notice (tests/fixtures/notices/docx/) chosen in the file
// field gives its sections and the repealed act it cites; a password-protected Word file is
// refused in the page's words, and what was imported stays; a PDF ReportLab wrote
// (tests/fixtures/notices/pdf/) dropped on the field gives its sections, its running header
// and page numbers gone, and a password-protected PDF is refused; each state checked by
// axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useSite, phonePage, assertNoAxeViolations } from './harness.mjs';

const env = useSite();
const DOCX = 'tests/fixtures/notices/docx/';

/** Drops `bytes` as a file named `name` on the element `selector` matches. */
async function drop(page, selector, name, type, bytes) {
  const transfer = await page.evaluateHandle(({ name, type, data }) => {
    const t = new DataTransfer();
    t.items.add(new File([new Uint8Array(data)], name, { type }));
    return t;
  }, { name, type, data: [...bytes] });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

test('the studio imports Word and PDF files, and refuses protected ones in words', async () => {
  const page = await phonePage(env.browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(env.site.url + '/importer/');

  const field = page.getByLabel('Tai tuo tiedostosta: Word (.docx), PDF, teksti tai verkkosivu (.html)');
  await field.setInputFiles(DOCX + 'fi-14-nuorisotiedon-kirjasto-headings.docx');
  const rows = page.locator('.seloste-studio-sections .seloste-studio-section');
  await rows.first().waitFor();
  const headings = await rows.locator('input[type=text]').evaluateAll((inputs) => inputs.map((i) => i.value));
  assert.deepEqual(headings.slice(-9), [
    'Rekisterinpitäjä', 'Rekisteriasioista vastaava henkilö', 'Rekisterin nimi', 'Rekisterin käyttötarkoitus',
    'Rekisterin tietosisältö', 'Rekisterin tietojen säilyttäminen', 'Rekisterin tiedonlähteet',
    'Säännönmukaiset tietojen luovutukset ja tietojen siirto EU:n tai Euroopan talousalueen ulkopuolelle',
    'Rekisterin suojauksen periaatteet',
  ]);
  // The text the file gave is in the box, to see and to import again.
  assert.match(await page.getByRole('textbox', { name: 'Seloste tekstinä tai HTML:nä' }).inputValue(), /<h2>Rekisterinpitäjä<\/h2>/);
  // The notice cites the Personal Data Act: flagged with what replaced it; the check lists its points.
  await page.locator('h3', { hasText: 'Kumotut lait (1)' }).waitFor();
  assert.match(await page.locator('.seloste-repealed-laws li', { hasText: 'kumottuun lakiin' }).textContent(), /henkilötietolaki \(523\/1999\).*tietosuojalaki \(1050\/2018\)/);
  assert.match(await page.locator('p', { hasText: 'Tarkistetut kohdat:' }).textContent(), /Rekisterinpitäjä, Tietosuojavastaava/);
  await assertNoAxeViolations(page, 'the studio after a Word file');

  // A password-protected Word file: said so, marked, and the notice imported stays.
  await field.setInputFiles(DOCX + 'protected.docx');
  const alert = page.locator('.seloste-drop [role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /suojattu salasanalla/);
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.equal(await rows.count(), headings.length, 'what was imported stays');
  await assertNoAxeViolations(page, 'the studio refusing a protected file');

  // A PDF dropped on the field: read, its headings by their type size, the header gone.
  await drop(page, '.seloste-drop', 'seloste.pdf', 'application/pdf', readFileSync('tests/fixtures/notices/pdf/fi-19-enonkoski-opetus-helvetica.pdf'));
  await page.waitForFunction(() => !document.querySelector('.seloste-drop [role=alert]'));
  await page.waitForFunction(() => [...document.querySelectorAll('.seloste-studio-sections input[type=text]')].some((i) => i.value === '6. Rekisterin tietosisältö'));
  const fromPdf = await rows.locator('input[type=text]').evaluateAll((inputs) => inputs.map((i) => i.value));
  assert.deepEqual(fromPdf.slice(-6), ['1. Rekisterin nimi', '2. Rekisterinpitäjä', '3. Rekisterin vastuuhenkilö',
    '4. Yhteyshenkilö rekisterin tietosuoja-asioissa', '5. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste', '6. Rekisterin tietosisältö']);
  assert.doesNotMatch(await page.getByRole('textbox', { name: 'Seloste tekstinä tai HTML:nä' }).inputValue(), /Sivu \d/);
  await assertNoAxeViolations(page, 'the studio after a PDF');

  // A password-protected PDF: said so.
  await field.setInputFiles('tests/fixtures/notices/pdf/protected.pdf');
  await page.waitForFunction(() => /suojattu salasanalla/.test(document.querySelector('.seloste-drop [role=alert]')?.textContent ?? ''));

  // A text file dropped: read, imported, the error gone.
  await drop(page, '.seloste-drop', 'seloste.txt', 'text/plain', readFileSync('tests/fixtures/seeds/001_8ddcae1d438f71c2.txt'));
  await page.waitForFunction(() => !document.querySelector('.seloste-drop [role=alert]'));
  assert.equal(await field.getAttribute('aria-invalid'), null);
  await page.close();
});
