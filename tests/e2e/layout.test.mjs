// Phones and zoom: every step of a form reflows at 320 px and at 200% zoom without
// sideways scrolling, every touch target is at least 44 px tall, and the questions carry
// the right autocomplete tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, layoutProblems } from './harness.mjs';
import { openRequest, walkSteps, WORDS } from './flow.mjs';

const env = useSite();

const ANSWERS = {
  acting_for: 'guardian_of_minor', subject_name: 'Aino Meikäläinen', subject_identity_code: '010515A123H',
  access_scope: 'specified', access_data: 'Päätökset', delivery: 'printout_by_post',
  name: 'Maija Meikäläinen', identity_code: '131052-308T', email: 'maija@example.fi',
  street_address: 'Keskuskatu 1', postal_code: '76100', city: 'Pieksämäki', place: 'Pieksämäki', signature_method: 'typed', signature_name: 'Maija Meikäläinen',
};


for (const [label, viewport, scale] of [['320 px phone', { width: 320, height: 640 }, 1], ['200% zoom of a 1280 px window', { width: 640, height: 400 }, 2]]) {
  test(`the access form at ${label}: no sideways scrolling, 44 px targets`, async () => {
    const context = await env.browser.newContext({ viewport, deviceScaleFactor: scale, locale: 'fi-FI', hasTouch: scale === 1 });
    const page = await context.newPage();
    await openRequest(page, env.site.url, 'pieksamaki-lapsiperheet', 'access');
    const seen = [];
    await walkSteps(page, ANSWERS, {
      axe: false,
      checkTitle: WORDS.fi.check,
      onStep: async (heading) => {
        seen.push(heading);
        assert.deepEqual(await layoutProblems(page), [], heading);
      },
    });
    assert.deepEqual(await layoutProblems(page), [], 'check your answers');
    assert.equal(seen.length, 7, seen.join(' / '));
    await context.close();
  });
}

test('questions carry the autocomplete tokens of HTML', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fi-FI' });
  const page = await context.newPage();
  await openRequest(page, env.site.url, 'pieksamaki-lapsiperheet', 'access');
  const tokens = {};
  await walkSteps(page, ANSWERS, {
    axe: false,
    checkTitle: WORDS.fi.check,
    onStep: async () => Object.assign(tokens, await page.evaluate(() => Object.fromEntries(
      [...document.querySelectorAll('.seloste-request form [name]')].filter((e) => e.type !== 'radio').map((e) => [e.name, e.getAttribute('autocomplete')]),
    ))),
  });
  assert.deepEqual(tokens, {
    subject_name: 'off', subject_identity_code: 'off', services: 'off',
    name: 'name', identity_code: 'off',
    email: 'email', phone: 'tel', country: 'country-name', street_address: 'street-address', postal_code: 'postal-code', city: 'address-level2',
    place: 'address-level2', date: 'off',
  });
  await context.close();
});
