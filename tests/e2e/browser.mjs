// Debian's Chromium driven by playwright-core, with the flags this machine needs; apart from
// harness.mjs so that tools which are not tests (the load benchmark) start it without
// loading node:test.
import { chromium } from 'playwright-core';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

