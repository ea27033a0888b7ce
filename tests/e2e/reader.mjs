// A screen reader model in the page: Guidepup's Virtual Screen Reader (npm
// @guidepup/virtual-screen-reader, its browser build), which we did not write. It follows
// focus, reads live regions as they change and moves by headings, and logs what it
// speaks. Served from the page's own origin, so that the strict CSP lets it load.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const SOURCE = readFileSync(join(dirname(require.resolve('@guidepup/virtual-screen-reader/package.json')), 'lib/esm/index.browser.js'), 'utf8');
const PATH = '/__virtual-screen-reader.js';

/** Starts the reader on `page`'s document (after it has loaded). */
export async function startReader(page) {
  await page.route(`**${PATH}`, (route) => route.fulfill({ body: SOURCE, contentType: 'text/javascript' }));
  await page.evaluate(async (path) => {
    const { virtual } = await import(path);
    window.__reader = virtual;
    await virtual.start({ container: document.body });
  }, PATH);
}

/** What the reader has spoken since the last call (each phrase once). */
export async function spokenSince(page) {
  return page.evaluate(async () => {
    const log = await window.__reader.spokenPhraseLog();
    const fresh = log.slice(window.__readerSeen ?? 0);
    window.__readerSeen = log.length;
    return fresh;
  });
}

/** Performs a reader command by name (`moveToNextHeadingLevel2`, …) and returns the phrase. */
export async function perform(page, command) {
  return page.evaluate(async (command) => {
    await window.__reader.perform(window.__reader.commands[command]);
    return window.__reader.lastSpokenPhrase();
  }, command);
}

/** Moves the reader to the next item and returns what it says. */
export async function readNext(page) {
  return page.evaluate(async () => {
    await window.__reader.next();
    return window.__reader.lastSpokenPhrase();
  });
}
