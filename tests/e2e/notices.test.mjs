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
  const rows = await page.locator('.seloste-table tbody tr').allInnerTexts();
  assert.equal(rows.length, 14);
  // Each section's kind by its name in the page's language, never its code.
  assert.match(rows[1], /1\. Rekisterinpitäjä\s+Rekisterinpitäjä$/);
  assert.match(rows[13], /13\. Rekisterin arkistointi ja hävittäminen\s+Säilytysaika$/);
  assert.ok(rows.every((r) => !/[a-z]_[a-z]/.test(r)), rows.join('\n'));
  const findings = await page.locator('.seloste-findings li').allTextContents();
  assert.equal(findings.length, 7, findings.join('\n'));
  assert.ok(findings.some((f) => /oikeusperustetta ei kerrota.*tietosuoja-asetuksen 13 artiklan 1 kohdan c alakohta/.test(f)), findings.join('\n'));
  await assertNoAxeViolations(page, 'importer results');
  await assertNoHorizontalScroll(page, 'importer results');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lataa JSON' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'mawell-s7-sosiaalikallega-verkkoneuvonta-ohjaus-ja.json');
  const path = await download.path();
  const json = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(json.sections.length, 14);
  assert.equal(json.controller.name, 'Muonion kunnan sosiaalitoimisto');
  // The preview renders the structured notice under the page's own heading.
  assert.equal(await page.locator('.seloste-preview h2').first().textContent(), json.title);
  assert.deepEqual(page.problems, []);
  await page.context().close();
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
