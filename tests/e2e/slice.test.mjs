// The first slice, end to end on a phone: read the notice, start an access request,
// get errors, fix them by keyboard alone, check the answers. axe-core in every state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, phonePage, assertNoAxeViolations, tabTo, focused } from './harness.mjs';

const env = useSite();

test('access request by keyboard only on a 360×740 phone, with zero axe violations', async () => {
  const page = await phonePage(env.browser);
  await page.goto(env.site.url + '/#/notices/pieksamaki-lapsiperheet');
  await page.locator('h1').first().waitFor();
  assert.match(await page.locator('h1').textContent(), /lapsiperheiden palvelujen asiakastietorekisteri/);
  assert.equal(await page.locator('.seloste-section > h2').count(), 11, 'every section of the notice under a real heading');
  await assertNoAxeViolations(page, 'notice');

  // Start the access request from the "your rights" block.
  await tabTo(page, 'the access request button', () => document.activeElement?.textContent?.trim() === 'Tarkastuspyyntö');
  await page.keyboard.press('Enter');
  await page.locator('h1', { hasText: 'Tarkastuspyyntö' }).waitFor();

  // Submit the empty form: the error summary takes focus and links to each field.
  await tabTo(page, 'the continue button', () => document.activeElement?.getAttribute('type') === 'submit');
  await page.keyboard.press('Enter');
  await page.locator('.seloste-error-summary').waitFor();
  await page.waitForFunction(() => document.activeElement?.classList.contains('seloste-error-summary'));
  const summaryLinks = await page.locator('.seloste-error-summary a').allTextContents();
  assert.deepEqual(summaryLinks, ['Kirjoita koko nimesi.', 'Anna henkilötunnuksesi.', 'Anna sähköpostiosoitteesi.']);
  for (const name of ['name', 'identity_code', 'email']) {
    const input = page.locator(`input[name=${name}]`);
    assert.equal(await input.getAttribute('aria-invalid'), 'true', name);
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    assert.ok(errorId, `${name} is described by its error`);
    assert.ok((await page.locator(`[id="${errorId}"]`).textContent()).length > 5);
  }
  await assertNoAxeViolations(page, 'form with errors');

  // Follow the first summary link to its field and fill the form by keyboard.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).name, 'name');
  await page.keyboard.type('Maija Meikäläinen');
  await page.keyboard.press('Tab');
  // The identity choice: the Finnish code is chosen already; Tab moves on to the code.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('value')), 'finnish_code');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).name, 'identity_code');
  await page.keyboard.type('131052-308u');
  await page.keyboard.press('Tab');
  // Leaving the field checks it: the wrong check character is explained.
  await page.locator('.seloste-error-message', { hasText: 'pitäisi olla T' }).waitFor();
  assert.equal((await focused(page)).name, 'email');
  await page.keyboard.type('maija@example.fi');
  await page.keyboard.press('Shift+Tab'); // focusing a field by Tab selects its text
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('T');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // submits the form from the email field

  // Check your answers, with the code masked and a change link for each answer.
  await page.locator('h1', { hasText: 'Tarkista vastauksesi' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  const rows = await page.locator('.seloste-summary-row').allInnerTexts();
  assert.equal(rows.length, 4);
  assert.match(rows[0], /Maija Meikäläinen/);
  assert.match(rows[1], /Suomalainen henkilötunnus/);
  assert.match(rows[2], /131052-\*\*\*\*/);
  assert.doesNotMatch(rows.join(' '), /308T/);
  assert.match(rows[3], /maija@example\.fi/);
  await assertNoAxeViolations(page, 'check your answers');

  // A change link goes back to its field with the answer kept.
  await tabTo(page, 'the change link of the email', () => /Muuta\s*sähköpostiosoite/i.test(document.activeElement?.textContent ?? ''));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'email');
  assert.equal(await page.locator('input[name=email]').inputValue(), 'maija@example.fi');
  assert.equal(await page.locator('input[name=identity_code]').inputValue(), '131052-308T');

  assert.deepEqual(page.problems, [], 'no errors in the console');
  assert.ok(!page.url().includes('131052'), 'the identity code never appears in the URL');
  await page.context().close();
});

test('the interface starts in the browser language', async () => {
  for (const [locale, rights] of [['sv-FI', 'Dina rättigheter'], ['en-GB', 'Your rights'], ['de-DE', 'Oikeutesi']]) {
    const page = await phonePage(env.browser, { locale });
    await page.goto(env.site.url + '/#/notices/pieksamaki-lapsiperheet');
    await page.locator('.seloste-rights h2', { hasText: rights }).waitFor();
    await page.context().close();
  }
});

test('the language switch changes every interface string', async () => {
  const page = await phonePage(env.browser);
  await page.goto(env.site.url + '/#/notices/pieksamaki-lapsiperheet');
  await page.locator('h1').first().waitFor();
  const expectations = [
    ['Svenska', 'sv', 'Dina rättigheter', 'Begäran om insyn', 'Fortsätt', 'Ange din personbeteckning.'],
    ['English', 'en', 'Your rights', 'Request to access your data', 'Continue', 'Enter your personal identity code.'],
    ['Suomi', 'fi', 'Oikeutesi', 'Tarkastuspyyntö', 'Jatka', 'Anna henkilötunnuksesi.'],
  ];
  for (const [button, code, rights, requestTitle, cont, codeMissing] of expectations) {
    await page.getByRole('button', { name: button, exact: true }).press('Enter');
    assert.equal(await page.getAttribute('html', 'lang'), code);
    await page.locator('.seloste-rights h2', { hasText: rights }).waitFor();
    // The notice keeps its own language whatever the interface language.
    assert.equal(await page.getAttribute('article.seloste-notice', 'lang'), 'fi');
    await page.getByRole('button', { name: requestTitle }).press('Enter');
    await page.getByRole('button', { name: cont }).press('Enter');
    await page.locator('.seloste-error-summary a', { hasText: codeMissing }).waitFor();
    await assertNoAxeViolations(page, `form with errors (${code})`);
    await page.locator('.seloste-back button').first().press('Enter');
    await page.locator('article.seloste-notice').waitFor();
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
