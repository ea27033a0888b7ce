// The request form's later chunk (components/src/web/split.rs): the form's questions show
// without it; it is fetched once the citizen moves past the first step; a chunk that cannot
// be fetched (the connection dropped) is said in plain words, the answers stay, and the
// form goes on when it can be fetched again — never a dead page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, phonePage, assertNoAxeViolations } from './harness.mjs';
import { openRequest, walkSteps, makeRequest, assertValidPayload, WORDS } from './flow.mjs';

const env = useSite();

const ANSWERS = {
  current_data: 'Osoite: Vanhatie 1', correct_data: 'Osoite: Uusitie 2', grounds: 'Muutin toukokuussa.', delivery: 'secure_electronic',
  name: 'Maija Meikäläinen', identity_code: '131052-308T', email: 'maija@example.fi', phone: '040 123 4567', place: 'Pieksämäki',
  signature_method: 'typed', signature_name: 'Maija Meikäläinen',
};
// The later chunk (the chunk `after`, "my requests", comes with the confirmation).
const CHUNK = /\/request\/split_finish\.wasm$/;

/** A phone page that records what it fetches and every page error (a panic in the wasm
 * is one: "unreachable"). */
async function recordingPage() {
  const page = await phonePage(env.browser);
  page.fetched = [];
  page.errors = [];
  page.on('request', (r) => page.fetched.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => page.errors.push(e.message));
  return page;
}

test('the first step shows without the later chunk; it comes after the first step', async () => {
  const page = await recordingPage();
  await openRequest(page, env.site.url, 'pieksamaki-lapsiperheet', 'rectification');
  await page.locator('.seloste-request form button[type=submit]').waitFor();
  assert.ok(!page.fetched.some((p) => CHUNK.test(p)), `no chunk before the first step is done: ${page.fetched.join(' ')}`);
  const first = await page.locator('h1').innerText();
  let chunkAfter = null;
  await walkSteps(page, ANSWERS, {
    checkTitle: WORDS.fi.check,
    axe: false,
    onStep: async (heading) => {
      if (heading !== first && chunkAfter === null) chunkAfter = page.fetched.some((p) => CHUNK.test(p));
    },
  });
  assert.equal(chunkAfter, true, 'the chunk is fetched once the first step is done');
  assert.equal(page.fetched.filter((p) => CHUNK.test(p)).length, 1, 'fetched once');
  const detail = await makeRequest(page, { send: WORDS.fi.send, doneTitle: WORDS.fi.done, axe: true });
  assert.equal(detail.status, 'made');
  assertValidPayload(detail.payload);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a chunk that cannot be fetched is said, the answers stay, and the form goes on later', async () => {
  const page = await recordingPage();
  let refused = 0;
  await page.route(CHUNK, (route) => {
    refused += 1;
    return route.abort('internetdisconnected');
  });
  await openRequest(page, env.site.url, 'pieksamaki-lapsiperheet', 'rectification');
  // Every step answered; the last one's "Continue" needs the chunk for "check your answers".
  const seen = [];
  for (let n = 0; n < 15; n++) {
    const heading = await page.locator('h1').innerText();
    seen.push(heading);
    for (const [id, value] of Object.entries(ANSWERS)) {
      const radio = page.locator(`.seloste-request form input[type=radio][name$="-${id}"][value="${value}"]`);
      if (await radio.count()) await radio.check();
      else if (await page.locator(`.seloste-request form [name="${id}"]`).count()) await page.locator(`.seloste-request form [name="${id}"]`).fill(value);
    }
    await page.locator('.seloste-request form button[type=submit]').click();
    const moved = await page
      .waitForFunction((old) => document.querySelector('h1')?.innerText !== old, heading, { timeout: 5000 })
      .then(() => true, () => false);
    if (!moved) break;
  }
  const said = page.locator('.seloste-status', { hasText: 'Lomakkeen seuraavaa osaa ei voitu ladata' });
  await said.waitFor();
  assert.ok(refused >= 1, 'the chunk was asked for');
  assert.doesNotMatch(await page.locator('h1').innerText(), WORDS.fi.check, 'still on the last step');
  await assertNoAxeViolations(page, 'the chunk could not be fetched');
  // The answers are still there.
  assert.equal(await page.locator('.seloste-request form [name="signature_name"]').inputValue(), ANSWERS.signature_name);
  // The connection returns: the same button goes on.
  await page.unroute(CHUNK);
  await page.locator('.seloste-request form button[type=submit]').click();
  await page.locator('h1', { hasText: WORDS.fi.check }).waitFor();
  const detail = await makeRequest(page, { send: WORDS.fi.send, doneTitle: WORDS.fi.done, axe: false });
  assert.equal(detail.payload.requester.name, ANSWERS.name);
  assert.deepEqual(page.errors, [], 'no page error: a failed chunk is not a panic');
  assert.ok(seen.length >= 2, `walked ${seen.join(' / ')}`);
  await page.context().close();
});
