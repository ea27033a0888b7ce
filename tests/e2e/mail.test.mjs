// The mail path (adapter `mailto`, issue 18's honest words): the confirmation says that
// ordinary e-mail is not encrypted before its mail button, links the registry office's
// secure channel when the notice names one (`requests.secure_channel`), and the mailto:
// link never carries the personal identity code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, assertNoAxeViolations } from './harness.mjs';
import { formPage, ANSWERS, NOTICE } from './citizen.mjs';

const env = useSite();
const WORDS = {
  fi: { last: 'Vastaus ja allekirjoitus', next: 'Jatka', check: 'Tarkista vastauksesi', make: 'Tee pyyntö', done: 'Pyyntösi on valmis', warning: /^Tavallinen sähköposti ei ole salattu/, mail: 'Lähetä sähköpostilla' },
  sv: { last: 'Svar och underskrift', next: 'Fortsätt', check: 'Kontrollera dina svar', make: 'Gör begäran', done: 'Din begäran är klar', warning: /^Vanlig e-post är inte krypterad/, mail: 'Skicka med e-post' },
};

for (const [lang, channel] of [['fi', 'https://turvaposti.example.fi/kirjaamo'], ['sv', null]]) {
  test(`${lang}: the mail path warns that e-mail is not encrypted${channel ? ' and links the secure channel' : ''}`, async () => {
    const context = await env.browser.newContext({ locale: lang === 'fi' ? 'fi-FI' : 'sv-FI' });
    const page = await formPage(context, {
      adapter: 'mailto',
      editNotice: (notice) => {
        notice.requests.mailto = 'kirjaamo@example.fi';
        if (channel) notice.requests.secure_channel = channel;
      },
    });
    const w = WORDS[lang];
    // The draft holds every answer: its last step, then check your answers.
    await page.goto(`${env.site.url}/request/?lang=${lang}#/notices/${NOTICE}/requests/access`);
    await page.locator('h1', { hasText: w.last }).waitFor();
    await page.getByRole('button', { name: w.next }).click();
    await page.locator('h1', { hasText: w.check }).waitFor();
    await page.getByRole('button', { name: w.make, exact: true }).click();
    await page.locator('h1', { hasText: w.done }).waitFor();
    const warning = await page.locator('.seloste-mail-warning').innerText();
    assert.match(warning, w.warning);
    const link = page.locator('a.seloste-secure-channel');
    if (channel) assert.equal(await link.getAttribute('href'), channel);
    else assert.equal(await link.count(), 0);
    const href = await page.getByRole('link', { name: w.mail }).getAttribute('href');
    assert.ok(href.startsWith('mailto:kirjaamo@example.fi?'), href);
    assert.ok(!decodeURIComponent(href).includes(ANSWERS.identity_code), 'the code never goes into a mailto: URL');
    await assertNoAxeViolations(page, `mail path ${lang}`);
    await context.close();
  });
}
