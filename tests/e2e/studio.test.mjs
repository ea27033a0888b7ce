// The notice studio's whole flow (issue 20), on the built site: seed 004's text imported,
// a misfiled heading fixed, a missing section added from the GDPR check, two sections
// translated into Swedish, the endpoint set, the Swedish preview at 360 px, published (each
// file checked by ajv against notice.schema.json here too, apart from the studio's own
// check), the embed code pasted into a host page that loads the published files in
// `<seloste-notice lang="sv">`; then the published notice opened again, edited, and
// compared with its published version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { useSite, phonePage, assertNoAxeViolations } from './harness.mjs';

const env = useSite();
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validNotice = ajv.compile(JSON.parse(readFileSync('public/schemas/notice.schema.json', 'utf8')));
const ID = 'perusturvan-lapsiperheiden-palvelujen-asiakastietorekisteri';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations inside the frame of the page that holds `selector`'s element. */
async function axeInFrame(page, selector) {
  const frame = await (await page.locator(selector).elementHandle()).contentFrame();
  await frame.evaluate(axeSource);
  const result = await frame.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** The files a download gave, by name. */
async function downloaded(downloads) {
  const files = {};
  for (const d of downloads) files[d.suggestedFilename()] = readFileSync(await d.path(), 'utf8');
  return files;
}

test('the studio: import, fix, translate, preview, publish, embed, edit and compare', async () => {
  const page = await phonePage(env.browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(env.site.url + '/importer/');
  await page.locator('textarea').fill(readFileSync('tests/fixtures/seeds/004_a2ed2d5202af4549.txt', 'utf8'));
  await page.getByRole('button', { name: 'Tuo seloste' }).click();
  const rows = page.locator('.seloste-studio-sections .seloste-studio-section');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 12);

  // The second "REKISTERÖIDYN OIKEUDET" is about correcting data: filed under it, renamed.
  const misfiled = rows.nth(11);
  assert.match(await misfiled.locator('.seloste-rich-text').textContent(), /^Rekisterinpitäjän on ilman aiheetonta viivytystä/);
  await misfiled.locator('select').selectOption({ label: 'Oikeus tietojen korjaamiseen' });
  await misfiled.locator('input[type=text]').fill('Oikeus tietojen korjaamiseen');
  await misfiled.locator('input[type=text]').press('Tab');

  // The endpoint, and the requests the register takes.
  await page.getByLabel('Tarkastuspyyntö').check();
  await page.getByLabel('Vastaanotto-osoite (https://)').fill('https://asiointi.pieksamaki.example/api/pyynnot');
  await page.getByLabel('Vastaanotto-osoite (https://)').press('Tab');
  // The city's registry office handles them, and requesters identify with Suomi.fi.
  const office = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Pyynnöt käsittelee toinen rekisterinpitäjä' }) });
  await office.getByLabel('Nimi').fill('Pieksämäen kaupungin kirjaamo');
  await office.getByLabel('Sähköpostiosoite').fill('kirjaamo@pieksamaki.example');
  await office.getByLabel('Sähköpostiosoite').press('Tab');
  await page.getByLabel(/^Vahva sähköinen tunnistaminen/).check();

  // Swedish, side by side: two sections translated, the rest listed as still to do.
  const sv = page.locator('.seloste-translation', { has: page.locator('h3', { hasText: 'Ruotsinkielinen käännös' }) });
  await sv.getByRole('button', { name: 'Aloita käännös: Ruotsinkielinen käännös' }).click();
  const svRows = sv.locator('.seloste-studio-section');
  await svRows.first().waitFor();
  assert.equal(await svRows.count(), 12, 'the translation has the notice\'s sections');
  assert.equal(await svRows.nth(1).locator('input[type=text]').inputValue(), 'Registrets namn', 'headings start as the kinds\' names');
  const gaps = async () => Number((await sv.locator('p', { hasText: 'Vielä kääntämättä' }).textContent()).match(/\d+/)[0]);
  const before = await gaps();
  const translate = async (row, heading, text) => {
    await svRows.nth(row).locator('input[type=text]').fill(heading);
    await svRows.nth(row).locator('input[type=text]').press('Tab');
    await svRows.nth(row).locator('.seloste-rich-text').click();
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
  };
  await translate(1, 'Registrets namn', 'Klientregistret för barnfamiljetjänster inom grundtryggheten');
  await translate(5, 'Registrets ändamål och grund', 'Uppgifterna används för att planera och ordna tjänster för barnfamiljer.');
  await sv.getByLabel('Rekisterin nimi').fill('Klientregistret för barnfamiljetjänster');
  await sv.getByLabel('Rekisterin nimi').press('Tab');
  assert.equal(await gaps(), before - 3, 'two texts and the register name translated');
  // The untranslated texts link to their fields.
  const link = sv.locator('.seloste-untranslated a', { hasText: 'Teksti: REKISTERIN TIETOSISÄLTÖ' });
  assert.equal(await page.locator(await link.getAttribute('href')).count(), 1);
  await assertNoAxeViolations(page, 'the studio translating');

  // The missing right to erasure, added from its finding: a draft in Finnish in the
  // notice, and in Swedish in its translation, at the same place.
  await page.getByRole('button', { name: 'Lisää osio: Oikeus tietojen poistamiseen' }).click();
  await page.waitForFunction(() => document.activeElement?.value === 'Oikeus tietojen poistamiseen');
  assert.equal(await rows.count(), 13);
  assert.equal(await svRows.count(), 13);
  const added = (await rows.locator('input[type=text]').evaluateAll((inputs) => inputs.map((i) => i.value))).indexOf('Oikeus tietojen poistamiseen');
  assert.equal(await svRows.nth(added).locator('input[type=text]').inputValue(), 'Rätt till radering');
  assert.match(await svRows.nth(added).locator('.seloste-rich-text').textContent(), /^Utkast: skriv detta avsnitt/);

  // The preview in Swedish at 360 px, drawn as the element draws it.
  await page.getByLabel('Esikatselun kieli').selectOption('sv');
  await page.getByLabel('Leveys', { exact: true }).selectOption('360');
  const frame = page.frameLocator('.seloste-preview-page');
  await frame.locator('seloste-notice article h3', { hasText: 'Registrets ändamål och grund' }).waitFor();
  assert.equal(await frame.locator('html').getAttribute('lang'), 'sv');
  assert.equal(await page.locator('.seloste-preview-page').evaluate((f) => f.getBoundingClientRect().width), 360);
  const overflow = await frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
  assert.equal(overflow, 0, 'nothing wider than 360 px');
  assert.deepEqual(await frame.locator('seloste-notice .seloste-request-list button').allTextContents(), ['Begäran om tillgång']);
  assert.equal(await frame.locator('seloste-notice article').getAttribute('lang'), 'sv');
  // The preview's page (its frame runs no script, so axe-core runs on a copy of it).
  const copy = await page.context().newPage();
  await copy.setViewportSize({ width: 360, height: 740 });
  await copy.setContent(await page.locator('.seloste-preview-page').getAttribute('srcdoc'), { waitUntil: 'load' });
  await assertNoAxeViolations(copy, 'the notice\'s preview in Swedish at 360 px');
  await copy.close();
  // The request form a click away: the real element, in Swedish, making only a PDF.
  await page.locator('.seloste-studio-actions').getByRole('button', { name: 'Tarkastuspyyntö' }).click();
  const form = page.frameLocator('.seloste-preview-form');
  await form.locator('seloste-request .seloste-caption', { hasText: 'Begäran om tillgång' }).waitFor();
  assert.equal(await form.locator('seloste-request .seloste-request').getAttribute('lang'), 'sv');
  assert.equal(await form.locator('seloste-request').getAttribute('adapter'), 'pdf');
  assert.equal(await page.locator('.seloste-preview-form').evaluate((f) => f.getBoundingClientRect().width), 360);
  assert.deepEqual(await axeInFrame(page, '.seloste-preview-form'), [], 'axe-core in the form\'s preview');
  // (Drawn afresh, without axe-core in it: the page's own checks see the frame as a page.)
  await page.locator('.seloste-studio-actions').getByRole('button', { name: 'Tarkastuspyyntö' }).click();
  await form.locator('seloste-request .seloste-caption', { hasText: 'Begäran om tillgång' }).waitFor();

  // Published: the address refused until it is one, then the files, checked and downloaded.
  const address = page.getByLabel('Selosteen osoite sivustollanne');
  await address.fill('tietosuoja/seloste.json');
  await address.press('Tab');
  await page.locator('.seloste-field--error', { hasText: 'Osoitteen pitää alkaa merkillä / tai https://.' }).waitFor();
  await address.fill(`/kunta/tietosuoja/${ID}.json`);
  await address.press('Tab');
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: 'Tarkista ja lataa tiedostot' }).click();
  await page.locator('[role=status]', { hasText: 'Tiedostot tarkistettiin' }).waitFor();
  for (let waited = 0; downloads.length < 2 && waited < 10000; waited += 50) await new Promise((ok) => setTimeout(ok, 50));
  const files = await downloaded(downloads);
  assert.deepEqual(Object.keys(files).sort(), [`${ID}.json`, `${ID}.sv.json`]);
  for (const [name, text] of Object.entries(files)) assert.ok(validNotice(JSON.parse(text)), `${name}: ${JSON.stringify(validNotice.errors)}`);
  const fi = JSON.parse(files[`${ID}.json`]);
  const svFile = JSON.parse(files[`${ID}.sv.json`]);
  assert.deepEqual(fi.translations, { sv: `translations/${ID}.sv.json` });
  assert.deepEqual(svFile.translations, { fi: `../${ID}.json` });
  assert.equal(fi.requests.endpoint, 'https://asiointi.pieksamaki.example/api/pyynnot');
  assert.deepEqual(svFile.requests, fi.requests);
  assert.deepEqual(fi.requests.handled_by, { name: 'Pieksämäen kaupungin kirjaamo', email: 'kirjaamo@pieksamaki.example' });
  assert.equal(fi.requests.identification, 'strong_electronic');
  assert.deepEqual(svFile.sections.map((s) => s.kind), fi.sections.map((s) => s.kind));
  assert.equal(fi.sections[11].kind, 'rectification');
  assert.ok(fi.sections.some((s) => s.kind === 'erasure' && /Luonnos/.test(s.body)));
  // Where each goes, and the embed code with the release's hash of seloste.js.
  assert.deepEqual(await page.locator('.seloste-uploads tbody tr').allInnerTexts(), [
    `${ID}.json\t/kunta/tietosuoja/${ID}.json`,
    `${ID}.sv.json\t/kunta/tietosuoja/translations/${ID}.sv.json`,
  ]);
  const sri = JSON.parse(readFileSync(`${process.env.SELOSTE_DIST || 'dist'}/sri.json`, 'utf8'));
  // Each code is named by its page and kind, for screen readers too.
  const code = await page.getByLabel('Ruotsinkielinen sivu: lyhyt koodi', { exact: true }).textContent();
  assert.ok(code.includes(`integrity="${sri['seloste.js']}"`), code);
  assert.ok(code.includes(`src="${env.site.url}/seloste.js"`), code);
  assert.ok(code.includes(`<seloste-notice src="/kunta/tietosuoja/${ID}.json" lang="sv">`), code);
  await assertNoAxeViolations(page, 'the studio published');

  // The embed code pasted into a page in Swedish on the municipality's site: the published
  // files, as uploaded, in the element.
  const site = {
    '/kunta/sivu.html': ['text/html', `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Dataskydd</title></head><body><main>${code}</main></body></html>`],
    [`/kunta/tietosuoja/${ID}.json`]: ['application/json', files[`${ID}.json`]],
    [`/kunta/tietosuoja/translations/${ID}.sv.json`]: ['application/json', files[`${ID}.sv.json`]],
  };
  const host = await phonePage(env.browser, { locale: 'sv-FI' });
  await host.route(`${env.site.url}/kunta/**`, (route) => {
    const [type, body] = site[new URL(route.request().url()).pathname] ?? ['text/plain', null];
    return body === null ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ contentType: type, body });
  });
  await host.goto(`${env.site.url}/kunta/sivu.html`);
  const shown = host.locator('seloste-notice article[lang=sv]');
  await shown.locator('h3', { hasText: 'Registrets ändamål och grund' }).waitFor();
  assert.match(await shown.textContent(), /Uppgifterna används för att planera och ordna tjänster för barnfamiljer\./);
  assert.match(await shown.locator('.seloste-meta').textContent(), /Klientregistret för barnfamiljetjänster/);
  assert.deepEqual(host.problems, []);
  await host.context().close();

  // The code with the notice in it (issue 19), for the page in Swedish: with scripting
  // off, the pasted declarative shadow root is the notice, in Swedish, styled by the
  // release's stylesheet (fetched under its hash); with scripting on, the element takes
  // it over from the published files.
  const withNotice = await page.getByLabel('Ruotsinkielinen sivu: tietosuojaseloste valmiina', { exact: true }).textContent();
  assert.ok(withNotice.includes(`integrity="${sri['seloste.js']}"`), withNotice);
  assert.ok(withNotice.includes(`<seloste-notice src="/kunta/tietosuoja/${ID}.json" lang="sv"><template shadowrootmode="open">`), withNotice);
  const sheet = Object.keys(sri).find((k) => k.startsWith('embed/') && k.endsWith('/seloste.css'));
  assert.ok(withNotice.includes(`href="${env.site.url}/${sheet}" integrity="${sri[sheet]}"`), withNotice);
  site['/kunta/sivu.html'][1] = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Dataskydd</title></head><body><main>${withNotice}</main></body></html>`;
  const serve = (route) => {
    const [type, body] = site[new URL(route.request().url()).pathname] ?? ['text/plain', null];
    return body === null ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ contentType: type, body });
  };
  const still = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const bare = await still.newPage();
  await bare.route(`${env.site.url}/kunta/**`, serve);
  await bare.goto(`${env.site.url}/kunta/sivu.html`);
  const pasted = bare.locator('seloste-notice article[lang=sv]');
  await pasted.locator('h3', { hasText: 'Registrets ändamål och grund' }).waitFor();
  assert.match(await pasted.textContent(), /Uppgifterna används för att planera och ordna tjänster för barnfamiljer\./);
  // The stylesheet applies only when it is the file its hash names.
  const sheetRules = () => pasted.evaluate((article) => article.getRootNode().querySelector('link[rel=stylesheet]').sheet?.cssRules.length ?? 0);
  for (let tries = 0; (await sheetRules()) === 0; tries += 1) {
    assert.ok(tries < 50, 'the release\'s stylesheet never applied');
    await new Promise((done) => setTimeout(done, 100));
  }
  await still.close();
  const taken = await phonePage(env.browser, { locale: 'sv-FI' });
  await taken.route(`${env.site.url}/kunta/**`, serve);
  const loaded = taken.waitForResponse(`**/kunta/tietosuoja/translations/${ID}.sv.json`);
  await taken.goto(`${env.site.url}/kunta/sivu.html`);
  await loaded;
  await taken.locator('seloste-notice article[lang=sv] h3', { hasText: 'Registrets ändamål och grund' }).waitFor();
  assert.equal(await taken.locator('seloste-notice article').count(), 1);
  assert.deepEqual(taken.problems, []);
  await taken.context().close();

  // Later: the published notice opened again, a word changed, compared with the published one.
  await page.getByLabel('Avaa seloste (JSON-tiedosto)').setInputFiles({ name: `${ID}.json`, mimeType: 'application/json', buffer: Buffer.from(files[`${ID}.json`]) });
  await page.waitForFunction(() => document.querySelector('.seloste-studio-sections .seloste-studio-section input')?.value === 'Laatimispäivä');
  const purpose = rows.nth(5).locator('.seloste-rich-text');
  await purpose.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Nykyisin ');
  await page.keyboard.press('Tab');
  await page.getByLabel('Vertaa aiempaan versioon (JSON-tiedosto)').setInputFiles({ name: `${ID}.json`, mimeType: 'application/json', buffer: Buffer.from(files[`${ID}.json`]) });
  const changes = page.locator('.seloste-changes > li');
  await changes.first().waitFor();
  assert.equal(await changes.count(), 1, (await changes.allInnerTexts()).join('\n---\n'));
  assert.deepEqual((await changes.first().locator('ins').allTextContents()).map((t) => t.replace(/\s+\]$/, ']')), ['[lisätty: Nykyisin]']);
  await assertNoAxeViolations(page, 'the studio comparing the published version');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the studio opens a published notice by its address, splits, merges and drags sections, and their translations follow', async () => {
  const page = await phonePage(env.browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(env.site.url + '/importer/');
  // Only an address on this site, and one that can be fetched, is opened.
  const address = page.getByLabel('Avaa seloste tämän sivuston osoitteesta');
  await address.fill('https://example.com/notices/muonio-verkkoneuvonta.json');
  await page.getByRole('button', { name: 'Avaa', exact: true }).click();
  await page.locator('.seloste-field--error', { hasText: 'Osoitteen pitää olla tällä sivustolla.' }).waitFor();
  await address.fill('/notices/ei-ole.json');
  await page.getByRole('button', { name: 'Avaa', exact: true }).click();
  await page.locator('.seloste-field--error', { hasText: 'Tiedostoa ei saatu haettua. Tarkista osoite.' }).waitFor();
  // The published notice, with the translations it names.
  await address.fill('/notices/muonio-verkkoneuvonta.json');
  await page.getByRole('button', { name: 'Avaa', exact: true }).click();
  const rows = page.locator('.seloste-studio-sections .seloste-studio-section');
  await rows.first().waitFor();
  const sv = page.locator('.seloste-translation', { has: page.locator('h3', { hasText: 'Ruotsinkielinen käännös' }) });
  const en = page.locator('.seloste-translation', { has: page.locator('h3', { hasText: 'Englanninkielinen käännös' }) });
  const svRows = sv.locator('.seloste-studio-section');
  await svRows.first().waitFor();
  await en.locator('.seloste-studio-section').first().waitFor();
  assert.equal(await svRows.first().locator('input[type=text]').inputValue(), 'REGISTERBESKRIVNING');
  const headings = async (list) => list.locator('input[type=text]').evaluateAll((inputs) => inputs.map((i) => i.value));
  const fiStart = await headings(rows);
  const svStart = await headings(svRows);
  assert.equal(svStart.length, 14);

  // Dragged by its handle (the mouse, as a person drags) onto the row above: the
  // translation's section moves too.
  const handle = rows.nth(3).locator('.seloste-drag-handle');
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  await page.mouse.move(from.x + 10, from.y + 10);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y - 20, { steps: 5 });
  const onto = await rows.nth(2).boundingBox();
  await page.mouse.move(onto.x + 50, onto.y + onto.height - 30, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction((h) => document.querySelectorAll('.seloste-studio-sections .seloste-studio-section input[type=text]')[2]?.value === h, fiStart[3]);
  assert.deepEqual((await headings(rows)).slice(0, 4), [fiStart[0], fiStart[1], fiStart[3], fiStart[2]]);
  assert.deepEqual((await headings(svRows)).slice(0, 4), [svStart[0], svStart[1], svStart[3], svStart[2]]);

  // Split at the caret's paragraph: a new section after it, untranslated in Swedish.
  const content = rows.nth(6).locator('.seloste-rich-text');
  await content.locator('p').nth(2).click();
  await rows.nth(6).getByRole('button', { name: 'Jaa osio tämän kappaleen kohdalta' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.seloste-studio-sections .seloste-studio-section').length === 15);
  assert.equal(await page.evaluate(() => document.activeElement?.value), 'Muu');
  assert.equal(await svRows.count(), 15);
  assert.equal(await svRows.nth(7).locator('.seloste-rich-text').textContent(), '');
  // Each part holds its own blocks: the first four stay, the rest went to the new section.
  assert.equal(await rows.nth(6).locator('.seloste-rich-text > *').count(), 4);
  assert.equal(await rows.nth(7).locator('.seloste-rich-text > *').count(), 5);
  assert.ok((await sv.locator('.seloste-untranslated').textContent()).includes('Teksti: Muu'));

  // Merged back with the next: one section less in both.
  await rows.nth(6).getByRole('button', { name: /^Yhdistä seuraavaan osioon/ }).click();
  await page.waitForFunction(() => document.querySelectorAll('.seloste-studio-sections .seloste-studio-section').length === 14);
  assert.equal(await svRows.count(), 14);
  const blocks = await rows.nth(6).locator('.seloste-rich-text > *').evaluateAll((els) => els.map((el) => el.textContent));
  assert.equal(blocks.length, 10, 'the blocks back in one section, and the split one\'s heading');
  assert.equal(blocks[4], 'Muu');
  // A section added at the end, in both; the focus on its heading.
  await page.getByRole('button', { name: 'Lisää osio loppuun' }).click();
  await page.waitForFunction(() => document.activeElement?.value === 'Muu');
  assert.deepEqual([await rows.count(), await svRows.count()], [15, 15]);
  assert.equal(await svRows.nth(14).locator('input[type=text]').inputValue(), 'Övrigt');
  await rows.nth(14).getByRole('button', { name: /^Poista osio/ }).click();
  assert.deepEqual([await rows.count(), await svRows.count()], [14, 14]);

  // The heading that also covers another topic says so, by the topic's name.
  const purpose = rows.nth(5);
  await purpose.locator('summary', { hasText: 'Osio kertoo myös (0)' }).click();
  await purpose.getByLabel('Käsittelyn oikeusperuste').check();
  await purpose.locator('summary', { hasText: 'Osio kertoo myös (1)' }).waitFor();
  assert.equal(await purpose.getByLabel('Käsittelyn tarkoitus', { exact: true }).isDisabled(), true, 'its own kind');
  const json = JSON.parse(await page.locator('.seloste-json').textContent());
  assert.deepEqual(json.sections[5].also, ['legal_basis']);
  await assertNoAxeViolations(page, 'the studio after a split and a merge');
  // The missing file's reason went to the console, for staff; nothing else did.
  assert.ok(page.problems.some((p) => /^console: seloste studio: .*ei-ole\.json: Network/.test(p)), page.problems.join('\n'));
  assert.deepEqual(page.problems.filter((p) => !/ei-ole\.json|Failed to load resource: .* 404/.test(p)), []);
  await page.context().close();
});
