// The delivery contract, public/openapi.json: every reference resolves, its schemas
// compile, and it declares every status the reference receiver (tests/receiver) answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const doc = JSON.parse(readFileSync('public/openapi.json', 'utf8'));
const operation = doc.paths['/requests'].post;

function refs(node, out = []) {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === 'object') {
    if (typeof node.$ref === 'string') out.push(node.$ref);
    Object.values(node).forEach((n) => refs(n, out));
  }
  return out;
}

test('every reference of the OpenAPI document resolves', () => {
  for (const ref of refs(doc)) {
    if (ref.startsWith('#/')) {
      const target = ref.slice(2).split('/').reduce((n, k) => n?.[k], doc);
      assert.ok(target, `${ref} resolves`);
    } else {
      assert.ok(existsSync(`public/${ref}`), `public/${ref} exists`);
    }
  }
});

test('its schemas compile, and the JSON body is the request schema', () => {
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.compile({ $id: `x:${name}`, ...schema });
  assert.equal(operation.requestBody.content['application/json'].schema.$ref, 'schemas/request.schema.json');
  assert.deepEqual(Object.keys(operation.requestBody.content).sort(), ['application/jose', 'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data']);
  assert.ok(operation.parameters.some((p) => p.name === 'Idempotency-Key' && p.required));
});

test('it declares every status the reference receiver answers to a delivery', () => {
  const source = readFileSync('tests/receiver/src/main.rs', 'utf8');
  const receive = source.slice(source.indexOf('fn receive('), source.indexOf('fn handle('));
  const answered = new Set([...receive.matchAll(/(?:message|respond)\(request, (\d{3})/g)].map((m) => m[1]));
  // The injected faults answer 408, 429, 500, 502 and 503 (tests/receiver/src/faults.rs).
  for (const status of ['408', '429', '500', '502', '503']) answered.add(status);
  answered.add('201');
  answered.add('200');
  const declared = new Set(Object.keys(operation.responses));
  for (const status of answered) assert.ok(declared.has(status), `status ${status} is declared`);
  assert.ok(answered.size >= 10, [...answered].join(' '));
});
