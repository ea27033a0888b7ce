// Every sample notice renders from its JSON on a 320 px phone with zero axe violations, and
// the importer page turns a pasted legacy notice into a structured one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useSite, phonePage, assertNoAxeViolations } from './harness.mjs';

const env = useSite();

const index = JSON.parse(readFileSync('public/notices/index.json', 'utf8'));

async function narrowPage() {
  const page = await phonePage(env.browser);
  await page.setViewportSize({ width: 320, height: 640 });
  return page;
}

async function assertNoHorizontalScroll(page, state) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${state}: the page scrolls sideways by ${overflow}px at 320px`);
}

test('the home page lists every sample notice', async () => {
  const page = await narrowPage();
  await page.goto(env.site.url + '/');
  await page.locator('.demo-notice-list a').first().waitFor();
  const titles = await page.locator('.demo-notice-list a').allTextContents();
  assert.deepEqual(titles, index.map((n) => n.title));
  await assertNoHorizontalScroll(page, 'notice list');
  await assertNoAxeViolations(page, 'notice list');
  await page.context().close();
});

for (const entry of index) {
  test(`notice ${entry.id} renders at 320px with zero axe violations`, async () => {
    const notice = JSON.parse(readFileSync(`public/notices/${entry.file}`, 'utf8'));
    const page = await narrowPage();
    await page.goto(env.site.url + '/');
    await page.locator('.demo-notice-list a', { hasText: entry.title }).click();
    await page.locator('article.seloste-notice h1').waitFor();
    assert.equal(await page.locator('article.seloste-notice h1').textContent(), notice.title);
    assert.equal(await page.getAttribute('article.seloste-notice', 'lang'), notice.lang);
    const headings = await page.locator('.seloste-section > h2').allTextContents();
    assert.equal(headings.length, notice.sections.length, 'every section under a real heading');
    assert.deepEqual([...headings].sort(), notice.sections.map((s) => s.heading).sort(), "the author's headings are shown");
    assert.equal(await page.locator('.seloste-toc li').count(), notice.sections.length, 'a contents entry per section');
    if (notice.requests?.handled_by) {
      assert.match(await page.locator('.seloste-handled-by').textContent(), new RegExp(notice.requests.handled_by.name));
    }
    await assertNoHorizontalScroll(page, entry.id);
    await assertNoAxeViolations(page, `notice ${entry.id}`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('the importer turns a pasted legacy notice into sections, findings and JSON', async () => {
  const page = await narrowPage();
  await page.goto(env.site.url + '/importer/');
  await page.locator('h1', { hasText: 'Selosteen tuonti' }).waitFor();
  // Importing nothing says what to do.
  await page.getByRole('button', { name: 'Tuo seloste' }).click();
  await page.locator('.seloste-error-message', { hasText: 'Liitä ensin' }).waitFor();
  assert.equal(await page.locator('textarea').getAttribute('aria-invalid'), 'true');
  await assertNoAxeViolations(page, 'importer with an error');

  const seed = readFileSync('tests/fixtures/seeds/003_86dace2d6b352670.txt', 'utf8');
  await page.locator('textarea').fill(seed);
  await page.getByRole('button', { name: 'Tuo seloste' }).click();
  await page.locator('.seloste-import-result').waitFor();
  const rows = page.locator('.seloste-studio-section');
  assert.equal(await rows.count(), 14);
  const row = async (n) => [await rows.nth(n).locator('input[type=text]').inputValue(), (await rows.nth(n).locator('select option:checked').textContent()).trim()];
  // Each section's kind by its name in the page's language, never its code.
  assert.deepEqual(await row(1), ['1. Rekisterinpitäjä', 'Rekisterinpitäjä']);
  assert.deepEqual(await row(13), ['13. Rekisterin arkistointi ja hävittäminen', 'Säilytysaika']);
  const kinds = await page.locator('.seloste-studio-section select option:checked').allTextContents();
  assert.ok(kinds.every((k) => !/[a-z]_[a-z]/.test(k)), kinds.join('\n'));
  const findings = () => page.locator('.seloste-findings li').allTextContents();
  assert.equal((await findings()).length, 7, (await findings()).join('\n'));
  // Seed 003 was written under the Personal Data Act: the act is flagged with what replaced it.
  assert.deepEqual(await page.locator('.seloste-repealed-laws li').allTextContents(), [
    'Seloste viittaa kumottuun lakiin: henkilötietolaki (523/1999). Sen tilalla on EU:n yleinen tietosuoja-asetus (2016/679) ja tietosuojalaki (1050/2018).',
  ]);
  assert.ok((await findings()).some((f) => /oikeusperustetta ei kerrota.*tietosuoja-asetuksen 13 artiklan 1 kohdan c alakohta/.test(f)), (await findings()).join('\n'));
  await assertNoAxeViolations(page, 'importer results');
  await assertNoHorizontalScroll(page, 'importer results');

  // The studio (issue 20): the notice's details, each checked when it is left; a refused
  // value stays in its field, marked, with the reason, and the notice keeps the last valid one.
  const businessId = page.locator('.seloste-studio-details').getByLabel('Y-tunnus');
  await businessId.fill('0208201-2');
  await businessId.press('Tab');
  await page.locator('.seloste-field--error', { hasText: 'Y-tunnuksen tarkistusnumero ei täsmää' }).waitFor();
  assert.equal(await businessId.getAttribute('aria-invalid'), 'true');
  await assertNoAxeViolations(page, 'the studio with a refused Business ID');
  await businessId.fill('0208201-1');
  await businessId.press('Tab');
  await page.waitForFunction(() => !document.querySelector('.seloste-studio-details .seloste-field--error'));
  await page.locator('.seloste-studio-details').getByLabel('Päivitetty').fill('2026-12-03');
  await page.locator('.seloste-studio-details').getByLabel('Päivitetty').press('Tab');
  await page.locator('.seloste-studio-details').getByLabel('Muutokset').fill('Oikeusperuste lisätty.');
  await page.locator('.seloste-studio-details').getByLabel('Muutokset').press('Tab');
  const details = JSON.parse(await page.locator('.seloste-json').textContent());
  assert.deepEqual([details.controller.business_id, details.updated, details.change_note], ['0208201-1', '2026-12-03', 'Oikeusperuste lisätty.']);
  // The preview (the static notice the element draws, in a frame) shows what changed.
  const preview = page.frameLocator('.seloste-preview-page');
  await preview.locator('seloste-notice .seloste-meta', { hasText: 'Oikeusperuste lisätty.' }).waitFor();
  assert.match(await preview.locator('seloste-notice .seloste-meta').textContent(), /Muutokset\s*Oikeusperuste lisätty\./);

  // The requests it takes, and their delivery checked as the component checks it.
  await page.getByLabel('Tarkastuspyyntö').check();
  await page.getByLabel('Korjauspyyntö').check();
  await page.getByLabel('Vastaanotto-osoite (https://)').fill('http://asiointi.example.fi/api');
  await page.getByLabel('Vastaanotto-osoite (https://)').press('Tab');
  await page.locator('.seloste-field--error', { hasText: 'Vastaanotto-osoitteen pitää alkaa https://.' }).waitFor();
  await page.getByLabel('Vastaanotto-osoite (https://)').fill('https://asiointi.example.fi/api');
  await page.getByLabel('Vastaanotto-osoite (https://)').press('Tab');
  await page.waitForFunction(() => !document.querySelector('.seloste-import-result fieldset.seloste-field--error'));
  const requests = JSON.parse(await page.locator('.seloste-json').textContent()).requests;
  assert.deepEqual([requests.kinds, requests.endpoint], [['access', 'rectification'], 'https://asiointi.example.fi/api']);
  await preview.locator('seloste-notice .seloste-request-list button', { hasText: 'Korjauspyyntö' }).waitFor();
  assert.deepEqual(await preview.locator('seloste-notice .seloste-request-list button').allTextContents(), ['Tarkastuspyyntö', 'Korjauspyyntö']);

  // A misfiled heading gets its topic, by the select.
  await rows.nth(13).locator('select').selectOption({ label: 'Vastaanottajat' });
  assert.deepEqual(await row(13), ['13. Rekisterin arkistointi ja hävittäminen', 'Vastaanottajat']);
  await rows.nth(13).locator('select').selectOption({ label: 'Säilytysaika' });
  // A heading retyped; an empty one is refused, said, and the heading kept.
  await rows.nth(2).locator('input[type=text]').fill('2. Yhteyshenkilö');
  await rows.nth(2).locator('input[type=text]').press('Tab');
  // An edit draws nothing again: Tab has taken the focus to the next field, and it stays.
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SELECT');
  assert.ok(await rows.nth(2).locator('select').evaluate((el) => el === document.activeElement));
  assert.match(await page.locator('.seloste-json').textContent(), /"heading": "2\. Yhteyshenkilö"/);
  await rows.nth(2).locator('input[type=text]').fill(' ');
  await rows.nth(2).locator('input[type=text]').press('Tab');
  await page.locator('.seloste-studio-sections [role=alert]', { hasText: 'Kirjoita osion otsikko.' }).waitFor();
  assert.equal(await rows.nth(2).locator('input[type=text]').inputValue(), '2. Yhteyshenkilö');
  // Moved down by keyboard: the focus stays on the moved section's button.
  const moved = await row(3);
  const down = rows.nth(3).getByRole('button', { name: `Siirrä alemmas: ${moved[0]}` });
  await down.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((heading) => document.activeElement?.getAttribute('aria-label') === `Siirrä alemmas: ${heading}`, moved[0]);
  assert.deepEqual(await row(4), moved);
  // The missing legal basis added from its finding: a marked draft, in reading order, the
  // focus on its heading. A draft tells nothing yet: the finding stays, and now goes to it.
  const legal = page.locator('.seloste-findings li', { hasText: 'oikeusperustetta ei kerrota' });
  await legal.getByRole('button', { name: 'Lisää osio: Käsittelyn oikeusperuste' }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT' && document.activeElement.value === 'Käsittelyn oikeusperuste');
  assert.equal(await rows.count(), 15);
  assert.equal((await findings()).length, 7, (await findings()).join('\n'));
  await page.locator('body').focus();
  await legal.getByRole('button', { name: 'Siirry luonnokseen: Käsittelyn oikeusperuste' }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT' && document.activeElement.value === 'Käsittelyn oikeusperuste');
  assert.equal(await rows.count(), 15, 'not added twice');
  // The draft written in its rich-text field: no longer a draft, so the finding goes.
  const draft = page.locator('.seloste-rich-text', { hasText: 'Luonnos: kirjoita tämä osio' });
  await draft.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Käsittely perustuu lakiin.');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.querySelectorAll('.seloste-findings li').length === 6);
  assert.ok(!(await findings()).some((f) => /oikeusperustetta ei kerrota/.test(f)), (await findings()).join('\n'));
  // What is pasted is cleaned before it goes in, and kept as the sanitiser leaves it.
  const field = rows.nth(5).locator('.seloste-rich-text');
  await field.click();
  await page.keyboard.press('Control+A');
  await field.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/html', '<p style="color:red" onclick="x()">Liitetty <b>teksti</b> <a href="javascript:alert(1)">linkki</a><script>alert(1)</script></p><img src=x onerror=alert(2)>');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.keyboard.press('Tab');
  const pasted = await field.innerHTML();
  assert.match(pasted, /Liitetty <(strong|b)>teksti<\/(strong|b)>/);
  for (const banned of ['script', 'onclick', 'style', 'javascript:', '<img', 'onerror']) assert.ok(!pasted.includes(banned), `${banned} in ${pasted}`);
  // Deleted: one section less.
  await rows.nth(0).getByRole('button', { name: /^Poista osio/ }).click();
  assert.equal(await rows.count(), 14);
  await assertNoAxeViolations(page, 'the studio after edits');
  await assertNoHorizontalScroll(page, 'the studio after edits');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lataa JSON' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'mawell-s7-sosiaalikallega-verkkoneuvonta-ohjaus-ja.json');
  const path = await download.path();
  const json = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(json.sections.length, 14);
  assert.equal(json.controller.name, 'Muonion kunnan sosiaalitoimisto');
  // The downloaded notice is the edited one.
  const legalBasis = json.sections.find((section) => section.kind === 'legal_basis');
  assert.ok(legalBasis && /Käsittely perustuu lakiin\./.test(legalBasis.body) && !/Luonnos/.test(legalBasis.body), JSON.stringify(legalBasis));
  assert.ok(json.sections.some((section) => /Liitetty <strong>teksti<\/strong>/.test(section.body) && !/script|onclick/.test(section.body)));
  assert.ok(json.sections.some((section) => section.heading === '2. Yhteyshenkilö'));
  // The preview renders the structured notice under the page's own heading, as edited.
  assert.equal(await preview.locator('seloste-notice h2').first().textContent(), json.title);
  assert.ok((await preview.locator('seloste-notice h3').allTextContents()).includes('Käsittelyn oikeusperuste'));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the studio opens a published notice, compares it with its earlier version, and starts blank', async () => {
  const page = await narrowPage();
  await page.goto(env.site.url + '/importer/');
  await page.locator('h1', { hasText: 'Selosteen tuonti' }).waitFor();
  // A file that is not a notice is said to be one, marked.
  await page.getByLabel('Avaa seloste (JSON-tiedosto)').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"id": "x"}') });
  await page.locator('.seloste-field--error', { hasText: 'Tiedosto ei ole seloste.' }).waitFor();
  assert.equal(await page.locator('.seloste-studio-section').count(), 0);
  // The published notice, opened as it is.
  const published = 'public/notices/muonio-verkkoneuvonta.json';
  await page.getByLabel('Avaa seloste (JSON-tiedosto)').setInputFiles(published);
  const rows = page.locator('.seloste-studio-section');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 14);
  assert.equal(await rows.nth(11).locator('input[type=text]').inputValue(), '11. Tarkastusoikeus');
  // Edited: a heading renamed, a word of a text changed, a section deleted.
  await rows.nth(11).locator('input[type=text]').fill('11. Oikeus saada pääsy tietoihin');
  await rows.nth(11).locator('input[type=text]').press('Tab');
  const transfers = rows.nth(9).locator('.seloste-rich-text');
  await transfers.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Rekisterissä olevia tietoja ei siirretä eteenpäin.');
  await page.keyboard.press('Tab');
  await rows.nth(3).getByRole('button', { name: /^Poista osio/ }).click();
  assert.equal(await rows.count(), 13);
  // Compared with the published version: only what changed, word by word.
  await page.getByLabel('Vertaa aiempaan versioon (JSON-tiedosto)').setInputFiles(published);
  const changes = page.locator('.seloste-changes > li');
  await changes.first().waitFor();
  const said = await changes.allInnerTexts();
  assert.equal(said.length, 3, said.join('\n---\n'));
  assert.match(said[0], /Poistettu osio:\s*3\. Rekisterin vastuhenkilö/);
  assert.deepEqual(await changes.nth(1).locator('del').allTextContents(), ['[poistettu: luovuteta]']);
  assert.deepEqual(await changes.nth(1).locator('ins').allTextContents(), ['[lisätty: siirretä]']);
  assert.ok((await changes.nth(2).locator('ins').allTextContents()).join(' ').includes('Oikeus saada pääsy tietoihin'));
  await assertNoAxeViolations(page, 'the studio comparing versions');
  await assertNoHorizontalScroll(page, 'the studio comparing versions');
  // A blank notice: every section Art. 13 asks for, each still to be written.
  await page.getByRole('button', { name: 'Aloita tyhjästä selosteesta' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.seloste-studio-section').length === 19);
  assert.equal(await rows.nth(2).locator('input[type=text]').inputValue(), 'Käsittelyn tarkoitus');
  assert.ok((await page.locator('.seloste-findings li').count()) >= 15, 'a blank notice says nothing yet');
  // Why the file was not a notice went to the console, for staff; nothing else did.
  assert.deepEqual(page.problems, ['console: seloste studio: x.json: member "lang" is missing']);
  await page.context().close();
});

test('nothing is lost in the studio: leaving asks first, and a notice is kept in the browser only when chosen', async () => {
  const page = await narrowPage();
  await page.goto(env.site.url + '/importer/');
  await page.getByLabel('Avaa seloste (JSON-tiedosto)').setInputFiles('public/notices/muonio-verkkoneuvonta.json');
  const rows = page.locator('.seloste-studio-section');
  await rows.first().waitFor();
  // Nothing changed yet: leaving asks nothing.
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.type()); d.dismiss(); });
  await rows.nth(11).locator('input[type=text]').fill('11. Oikeus saada pääsy tietoihin');
  await rows.nth(11).locator('input[type=text]').press('Tab');
  // Changed and not downloaded: the browser asks before the page is left (and stays).
  await page.close({ runBeforeUnload: true });
  await page.waitForFunction(() => true);
  assert.deepEqual(dialogs, ['beforeunload']);
  assert.ok(!page.isClosed());
  // Kept in this browser when chosen, as it changes.
  await page.getByLabel('Säilytä keskeneräinen seloste tässä selaimessa').check();
  // Its Swedish translation, opened from the published file, is kept with it; a file of
  // another notice is refused, said.
  const translation = (p, heading) => p.locator('.seloste-translation', { has: p.locator('h3', { hasText: heading }) });
  await translation(page, 'Englanninkielinen käännös').getByLabel('Tai avaa aiempi käännös (JSON-tiedosto)')
    .setInputFiles('public/notices/translations/jyvaskyla-asiakastietojen-tietosuoja.en.json');
  await page.locator('.seloste-field--error', { hasText: 'Tiedosto on toisen selosteen käännös.' }).waitFor();
  await translation(page, 'Ruotsinkielinen käännös').getByLabel('Tai avaa aiempi käännös (JSON-tiedosto)')
    .setInputFiles('public/notices/translations/muonio-verkkoneuvonta.sv.json');
  await translation(page, 'Ruotsinkielinen käännös').locator('.seloste-studio-section').first().waitFor();
  await rows.nth(12).locator('input[type=text]').fill('12. Oikeus tietojen korjaamiseen');
  await rows.nth(12).locator('input[type=text]').press('Tab');
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('seloste-studio/notice')));
  assert.deepEqual([kept.sections[11].heading, kept.sections[12].heading], ['11. Oikeus saada pääsy tietoihin', '12. Oikeus tietojen korjaamiseen']);
  // Downloaded: nothing unsaved, so leaving asks nothing.
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa JSON' }).click()]);
  const again = await page.context().newPage();
  await page.close({ runBeforeUnload: true });
  await page.waitForEvent('close');
  assert.deepEqual(dialogs, ['beforeunload'], 'no second question');
  // Opened again: the kept notice is offered, continued, and can be removed.
  again.problems = [];
  again.on('pageerror', (e) => again.problems.push(e.message));
  await again.goto(env.site.url + '/importer/');
  const banner = again.getByRole('region', { name: 'Tähän selaimeen on säilytetty keskeneräinen seloste' });
  await banner.waitFor();
  assert.match(await banner.textContent(), /Tietosuojaseloste|REKISTERISELOSTE|Verkkoneuvonta|Mawell/i);
  await assertNoAxeViolations(again, 'the studio offering a kept notice');
  await banner.getByRole('button', { name: 'Jatka sen muokkaamista' }).click();
  const resumed = again.locator('.seloste-studio-section');
  await resumed.first().waitFor();
  assert.equal(await resumed.nth(12).locator('input[type=text]').inputValue(), '12. Oikeus tietojen korjaamiseen');
  const svRows = translation(again, 'Ruotsinkielinen käännös').locator('.seloste-studio-section');
  await svRows.first().waitFor();
  assert.equal(await svRows.first().locator('input[type=text]').inputValue(), 'REGISTERBESKRIVNING');
  assert.equal(await again.getByLabel('Säilytä keskeneräinen seloste tässä selaimessa').isChecked(), true);
  await again.getByLabel('Säilytä keskeneräinen seloste tässä selaimessa').uncheck();
  assert.deepEqual(await again.evaluate(() => [localStorage.getItem('seloste-studio/notice'), localStorage.getItem('seloste-studio/translations')]), [null, null], 'removed when chosen');
  assert.deepEqual(again.problems, []);
  await again.context().close();
});

test('browser back returns from a request form to its notice', async () => {
  const page = await phonePage(env.browser);
  await page.goto(env.site.url + '/#/notices/perhepalvelu-helmi');
  await page.locator('article.seloste-notice h1').waitFor();
  await page.getByRole('button', { name: 'Tarkastuspyyntö' }).click();
  await page.locator('form').waitFor();
  assert.match(page.url(), /\/request\/\?lang=fi#\/notices\/perhepalvelu-helmi\/requests\/access$/);
  await page.goBack();
  await page.locator('article.seloste-notice h1').waitFor();
  assert.match(page.url(), /#\/notices\/perhepalvelu-helmi$/);
  await page.context().close();
});

test('printing a notice leaves out navigation and the request buttons', async () => {
  const page = await phonePage(env.browser);
  await page.goto(env.site.url + '/#/notices/pieksamaki-lapsiperheet');
  await page.locator('article.seloste-notice h1').waitFor();
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.seloste-toc', '.seloste-rights', '.seloste-lang']) {
    assert.equal(await page.locator(selector).first().evaluate((el) => getComputedStyle(el).display), 'none', selector);
  }
  assert.notEqual(await page.locator('.seloste-section').first().evaluate((el) => getComputedStyle(el).display), 'none');
  await page.context().close();
});
