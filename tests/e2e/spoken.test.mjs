// What a screen reader says, and in what order (issue 24, part 5), with Guidepup's Virtual
// Screen Reader (tests/e2e/reader.mjs), a model we did not write, in Finnish and Swedish:
// the error summary after a refused step, an inline error after leaving a field, the new
// step's title after Continue, the confirmation and its reference, the outbox's news when
// a kept request is sent, moving through a notice by its headings, and a text area's
// character count (said once typing pauses, not at every key).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './harness.mjs';
import { startReceiver } from './receiver.mjs';
import { formPage, ANSWERS, NOTICE } from './citizen.mjs';
import { startReader, spokenSince, perform, readNext } from './reader.mjs';

const env = useSite();
let receiver;
before(async () => { receiver = await startReceiver(); });
after(() => receiver?.stop());

const WORDS = {
  fi: { limit: 'Voit kirjoittaa enintään 2 000 merkkiä.', left: 'Voit kirjoittaa vielä 1 980 merkkiä.', over: 'Vastauksessa on 1 merkki liikaa.', locale: 'fi-FI', fix: 'Korjaa seuraavat kohdat', wrong: 'Virhe:', label: 'Henkilötunnus', send: 'Tee pyyntö', check: 'Tarkista vastauksesi', queued: 'Pyyntöäsi ei ole vielä lähetetty', sent: 'Lähetetty vastaanottajalle:', kind: 'Tarkastuspyyntö', reference: 'Pyynnön tunnus', contents: 'Sisältö' },
  sv: { limit: 'Du kan skriva högst 2 000 tecken.', left: 'Du kan skriva 1 980 tecken till.', over: 'Svaret har 1 tecken för mycket.', locale: 'sv-FI', fix: 'Rätta följande', wrong: 'Fel:', label: 'Personbeteckning', send: 'Gör begäran', check: 'Kontrollera dina svar', queued: 'Din begäran har inte skickats ännu', sent: 'Skickad till mottagaren:', kind: 'Begäran om tillgång', reference: 'Begärans referens', contents: 'Innehåll' },
};

// (`\s` takes the no-break space between thousands too.)
const squeeze = (text) => text.replace(/\s+/g, ' ').trim();
const title = (page) => page.locator('h1').innerText();
const form = '.seloste-request form';

/** Answers what the current step asks of ANSWERS (`except` left out). */
async function answer(page, except = []) {
  for (const [id, value] of Object.entries(ANSWERS)) {
    if (except.includes(id)) continue;
    const radio = page.locator(`${form} input[type=radio][name$="-${id}"][value="${value}"]`);
    if (await radio.count()) await radio.check();
    const input = page.locator(`${form} [name="${id}"]`);
    if (await input.count()) await input.fill(value);
  }
}

/** Presses Continue on an answered step; returns what was said until the next step's
 * title took focus. */
async function next(page) {
  const old = await title(page);
  await page.locator(`${form} button[type=submit]`).click();
  await page.waitForFunction((old) => document.activeElement?.tagName === 'H1' && document.activeElement.innerText !== old, old);
  return spokenSince(page);
}

/** Waits until the reader has said something that `predicate` accepts; returns all said. */
async function until(page, predicate, what) {
  const said = [];
  for (let i = 0; i < 100; i++) {
    said.push(...(await spokenSince(page)));
    if (said.some(predicate)) return said;
    await page.waitForTimeout(100);
  }
  assert.fail(`never said ${what}; said ${JSON.stringify(said)}`);
}

for (const lang of ['fi', 'sv']) {
  const w = WORDS[lang];

  test(`${lang}: a request form as a screen reader says it, step by step, to the outbox's news`, async () => {
    const context = await env.browser.newContext({ locale: w.locale, viewport: { width: 360, height: 740 } });
    const page = await formPage(context, { endpoint: receiver.endpoint, withDraft: false });
    await page.goto(`${env.site.url}/request/?lang=${lang}#/notices/${NOTICE}/requests/access`);
    await page.locator('h1').waitFor();
    await startReader(page);
    await spokenSince(page);

    // Continue: the button, then the new step's title, and nothing after it.
    let said = await next(page);
    assert.deepEqual(said.slice(-1), [`heading, ${await title(page)}, level 1`], JSON.stringify(said));

    // To the step that asks for the identity code.
    for (let n = 0; n < 6 && !(await page.locator(`${form} [name=identity_code]`).count()); n++) {
      await answer(page);
      said = await next(page);
      assert.equal(said.at(-1), `heading, ${await title(page)}, level 1`);
    }
    // Refused: the summary takes focus and says its title and every error, in order.
    await page.locator(`${form} button[type=submit]`).click();
    await page.locator('.seloste-error-summary').waitFor();
    said = await until(page, (p) => p.startsWith('group,'), 'the error summary');
    const errors = (await page.locator('.seloste-error-summary li').allInnerTexts()).map(squeeze);
    assert.ok(errors.length >= 2, `${errors}`);
    assert.equal(said.at(-1), `group, ${w.fix}, ${errors.join(' ')}`);
    // Its link to the identity code: the field, its hint and its error.
    await page.locator('.seloste-error-summary a[href$="-identity_code"]').press('Enter');
    said = await until(page, (p) => p.startsWith('textbox,'), 'the field');
    const field = said.find((p) => p.startsWith('textbox,'));
    assert.ok(field.startsWith(`textbox, ${w.label},`) && field.includes(w.wrong) && field.endsWith('invalid, required'), field);

    // Left with a wrong check character: the error is said politely, before the next field.
    await page.locator(`${form} [name=identity_code]`).fill('131052-308X');
    await page.keyboard.press('Tab');
    said = await until(page, (p) => p.startsWith('polite:'), 'the inline error');
    const inline = squeeze(await page.locator(`#${await page.locator(`${form} [name=identity_code]`).getAttribute('id')}-error`).textContent());
    assert.equal(said[0], `polite: ${inline}`);
    assert.ok(inline.startsWith(w.wrong), inline);
    assert.ok(!said.some((p) => p.startsWith('assertive:') || p.startsWith('group,')), `nothing else interrupts: ${JSON.stringify(said)}`);

    // Answered, to check your answers and the request made while offline.
    await answer(page);
    for (let n = 0; n < 6 && !(await title(page)).includes(w.check); n++) {
      await answer(page);
      await next(page);
    }
    await context.setOffline(true);
    await page.getByRole('button', { name: w.send, exact: true }).click();
    said = await until(page, (p) => p === `heading, ${w.queued}, level 1`, 'the confirmation title');
    const reference = await page.locator('.seloste-reference').innerText();
    // Reading on from the title: the reference, with its label, before anything else.
    const read = [];
    for (let i = 0; i < 12 && !read.some((p) => p.includes(reference)); i++) read.push(await readNext(page));
    const at = read.findIndex((p) => p.includes(reference));
    assert.ok(at >= 0, `the reference is read: ${JSON.stringify(read)}`);
    assert.ok(read.slice(0, at).some((p) => p.includes(w.reference)), `its label comes first: ${JSON.stringify(read)}`);

    // Online again: the outbox sends it and says so, politely.
    await spokenSince(page);
    await context.setOffline(false);
    said = await until(page, (p) => p.startsWith('polite:') && p.includes(w.sent), "the outbox's news");
    await page.waitForTimeout(500);
    said.push(...(await spokenSince(page)));
    assert.deepEqual(said.filter((p) => p.includes(w.sent)), [`polite: ${w.sent} ${w.kind} ${reference}.`], 'said once');
    assert.equal((await receiver.stats()).stored >= 1, true);
    await context.close();
  });

  test(`${lang}: a notice, heading by heading`, async () => {
    const context = await env.browser.newContext({ locale: w.locale, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${env.site.url}/?lang=${lang}#/notices/${NOTICE}`);
    await page.locator('.seloste-section > h2').first().waitFor();
    const notice = await (await fetch(`${env.site.url}/notices/${NOTICE}.json`)).json();
    await startReader(page);
    const shown = await page.locator('.seloste-section > h2').allTextContents();
    const said = [];
    for (let i = 0; i < 1 + notice.sections.length; i++) said.push(await perform(page, 'moveToNextHeadingLevel2'));
    // The contents first, then every section under its author's heading, in page order.
    assert.deepEqual(said, [w.contents, ...shown].map((h) => `heading, ${h}, level 2`));
    assert.deepEqual([...shown].sort(), notice.sections.map((s) => s.heading).sort());
    await context.close();
  });

  test(`${lang}: a text area's character count, said when typing pauses`, async () => {
    const context = await env.browser.newContext({ locale: w.locale, viewport: { width: 360, height: 740 } });
    const page = await formPage(context, { endpoint: receiver.endpoint, withDraft: false });
    await page.goto(`${env.site.url}/request/?lang=${lang}#/notices/${NOTICE}/requests/rectification`);
    await page.locator('h1').waitFor();
    const area = page.locator(`${form} textarea[name=current_data]`);
    for (let n = 0; n < 4 && !(await area.count()); n++) {
      await answer(page);
      await page.locator(`${form} button[type=submit]`).click();
      await page.waitForTimeout(300);
    }
    const count = page.locator(`${form} .seloste-count`).first();
    await count.waitFor();
    await startReader(page);
    await spokenSince(page);

    // On the field: its label, then the limit, as its description.
    await area.focus();
    let said = await until(page, (p) => p.startsWith('textbox,'), 'the text area');
    const field = squeeze(said.find((p) => p.startsWith('textbox,')));
    assert.ok(field.includes(w.limit), field);
    assert.equal(squeeze(await count.innerText()), w.limit);

    // Typed key by key: the visible count follows every key; the reader is told once.
    await spokenSince(page);
    await area.pressSequentially('Vanhatie 1, Muonio 5', { delay: 40 });
    assert.equal(squeeze(await count.innerText()), w.left);
    said = await until(page, (p) => p.startsWith('polite:'), 'the count');
    await page.waitForTimeout(1500);
    said.push(...(await spokenSince(page)));
    assert.deepEqual(said.filter((p) => p.startsWith('polite:')).map(squeeze), [`polite: ${w.left}`], JSON.stringify(said));

    // One character over: the count says so, marked as an error, and so does the reader.
    await area.fill('x'.repeat(2001));
    assert.equal(squeeze(await count.innerText()), w.over);
    assert.match(await count.getAttribute('class'), /seloste-count--over/);
    said = await until(page, (p) => p.startsWith('polite:'), 'the count over the limit');
    assert.deepEqual(said.filter((p) => p.startsWith('polite:')).map(squeeze), [`polite: ${w.over}`]);
    // Continue refuses it with the same limit.
    await page.locator(`${form} button[type=submit]`).click();
    await page.locator('.seloste-error-summary').waitFor();
    assert.match(squeeze(await page.locator('.seloste-error-summary').innerText()), /2 000/);
    await context.close();
  });
}
