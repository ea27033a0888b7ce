// The notice's date as the importer reads it, against dates written by Babel's CLDR formats
// in Finnish, Swedish and English, and days that do not exist, which Python's datetime
// tells (tests/contracts/notice_dates_babel.py says how).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('notice dates as Babel (CLDR) writes them are read, and days that do not exist are not', () => {
  const run = spawnSync('python3', ['tests/contracts/notice_dates_babel.py', 'target/debug/examples/import_notice', '40'], { encoding: 'utf8' });
  console.log(run.stdout.trim());
  assert.equal(run.status, 0, run.stderr || run.stdout);
});
