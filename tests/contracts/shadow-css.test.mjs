// The shadow roots' stylesheet (app/embed/shadow-css.mjs from public/css/seloste.css): what
// keeps a host page's CSS out and lets its branding in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const css = execFileSync('node', ['app/embed/shadow-css.mjs', 'public/css/seloste.css'], { encoding: 'utf8' });
const source = readFileSync('public/css/seloste.css', 'utf8');

test('the host element resets everything inherited, with !important (inner !important wins)', () => {
  assert.match(css, /:host \{ all: initial !important; display: block !important; \}/);
  assert.match(css, /:host\(\[hidden\]\) \{ display: none !important; \}/);
});

test('every --seloste-* property is read with its default as fallback and never set inside', () => {
  const names = [...source.matchAll(/(--seloste-[a-z-]+):/g)].map((m) => m[1]);
  assert.ok(names.length >= 10, 'the defaults of seloste.css were found');
  assert.doesNotMatch(css, /^\s*--seloste-[a-z-]+:/m, 'no default is set on :host (it would hide the page\'s value)');
  assert.doesNotMatch(css, /var\(--seloste-[a-z-]+\)/, 'every var() has a fallback');
  for (const name of names) assert.ok(css.includes(`var(${name},`) || !source.includes(`var(${name})`), `${name} read with a fallback`);
});

test('no rem outside media queries: the page cannot rescale the component through its root font size', () => {
  const outside = css.split('\n').filter((line) => !line.includes('@media') && /\d(\.\d+)?rem\b/.test(line));
  assert.deepEqual(outside, []);
  assert.ok(css.includes('calc(1.75 * var(--seloste-font-size, 16px))'), 'the h1 size in multiples of --seloste-font-size');
});
