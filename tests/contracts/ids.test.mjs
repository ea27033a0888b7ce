// seloste's readers of personal identity numbers against python-stdnum, an implementation
// we did not write (tests/contracts/ids_stdnum.py says how and lists where the two differ
// on purpose, by each country's own rules).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('identity numbers of five countries, and Finnish Business IDs, read as python-stdnum reads them', () => {
  const run = spawnSync('python3', ['tests/contracts/ids_stdnum.py', 'target/debug/examples/parse_ids', '3000'], { encoding: 'utf8' });
  console.log(run.stdout.trim());
  assert.equal(run.status, 0, run.stderr || run.stdout);
});
