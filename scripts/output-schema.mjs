// Generates schema/worklog.schema.json, the JSON Schema of every command's `--format json` output, from the
// TypeScript types of the contract (src/render/json-contract.ts), so the schema cannot drift from the code.
// `node scripts/output-schema.mjs` writes the file; `--check` exits 1 when the file differs from the types;
// `--strict` prints a variant that refuses undeclared fields, which the tests validate output against.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = new URL('..', import.meta.url);
const target = new URL('schema/worklog.schema.json', root);

/** `RuleFinding<"schedule/overlap">` reads better as `ScheduleOverlapFinding`. */
function definitionName(name) {
  const rule = /^RuleFinding<"([a-z]+)\/([a-z0-9-]+)">$/.exec(name);
  if (!rule) return name;
  const words = `${rule[1]}-${rule[2]}`.split('-');
  return `${words.map((word) => word[0].toUpperCase() + word.slice(1)).join('')}Finding`;
}

/** Renames definitions, moves them to `$defs` and, unless strict, lets objects carry fields added later. */
function publish(value, strict) {
  if (Array.isArray(value)) return value.map((element) => publish(element, strict));
  if (value === null || typeof value !== 'object') return value;
  const result = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === 'additionalProperties' && field === false && !strict) continue;
    if (key === '$ref') result.$ref = `#/$defs/${definitionName(decodeURIComponent(field.replace('#/definitions/', '')))}`;
    else result[key] = publish(field, strict);
  }
  return result;
}

export function generateOutputSchema({ strict = false } = {}) {
  const generated = createGenerator({
    path: fileURLToPath(new URL('src/render/json-contract.ts', root)),
    tsconfig: fileURLToPath(new URL('tsconfig.json', root)),
    type: 'WorklogDocument',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    skipTypeCheck: true,
  }).createSchema('WorklogDocument');
  const defs = Object.fromEntries(Object.entries(generated.definitions)
    .map(([name, definition]) => [definitionName(name), publish(definition, strict)]));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/worklog/worklog/schema/worklog.schema.json',
    title: 'worklog JSON output, schemaVersion 1',
    description: 'What `worklog parse`, `items`, `status`, `report`, `schedule`, `coverage` and `check` print with --format json. Generated from src/render/json-contract.ts by `npm run schema`. Fields may be added within schemaVersion 1; none is removed or changes meaning.',
    $ref: '#/$defs/WorklogDocument',
    $defs: defs,
  };
}

const text = (schema) => `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [flag] = process.argv.slice(2);
  if (flag === '--strict') {
    process.stdout.write(text(generateOutputSchema({ strict: true })));
  } else if (flag === '--check') {
    const current = await readFile(target, 'utf8');
    if (current !== text(generateOutputSchema())) {
      process.stderr.write('schema/worklog.schema.json is out of date: run `npm run schema`\n');
      process.exitCode = 1;
    }
  } else {
    await writeFile(target, text(generateOutputSchema()));
  }
}
