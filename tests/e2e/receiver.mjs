// The reference receiver (tests/receiver) for the end-to-end tests: started on a free
// loopback port with a fresh SQLite file, stopped after; its log kept for privacy checks.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BINARY = 'target/debug/seloste-receiver';

function built() {
  if (!existsSync(BINARY)) execFileSync('cargo', ['build', '-q', '-p', 'seloste-receiver']);
}

/** The office's keys made by `seloste-receiver keys`: the private key file's path and
 *  parsed content, and the public JWK set it printed (for a notice's `requests.keys`). */
export function officeKeys() {
  built();
  const file = join(mkdtempSync(join(tmpdir(), 'seloste-office-')), 'office-keys.json');
  const printed = execFileSync(BINARY, ['keys', '--out', file]).toString();
  return { file, private: JSON.parse(readFileSync(file, 'utf8')), public: JSON.parse(printed) };
}

/** Starts the receiver; `keys`: the office's private key file (`--keys`), to open
 *  encrypted requests and sign receipts. */
export async function startReceiver({ keys } = {}) {
  built();
  const db = join(mkdtempSync(join(tmpdir(), 'seloste-receiver-')), 'requests.db');
  // The test endpoints are on only with the flag, for a client that knows the secret.
  const secret = randomBytes(16).toString('hex');
  const args = ['--port', '0', '--db', db, '--test-endpoints', ...(keys ? ['--keys', keys] : [])];
  const child = spawn(BINARY, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SELOSTE_RECEIVER_SECRET: secret },
  });
  const log = [];
  child.stderr.on('data', (d) => log.push(...d.toString().split('\n').filter(Boolean)));
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      const m = /listening on (http:\/\/\S+)/.exec(d.toString());
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`receiver exited with ${code}: ${log.join('\n')}`)));
  });
  const headers = { 'X-Receiver-Secret': secret };
  const post = (path, body) => fetch(url + path, { method: 'POST', headers, body: JSON.stringify(body ?? {}) });
  return {
    url,
    endpoint: `${url}/requests`,
    log,
    stats: async () => (await fetch(`${url}/__stats`, { headers })).json(),
    faults: (plan) => post('/__faults', plan),
    reset: () => post('/__reset'),
    stored: async (id) => {
      const r = await fetch(`${url}/__requests/${id}`, { headers });
      return r.ok ? r.json() : null;
    },
    stop: () => child.kill(),
  };
}
