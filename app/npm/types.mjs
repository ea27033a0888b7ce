// The payload's TypeScript types (request.d.ts) made from public/schemas/request.schema.json
// by json-schema-to-typescript: `node app/npm/types.mjs` writes them again after the schema
// changes; tests/contracts/types.test.mjs fails while they are not current.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileFromFile } from 'json-schema-to-typescript';

export const REQUEST_TYPES = fileURLToPath(new URL('request.d.ts', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../../public/schemas/request.schema.json', import.meta.url));

/** request.d.ts as the schema makes it now. */
export function requestTypes() {
  return compileFromFile(SCHEMA, {
    bannerComment: '/* The request payload seloste.request/1, made from public/schemas/request.schema.json by\n   json-schema-to-typescript (node app/npm/types.mjs). Do not edit by hand. */',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(REQUEST_TYPES, await requestTypes());
