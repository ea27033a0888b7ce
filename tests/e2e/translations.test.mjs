// Notices in the reader's language (issue 24, part 4): an element shows the translation
// its `lang` names when the notice has one (public/notices/translations/), follows a change
// of `lang` to another version, and otherwise says, in the reader's language, that the
// notice is only in its original language. The same on the demo site's notice pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, useSite } from './harness.mjs';
import { STRICT_CSP, hostPage, axeCheck, assertClean } from './embedded.mjs';

const env = useSite({ 'content-security-policy': STRICT_CSP });
const notice = (file) => JSON.parse(readFileSync(`public/notices/${file}`, 'utf8'));
const MUONIO = {
  fi: notice('muonio-verkkoneuvonta.json'),
  sv: notice('translations/muonio-verkkoneuvonta.sv.json'),
  en: notice('translations/muonio-verkkoneuvonta.en.json'),
};
const ONLY_FINNISH = { sv: 'Den här beskrivningen finns bara på finska.', en: 'This notice is available only in Finnish.' };

/** The element's notice: its title, its language, and the "only in" line if shown. */
const shown = (page) => page.locator('seloste-notice#notice').evaluate((el) => {
  const article = el.shadowRoot.querySelector('article');
  const only = el.shadowRoot.querySelector('.seloste-only-in');
  return {
    title: article?.querySelector('h2')?.textContent,
    lang: article?.getAttribute('lang'),
    only: only && getComputedStyle(only).display !== 'none' ? only.textContent : null,
  };
});

const until = async (page, want) => {
  await page.waitForFunction((title) => document.querySelector('seloste-notice#notice')?.shadowRoot?.querySelector('article h2')?.textContent === title, want.title);
  return shown(page);
};

test('an element shows the translation its lang names, follows lang, and says when there is none', async () => {
  const page = await hostPage(env.browser, { viewport: { width: 360, height: 740 } });
  await page.goto(`${env.site.url}/examples/notice.html`);
  const element = page.locator('seloste-notice#notice');
  // The Pieksämäki notice has no translation: in Swedish, it says so, in Swedish.
  let now = await until(page, { title: notice('pieksamaki-lapsiperheet.json').title });
  assert.deepEqual(now.only, null, 'in Finnish, nothing is said');
  await element.evaluate((el) => el.setAttribute('lang', 'sv'));
  await page.waitForFunction(() => document.querySelector('seloste-notice#notice').shadowRoot.querySelector('.seloste-only-in')?.textContent);
  now = await shown(page);
  assert.deepEqual([now.lang, now.only], ['fi', ONLY_FINNISH.sv]);
  assert.equal(await page.locator('seloste-notice#notice .seloste-only-in').getAttribute('lang'), 'sv');
  await axeCheck(page, 'a Finnish-only notice read in Swedish');
  await element.evaluate((el) => el.setAttribute('lang', 'en'));
  await page.waitForFunction((t) => document.querySelector('seloste-notice#notice').shadowRoot.querySelector('.seloste-only-in')?.textContent === t, ONLY_FINNISH.en);

  // Muonio's has both: the element shows each, and back to the original.
  await element.evaluate((el) => { el.setAttribute('lang', 'sv'); el.setAttribute('src', '../notices/muonio-verkkoneuvonta.json'); });
  now = await until(page, MUONIO.sv);
  assert.deepEqual(now, { title: MUONIO.sv.title, lang: 'sv', only: null });
  assert.ok((await element.evaluate((el) => el.shadowRoot.textContent)).includes(MUONIO.sv.sections[5].heading));
  await axeCheck(page, 'the Swedish translation');
  await element.evaluate((el) => el.setAttribute('lang', 'en'));
  assert.deepEqual(await until(page, MUONIO.en), { title: MUONIO.en.title, lang: 'en', only: null });
  await element.evaluate((el) => el.setAttribute('lang', 'fi'));
  assert.deepEqual(await until(page, MUONIO.fi), { title: MUONIO.fi.title, lang: 'fi', only: null });
  await assertClean(page, 'translations');
});

test('the notice pages show a translation in the chosen language', async () => {
  // The demo site as it is served (its pages are not the strict-CSP host pages above).
  const site = await serve(process.env.SELOSTE_DIST || 'dist');
  const page = await hostPage(env.browser, { viewport: { width: 360, height: 740 } });
  await page.goto(`${site.url}/?lang=sv#/notices/muonio-verkkoneuvonta`);
  await page.locator('h1', { hasText: MUONIO.sv.title }).waitFor();
  assert.equal(await page.locator('article.seloste-notice').getAttribute('lang'), 'sv');
  await page.getByRole('button', { name: 'English' }).or(page.getByRole('link', { name: 'English' })).first().click();
  await page.locator('h1', { hasText: MUONIO.en.title }).waitFor();
  // A notice with none: "only in Finnish", in English.
  await page.goto(`${site.url}/?lang=en#/notices/pieksamaki-lapsiperheet`);
  await page.getByText(ONLY_FINNISH.en).waitFor();
  await axeCheck(page, 'a Finnish-only notice page in English');
  await page.context().close();
  await site.close();
});
