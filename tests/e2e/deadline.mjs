// What a request's deadlines should be, computed by Python's holidays, zoneinfo and dateutil
// (tests/contracts/deadlines_holidays.py), not by our code: the day it was received in
// Finland, one month later and three months later, each moved to the next working day.
import { spawnSync } from 'node:child_process';

/** The lawful days of a request received at `at` (a Date), as Dates at local midnight
 * (read them with getDate(), getMonth(), getFullYear()). */
export function lawfulDeadline(at = new Date()) {
  const run = spawnSync('python3', ['tests/contracts/deadlines_holidays.py', '--expect', at.toISOString()], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`deadlines_holidays.py: ${run.stderr || run.stdout}`);
  const [received, answerBy, extendedBy] = run.stdout.trim().split(' ').map((iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(y, m - 1, d);
  });
  return { received, answerBy, extendedBy };
}
