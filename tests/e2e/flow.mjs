// Walking a request form on a phone: fill what each step asks, check every step (and its
// error state) with axe-core, make the request and return the payload the host page got.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { assertNoAxeViolations } from './harness.mjs';
import { assertEventDetail, askForFullPayload } from './events.mjs';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema(readJson('public/schemas/notice.schema.json'));
const validateRequest = ajv.compile(readJson('public/schemas/request.schema.json'));

/** Checks a payload against public/schemas/request.schema.json. */
export function assertValidPayload(payload) {
  assert.ok(validateRequest(payload), ajv.errorsText(validateRequest.errors));
}

/** Runs the crate's verifier (`examples/verify_request.rs`, built by `cargo test`) on a
 * request file (PDF or JSON): an independent, native check of what the browser sealed. */
export function verifyNatively(path) {
  const verifier = 'target/debug/examples/verify_request';
  if (!existsSync(verifier)) execFileSync('cargo', ['build', '-q', '-p', 'seloste', '--example', 'verify_request']);
  try {
    return { holds: true, report: execFileSync(verifier, [path], { encoding: 'utf8' }) };
  } catch (e) {
    return { holds: false, report: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** Checks a payload's seal and contract with the native verifier. */
export function assertSealHolds(payload) {
  assert.ok(payload.seal, 'the payload is sealed');
  const dir = mkdtempSync(join(tmpdir(), 'seloste-'));
  const path = join(dir, 'request.json');
  writeFileSync(path, JSON.stringify(payload));
  const { holds, report } = verifyNatively(path);
  rmSync(dir, { recursive: true, force: true });
  assert.ok(holds, report);
}

/** Opens the request page of a notice and kind, recording the `seloste-submitted` detail
 * (with the whole payload: the page asks for it). */
export async function openRequest(page, base, noticeId, kind) {
  await askForFullPayload(page);
  await page.addInitScript(() => {
    window.__submitted = [];
    document.addEventListener('seloste-submitted', (e) => window.__submitted.push(e.detail));
  });
  await page.goto(`${base}/request/#/notices/${noticeId}/requests/${kind}`);
  await page.locator('h1').waitFor();
}

const title = (page) => page.locator('h1').innerText();

/** Whether the current step has a required question still unanswered. */
function hasMissing(page) {
  return page.evaluate(() => {
    const form = document.querySelector('.seloste-request form');
    if (!form) return false;
    const empty = [...form.querySelectorAll('[aria-required=true]')].some((e) => !e.value);
    const unchosen = [...form.querySelectorAll('fieldset')].some((f) => f.querySelector('input[type=radio]') && !f.querySelector('input[type=radio]:checked'));
    return empty || unchosen;
  });
}

const frame = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));

/** Answers the questions of the current step that `answers` names (by field id). An answer
 * may reveal the next question, so each waits for the page to be drawn. */
async function fill(page, answers) {
  for (const [id, value] of Object.entries(answers)) {
    await frame(page);
    const radio = page.locator(`.seloste-request form input[type=radio][name$="-${id}"][value="${value}"]`);
    if (await radio.count()) {
      await radio.check();
      continue;
    }
    const file = page.locator(`.seloste-request form input[type=file][name="${id}"]`);
    if (await file.count()) {
      await file.setInputFiles(value);
      await page.locator('.seloste-hint', { hasText: value.name }).waitFor();
      continue;
    }
    const input = page.locator(`.seloste-request form [name="${id}"]`);
    if (await input.count()) await input.fill(value);
  }
}

/**
 * Goes through every step of the open form: on a step with unanswered required questions
 * it first submits to get the error state (checked with axe), then answers and continues.
 * Stops at "check your answers" and returns the step titles seen.
 */
export async function walkSteps(page, answers, { axe = true, checkTitle, onStep }) {
  const seen = [];
  for (let n = 0; n < 15; n++) {
    const heading = await title(page);
    if (checkTitle.test(heading)) return seen;
    seen.push(heading);
    if (axe) await assertNoAxeViolations(page, `step "${heading}"`);
    if (onStep) await onStep(heading);
    if (await hasMissing(page)) {
      const before = await page.locator('.seloste-error-summary').count();
      await page.locator('.seloste-request form button[type=submit]').click();
      await page.locator('.seloste-error-summary').waitFor();
      if (axe && !before) await assertNoAxeViolations(page, `errors on "${heading}"`);
    }
    await fill(page, answers);
    await page.locator('.seloste-request form button[type=submit]').click();
    await page.waitForFunction((old) => document.querySelector('h1')?.innerText !== old && document.activeElement?.tagName === 'H1', heading);
  }
  assert.fail(`never reached check answers; stuck at ${await title(page)}`);
}

/** Makes the request from "check your answers" and returns the detail of `seloste-submitted`. */
export async function makeRequest(page, { send, doneTitle, axe = true }) {
  if (axe) await assertNoAxeViolations(page, 'check your answers');
  await page.getByRole('button', { name: send, exact: true }).click();
  await page.locator('h1', { hasText: doneTitle }).waitFor();
  if (axe) await assertNoAxeViolations(page, 'confirmation');
  const details = await page.evaluate(() => window.__submitted);
  for (const detail of details) assertEventDetail('seloste-submitted', detail);
  assert.equal(details.length, 1, 'exactly one seloste-submitted event');
  return details[0];
}

/** The interface words the flows need, by language. */
export const WORDS = {
  fi: { check: /Tarkista vastauksesi/, send: 'Tee pyyntö', done: 'Pyyntösi on valmis', locale: 'fi-FI' },
  sv: { check: /Kontrollera dina svar/, send: 'Gör begäran', done: 'Din begäran är klar', locale: 'sv-FI' },
  en: { check: /Check your answers/, send: 'Make the request', done: 'Your request is ready', locale: 'en-GB' },
};
