import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { root, runCli } from '../helpers.js';

const schema = JSON.parse(readFileSync(join(root, 'schema/worklog.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(schema);

function validate(definition: string, document: unknown) {
  const check = ajv.getSchema(`${schema.$id}#/$defs/${definition}`);
  if (!check) throw new Error(`no $defs/${definition} in the schema`);
  const valid = check(document);
  return valid ? [] : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

describe('the published JSON Schema', () => {
  it('validates `worklog parse` of the reference log and every parse fixture', async () => {
    for (const paths of [['fixtures/2023-11-12.md'], ['fixtures/parse']]) {
      const document = JSON.parse((await runCli(['parse', ...paths])).stdout);
      expect(validate('parseDocument', document)).toEqual([]);
    }
  });

  it('validates `worklog items` and `worklog status` JSON', async () => {
    expect(validate('itemsDocument', JSON.parse((await runCli(['items', '--all', '--format', 'json', 'fixtures/parse'])).stdout))).toEqual([]);
    expect(validate('statusDocument', JSON.parse((await runCli(['status', '--format', 'json', 'fixtures/parse'])).stdout))).toEqual([]);
    expect(validate('statusDocument', JSON.parse((await runCli(['status', '--format', 'json', 'fixtures/2023-11-12.md'])).stdout))).toEqual([]);
  });

  it('validates `worklog report` JSON, the status document of the daily report', async () => {
    for (const path of ['fixtures/2023-11-12.md', 'fixtures/history']) {
      expect(validate('statusDocument', JSON.parse((await runCli(['report', '--format', 'json', path])).stdout))).toEqual([]);
    }
  });

  it('validates `worklog status` JSON with history, and `worklog check` JSON', async () => {
    expect(validate('statusDocument', JSON.parse((await runCli(['status', '--format', 'json', 'fixtures/history'])).stdout))).toEqual([]);
    expect(validate('checkDocument', JSON.parse((await runCli(['check', '--format', 'json', 'fixtures/parse', 'fixtures/2023-11-12.md'])).stdout))).toEqual([]);
  });

  it('validates `worklog schedule` JSON', async () => {
    for (const path of ['fixtures/2023-11-12.md', 'fixtures/schedule/cross-year.md', 'fixtures/parse/priorities.md']) {
      const document = JSON.parse((await runCli(['schedule', '--format', 'json', path])).stdout);
      expect(validate('scheduleDocument', document)).toEqual([]);
    }
  });

  it('validates `worklog coverage` JSON, with history and configured systems', async () => {
    for (const args of [['fixtures/2023-11-12.md'], ['fixtures/coverage/history'], ['--config', 'fixtures/coverage/configured.config.json', 'fixtures/coverage/configured.md']]) {
      const document = JSON.parse((await runCli(['coverage', '--format', 'json', ...args])).stdout);
      expect(validate('coverageDocument', document)).toEqual([]);
    }
  });

  it('rejects a document that breaks the contract', () => {
    const broken = { schemaVersion: 1, logs: [{ file: 'a.md', date: '12/11/2023', title: null, items: [], staffing: [], gantts: [], sequences: [], diagrams: [], diagnostics: [] }] };
    expect(validate('parseDocument', broken)).toEqual(['/logs/0/date must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', '/logs/0/date must be null', '/logs/0/date must match a schema in anyOf']);
  });
});
