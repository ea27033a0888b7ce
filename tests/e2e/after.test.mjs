// After the request (issue 21): what the citizen keeps to follow it up. The calendar file
// of the deadlines is read with ical.js (Mozilla's iCalendar parser, written apart from
// seloste), not with our own reading of RFC 5545.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { useSite, assertNoAxeViolations } from './harness.mjs';
import { startReceiver } from './receiver.mjs';
import { formPage, makeRequest, PERSONAL } from './citizen.mjs';

const env = useSite();
let receiver;
before(async () => { receiver = await startReceiver(); });
after(() => receiver?.stop());

// A register name that a calendar file must escape (; , \) and fold (long, and letters
// of more than one byte, an emoji among them).
const REGISTER = 'Lapsiperheiden palvelujen asiakasrekisteri; perhetyö, kotipalvelu \\ ja 🧾 maksut – Pieksämäen kaupungin perusturvan palvelualueen pitkä nimi';

/** The day `months` later, the month's last day when it has no such day: written here
 * from Finnish law's rule, not taken from our code. */
function addMonths([y, m, d], months) {
  const index = m - 1 + months;
  const year = y + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [year, month, Math.min(d, last)];
}
const finnish = ([y, m, d]) => `${d}.${m}.${y}`;

test('the confirmation offers the deadlines as a calendar file: both days, the reference, nothing personal', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const page = await formPage(context, { endpoint: receiver.endpoint, editNotice: (n) => { n.register_name = REGISTER; } });
  const today = new Date().toISOString().slice(0, 10).split('-').map(Number);
  await makeRequest(page, env.site.url);
  const reference = await page.locator('.seloste-reference').innerText();
  const text = await page.locator('main, body').first().innerText();
  const [answerBy, extendedBy] = [addMonths(today, 1), addMonths(today, 3)];
  assert.ok(text.includes(`viimeistään ${finnish(answerBy)}`), 'the page shows the answer\'s deadline');
  assert.ok(text.includes(`enintään päivään ${finnish(extendedBy)}`), 'and the latest extended one');

  const button = page.getByRole('button', { name: 'Lisää määräajat kalenteriin' });
  assert.match(await button.getAttribute('aria-describedby'), /\S/);
  await assertNoAxeViolations(page, 'confirmation with the calendar button');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.equal(download.suggestedFilename(), `maaraajat-${reference}.ics`);
  const raw = readFileSync(await download.path(), 'utf8');

  // RFC 5545 3.1: CRLF line ends, no line over 75 octets.
  assert.ok(!/[^\r]\n/.test(raw), 'every line ends with CRLF');
  for (const line of raw.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);

  const calendar = new ICAL.Component(ICAL.parse(raw));
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.ok(calendar.getFirstPropertyValue('prodid'));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, 2);
  const day = (t) => [t.year, t.month, t.day];
  assert.deepEqual(events.map((e) => e.startDate.isDate), [true, true], 'all-day events');
  assert.deepEqual(events.map((e) => day(e.startDate)), [answerBy, extendedBy]);
  for (const e of events) {
    const next = e.startDate.clone();
    next.adjust(1, 0, 0, 0);
    assert.deepEqual(day(e.endDate), day(next), 'each lasts its one day');
    assert.ok(e.summary.includes(reference), e.summary);
    assert.ok(e.summary.includes('Tarkastuspyyntö'), e.summary);
    assert.ok(e.description.includes(`Rekisteri: ${REGISTER}`), e.description);
    assert.ok(e.description.includes(`Pyynnön tunnus: ${reference}`), e.description);
    assert.ok(e.uid && e.component.getFirstPropertyValue('dtstamp'));
  }
  assert.notEqual(events[0].uid, events[1].uid);
  assert.match(events[0].description, /12 artiklan 3 kohta/);
  assert.ok(events[1].description.includes(`enintään päivään ${finnish(extendedBy)}. Jatkosta`), events[1].description);

  // Nothing personal: not in the file, nor in what a calendar shows of it.
  const shown = events.map((e) => `${e.summary}\n${e.description}\n${e.location ?? ''}`).join('\n');
  for (const p of [...PERSONAL, 'Maija', '308T']) {
    assert.ok(!raw.includes(p) && !shown.includes(p), `the calendar file holds ${p}`);
  }
  assert.deepEqual(page.problems, []);
  await context.close();
});
