// The DOM events a host page receives, checked against public/schemas/events.schema.json
// with ajv (an independent validator) wherever a test reads them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
for (const file of ['notice', 'request', 'events']) ajv.addSchema(JSON.parse(readFileSync(`public/schemas/${file}.schema.json`, 'utf8')));

const validators = new Map();

/** Fails unless `detail` is what events.schema.json says event `name` carries. */
export function assertEventDetail(name, detail) {
  if (!validators.has(name)) {
    const validate = ajv.getSchema(`https://seloste.example/schemas/events.schema.json#/$defs/${name}`);
    assert.ok(validate, `events.schema.json describes ${name}`);
    validators.set(name, validate);
  }
  const validate = validators.get(name);
  assert.ok(validate(detail), `${name} detail ${JSON.stringify(detail).slice(0, 300)}: ${ajv.errorsText(validate.errors)}`);
}

/** The same for a list of `{ name, detail }`, as the tests' listeners keep them. */
export function assertEvents(list) {
  for (const { name, detail } of list) assertEventDetail(name, detail);
  return list;
}

/** Makes `page` a host page that asks for the whole payload in `seloste-submitted`
 * (`<meta name="seloste-event-payload" content="full">`, read when the event is sent). */
export function askForFullPayload(page) {
  return page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
    const meta = document.createElement('meta');
    meta.name = 'seloste-event-payload';
    meta.content = 'full';
    document.head.append(meta);
  }));
}
