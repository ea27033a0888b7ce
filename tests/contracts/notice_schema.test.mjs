// The studio's check of a notice file before download (issue 20) is notice.schema.json as
// ajv compiles it (components/src/web/staff/notice_schema.js, made by notice_schema.mjs):
// current with the schema, and agreeing with ajv's own validator on every published notice
// and on files broken in the ways a hand edit breaks them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { checker, CHECKER } from '../../components/src/web/staff/notice_schema.mjs';
import { notice_schema_errors } from '../../components/src/web/staff/notice_schema.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const valid = ajv.compile(JSON.parse(readFileSync('public/schemas/notice.schema.json', 'utf8')));

test('notice_schema.js is what ajv and esbuild make of notice.schema.json now', async () => {
  assert.equal(readFileSync(CHECKER, 'utf8'), await checker(), 'run: node components/src/web/staff/notice_schema.mjs');
  // One module with nothing to fetch: no import statement, no require() call left unbundled.
  const code = readFileSync(CHECKER, 'utf8');
  assert.ok(!/(^|[;}\n])\s*import[\s{*]/.test(code), 'an import statement');
  assert.ok(!/[^"'.\w]require\(/.test(code), 'a require() call');
});

const published = [
  ...readdirSync('public/notices').filter((f) => f.endsWith('.json') && f !== 'index.json').map((f) => `public/notices/${f}`),
  ...readdirSync('public/notices/translations').map((f) => `public/notices/translations/${f}`),
];

test('every published notice passes the studio\'s check', () => {
  assert.ok(published.length >= 9, published.join(', '));
  for (const file of published) assert.deepEqual(notice_schema_errors(readFileSync(file, 'utf8')), [], file);
});

test('the studio\'s check refuses what the schema refuses, and says where', () => {
  const notice = JSON.parse(readFileSync('public/notices/muonio-verkkoneuvonta.json', 'utf8'));
  const broken = {
    'an id with capitals': (n) => { n.id = 'Muonio'; },
    'no title': (n) => { delete n.title; },
    'an empty title': (n) => { n.title = ''; },
    'a language not offered': (n) => { n.lang = 'de'; },
    'a section kind that does not exist': (n) => { n.sections[0].kind = 'misc'; },
    'a member the format does not have': (n) => { n.sections[0].style = 'color: red'; },
    'an updated day not ISO': (n) => { n.updated = '4.6.2018'; },
    'an endpoint that is not an address': (n) => { n.requests.endpoint = 'not an address'; },
    'a translation in a language not offered': (n) => { n.translations.de = 'x.de.json'; },
    'an adapter that does not exist': (n) => { n.requests.adapter = 'fax'; },
  };
  for (const [why, breakIt] of Object.entries(broken)) {
    const copy = structuredClone(notice);
    breakIt(copy);
    assert.equal(valid(copy), false, `ajv itself refuses ${why}`);
    const errors = notice_schema_errors(JSON.stringify(copy));
    assert.ok(errors.length > 0, `the studio refuses ${why}`);
    assert.ok(errors.every((e) => e.startsWith('/')), errors.join('\n'));
  }
  assert.match(notice_schema_errors('{"id": ')[0], /^not JSON/);
});
