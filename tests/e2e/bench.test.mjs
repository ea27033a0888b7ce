// The load benchmark (tests/bench/load.mjs) run once, unthrottled, so that it keeps working:
// every figure it prints is measured on every page it loads. Its figures are for the record
// (docs/size.md), never asserted as times: the machines are shared and noisy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bench, compare, table } from '../bench/load.mjs';

test('the load benchmark measures every figure on every page', async () => {
  const results = await bench({ dist: process.env.SELOSTE_DIST || 'dist', runs: 1, profiles: ['fast'], log: () => {} });
  console.log(table(results));
  const pages = results.fast;
  const measured = {
    seloste: ['bytes', 'notice', 'input', 'error', 'step2', 'pdf'],
    pasted: ['bytes', 'notice', 'input'],
    plain: ['bytes', 'notice', 'input', 'error', 'step2'],
    notice: ['bytes', 'notice'],
  };
  for (const [page, figures] of Object.entries(measured)) {
    for (const figure of figures) assert.ok(pages[page][figure] > 0, `${page}: ${figure} = ${pages[page][figure]}`);
  }
  // A notice alone costs a fraction of a notice with a form (no form code).
  assert.ok(pages.notice.bytes < pages.seloste.bytes / 2, `${pages.notice.bytes} bytes for a notice alone`);
});

test('two builds compared load by load give figures for each', async () => {
  const dist = process.env.SELOSTE_DIST || 'dist';
  const { a, b } = await compare({ dist, against: dist, runs: 1, profiles: ['fast'], pages: ['notice'] });
  for (const side of [a, b]) {
    assert.ok(side.fast.notice.notice > 0, JSON.stringify(side));
    assert.equal(side.fast.notice.runs, 1);
  }
});
