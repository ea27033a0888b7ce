// The three identity paths of a request form on a phone: a Finnish code, a neighbour's
// number, and no code at all (date of birth plus another identifier).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, phonePage, assertNoAxeViolations } from './harness.mjs';

const env = useSite();

/** Opens the access form in English and goes to its "About you" step. */
async function openAccessForm(page) {
  await page.goto(env.site.url + '/#/notices/pieksamaki-lapsiperheet');
  await page.getByRole('button', { name: 'Request to access your data' }).click();
  await page.locator('h1', { hasText: 'Whose data' }).waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('h1', { hasText: 'Which data' }).waitFor();
  await page.getByLabel('all the data held about me').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('h1', { hasText: 'How do you want to receive' }).waitFor();
  await page.getByLabel('to view at the office').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('h1', { hasText: 'About you' }).waitFor();
}

/** From "About you", through contact details and the answer step to check answers. */
async function toCheckAnswers(page, email) {
  await page.locator('h1', { hasText: 'Your contact details' }).waitFor();
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('h1', { hasText: 'Answer and signature' }).waitFor();
  await page.getByLabel('Place').fill('Jyväskylä');
  await page.getByLabel('I sign the printed request with a pen').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('h1', { hasText: 'Check your answers' }).waitFor();
}

test('a person without a code gives date of birth and a passport number', async () => {
  const page = await phonePage(env.browser, { locale: 'en-GB' });
  await openAccessForm(page);
  await page.getByLabel('Full name').fill('Amina Hassan');
  await page.getByLabel('I do not have a personal identity code').check();
  assert.equal(await page.getByLabel('Personal identity code', { exact: true }).count(), 0, 'the code field is hidden');
  await page.getByRole('button', { name: 'Continue' }).click();
  const links = await page.locator('.seloste-error-summary a').allTextContents();
  assert.deepEqual(links, ['Enter your date of birth.', 'Select the type of identifier.', 'Enter the identifier number.']);
  await assertNoAxeViolations(page, 'no-code path with errors');

  await page.getByLabel('Date of birth').fill('31.2.1990');
  await page.getByLabel('Passport').check();
  await page.getByLabel('Identifier number').fill('P1234567');
  await page.getByLabel('Date of birth').press('Tab');
  await page.locator('.seloste-error-message', { hasText: 'That date does not exist' }).waitFor();
  await page.getByLabel('Date of birth').fill('27.3.1987');
  await page.getByRole('button', { name: 'Continue' }).click();
  await toCheckAnswers(page, 'amina@example.fi');
  const rows = await page.locator('.seloste-summary-row').allInnerTexts();
  const text = rows.join('\n');
  assert.match(text, /I do not have a personal identity code/);
  assert.match(text, /27\.3\.1987/);
  assert.match(text, /Passport/);
  assert.match(text, /P1234567/);
  await assertNoAxeViolations(page, 'no-code check answers');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a Swedish personnummer is checked with its own rules and masked', async () => {
  const page = await phonePage(env.browser, { locale: 'en-GB' });
  await openAccessForm(page);
  await page.getByLabel('Full name').fill('Sven Svensson');
  await page.getByLabel('Swedish, Norwegian, Danish or Estonian personal identity number').check();
  await page.getByLabel('Sweden').check();
  await page.getByLabel('Personal identity number', { exact: true }).fill('811218-9875');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('.seloste-error-summary a', { hasText: 'it should end in 6' }).waitFor();
  await assertNoAxeViolations(page, 'nordic path with errors');
  await page.locator('.seloste-error-summary a').first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'national_id');
  await page.getByLabel('Personal identity number', { exact: true }).fill('811218-9876');
  await page.getByRole('button', { name: 'Continue' }).click();
  await toCheckAnswers(page, 'sven@example.se');
  const text = await page.locator('.seloste-request').innerText();
  assert.match(text, /19811218-\*\*\*\*/);
  assert.doesNotMatch(text, /9876/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the code field: uppercase shown as typed, checked on blur not on keystrokes, no autocomplete', async () => {
  const page = await phonePage(env.browser, { locale: 'en-GB' });
  await openAccessForm(page);
  const code = page.getByLabel('Personal identity code', { exact: true });
  assert.equal(await code.getAttribute('autocomplete'), 'off');
  assert.equal(await code.evaluate((el) => getComputedStyle(el).textTransform), 'uppercase');
  await code.click();
  await page.keyboard.type('131052-30');
  assert.equal(await page.locator('.seloste-error-message').count(), 0, 'no error while typing');
  await page.keyboard.press('Tab');
  await page.locator('.seloste-error-message', { hasText: 'has 11 characters' }).waitFor();
  await code.click();
  await page.keyboard.press('End');
  await page.keyboard.type('8t');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => !document.querySelector('.seloste-error-message'));
  assert.equal(await code.getAttribute('aria-invalid'), null);
  await page.context().close();
});
