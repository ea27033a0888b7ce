// The studio's check of a notice file against public/schemas/notice.schema.json before it is
// downloaded (issue 20): ajv 8 (not this project's code) compiles the schema to standalone
// code, esbuild bundles it with the formats it uses into notice_schema.js, one module with no
// imports, which the studio's bundle loads (web/staff/publish.rs).
// `node components/src/web/staff/notice_schema.mjs` writes it again after the schema
// changes; tests/contracts/notice_schema.test.mjs fails while it is not current.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

export const CHECKER = fileURLToPath(new URL('notice_schema.js', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../../../../public/schemas/notice.schema.json', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** notice_schema.js as the schema makes it now. */
export async function checker() {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true, esm: true, lines: false } });
  addFormats(ajv);
  const validate = standaloneCode(ajv, ajv.compile(schema));
  const entry = `${validate}
/** Where the notice file \`text\` breaks notice.schema.json: none when it is valid. */
export function notice_schema_errors(text) {
  let doc;
  try { doc = JSON.parse(text); } catch (e) { return ['not JSON: ' + e.message]; }
  return validate(doc) ? [] : validate.errors.map((e) => (e.instancePath || '/') + ' ' + e.message);
}
`;
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: 'notice_schema_entry.js', loader: 'js' },
    bundle: true, format: 'esm', minify: true, write: false, legalComments: 'none', target: 'es2020',
  });
  return '// Made from public/schemas/notice.schema.json by ajv 8 standalone code and esbuild\n'
    + '// (node components/src/web/staff/notice_schema.mjs). Do not edit by hand.\n'
    + out.outputFiles[0].text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(CHECKER, await checker());
