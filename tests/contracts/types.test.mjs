// The npm package's TypeScript declarations (app/npm/) against the JSON Schemas, with tools
// this project did not write: json-schema-to-typescript makes types from the schemas, and
// the TypeScript compiler checks that each event's `detail` type in seloste.d.ts and the
// type made from events.schema.json are assignable both ways (the same set of values),
// that the payload's types are the schema's as it is now, and that the declarations refuse
// what the components refuse (they are not `any`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { requestTypes, REQUEST_TYPES } from '../../app/npm/types.mjs';

const DECLARATIONS = resolve('app/npm/seloste.d.ts');
const TSC = resolve('node_modules/.bin/tsc');

/** Runs tsc on `files` ({name: source}) in a project of their own; its output, or ''. */
function typecheck(files) {
  const dir = mkdtempSync(join(tmpdir(), 'seloste-types-'));
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [], skipLibCheck: false },
    files: Object.keys(files),
  }));
  try {
    execFileSync(TSC, ['-p', dir], { encoding: 'utf8' });
    return '';
  } catch (e) {
    return `${e.stdout}${e.stderr}`;
  }
}

test('request.d.ts is what json-schema-to-typescript makes of request.schema.json now', async () => {
  assert.equal(readFileSync(REQUEST_TYPES, 'utf8'), await requestTypes(), 'run: node app/npm/types.mjs');
});

/** events.schema.json as json-schema-to-typescript can read it: each event's definition
 * named by a title, and without what TypeScript cannot say of one object type (the
 * `oneOf` of payload or request, and the `if` of delivered_at), which seloste.d.ts says
 * in words and the end-to-end tests check with ajv. */
function eventsSchemaForTypes() {
  const schema = JSON.parse(readFileSync('public/schemas/events.schema.json', 'utf8'));
  const names = { 'seloste-submitted': 'SchemaSubmitted', 'seloste-error': 'SchemaError', 'seloste-pdf': 'SchemaPdf', 'seloste-request': 'SchemaRequest' };
  for (const [event, title] of Object.entries(names)) {
    const def = schema.$defs[event];
    assert.ok(def, `events.schema.json describes ${event}`);
    for (const key of ['oneOf', 'if', 'then', 'else', 'description']) delete def[key];
    def.title = title;
  }
  const listed = Object.keys(schema.$defs).filter((k) => k.startsWith('seloste-'));
  assert.deepEqual(listed.sort(), Object.keys(names).sort(), 'every event of the schema has a type in seloste.d.ts');
  return schema;
}

/** The types json-schema-to-typescript makes of the events' schema. */
const eventTypes = () => compile(eventsSchemaForTypes(), 'SchemaEvents', { cwd: resolve('public/schemas'), unreachableDefinitions: true, bannerComment: '', additionalProperties: false });

const IMPORT_OURS = `import type * as Ours from ${JSON.stringify(DECLARATIONS.replace(/\.d\.ts$/, '.js'))};
import type * as Schema from './schema.js';
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
`;

test('each event detail type of seloste.d.ts is the schema\'s, both ways', async () => {
  const generated = await eventTypes();
  const check = `${IMPORT_OURS}export const submitted: Same<Ours.SubmittedDetail, Schema.SchemaSubmitted> = true;
export const error: Same<Ours.ErrorDetail, Schema.SchemaError> = true;
export const pdf: Same<Ours.PdfDetail, Schema.SchemaPdf> = true;
export const request: Same<Ours.RequestDetail, Schema.SchemaRequest> = true;
// The event map names every event with its detail.
export const map: Same<{ [K in keyof Ours.SelosteEventMap]: Ours.SelosteEventMap[K]['detail'] }, { 'seloste-submitted': Schema.SchemaSubmitted; 'seloste-error': Schema.SchemaError; 'seloste-pdf': Schema.SchemaPdf; 'seloste-request': Schema.SchemaRequest }> = true;
`;
  assert.equal(typecheck({ 'schema.ts': generated, 'check.ts': check }), '');
});

test('a mistake in a type makes the check fail (the check is not vacuous)', async () => {
  const generated = await eventTypes();
  const wrong = generated.replace('status: "made" | "delivered" | "queued";', 'status: "made" | "delivered";');
  assert.notEqual(wrong, generated);
  const check = `${IMPORT_OURS}export const submitted: Same<Ours.SubmittedDetail, Schema.SchemaSubmitted> = true;
`;
  assert.match(typecheck({ 'schema.ts': wrong, 'check.ts': check }), /check\.ts\(4,\d+\): error TS2322/);
});

test('the declarations type the API, the elements and the events, and refuse what the components refuse', () => {
  const use = `import { mount, unmount, clearDrafts, type MountConfig, type SubmittedDetail, type RequestKind } from ${JSON.stringify(DECLARATIONS.replace(/\.d\.ts$/, '.js'))};
const area = document.createElement('div');
const config: MountConfig = { type: 'request', src: '/n.json', kind: 'log_data', lang: 'sv', headingLevel: 2, headers: { 'X-CSRF-Token': 't' }, identity: { name: 'M', code: '131052-308T', by: 'Suomi.fi' } };
export const mounted: Promise<void> = mount(area, config);
unmount(area);
export const removed: number = clearDrafts();
area.addEventListener('seloste-submitted', (e) => {
  const detail: SubmittedDetail = e.detail;
  const day: string = detail.deadline.answer_by;
  const kind: RequestKind | undefined = detail.request?.kind ?? detail.payload?.kind;
  console.log(day, kind, detail.payload?.requester.name);
});
document.addEventListener('seloste-pdf', (e) => console.log(e.detail.size + e.detail.ms));
const form = document.querySelector('seloste-request');
if (form) { form.identity = { name: 'M', code: '131052-308T', by: 'Suomi.fi' }; form.headers = { A: 'b' }; console.log(form.identity?.by); }
// @ts-expect-error: no such type
mount(area, { type: 'form', src: '/n.json' });
// @ts-expect-error: a request form needs its notice
mount(area, { type: 'request', kind: 'access' });
// @ts-expect-error: not a kind of request
export const kind: RequestKind = 'tarkastus';
// @ts-expect-error: an identity needs who verified it
mount(area, { type: 'request', src: '/n.json', identity: { name: 'M', code: '131052-308T' } });
area.addEventListener('seloste-error', (e) => {
  // @ts-expect-error: an error has no status
  console.log(e.detail.status);
});
`;
  assert.equal(typecheck({ 'use.ts': use }), '');
});
