// seloste's deadlines (working days in Finland, the day of receipt in Finnish time, one and
// three months later) against Python's holidays, zoneinfo and dateutil, which we did not
// write (tests/contracts/deadlines_holidays.py says how).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('deadlines and working days as Python’s holidays and zoneinfo count them', () => {
  const run = spawnSync('python3', ['tests/contracts/deadlines_holidays.py', 'target/debug/examples/deadlines', '20000'], { encoding: 'utf8' });
  console.log(run.stdout.trim());
  assert.equal(run.status, 0, run.stderr || run.stdout);
});
