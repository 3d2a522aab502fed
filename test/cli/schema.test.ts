import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { root, runCli } from '../helpers.js';

const published = JSON.parse(readFileSync(join(root, 'schema/worklog.schema.json'), 'utf8'));
// The same schema refusing fields the contract does not declare: output must not carry anything undocumented.
const strict = JSON.parse(execFileSync(process.execPath, [join(root, 'scripts/output-schema.mjs'), '--strict'], { encoding: 'utf8' }));

function validator(schema: { $id: string }) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addSchema(schema);
  return (definition: string, document: unknown): string[] => {
    const check = ajv.getSchema(`${schema.$id}#/$defs/${definition}`);
    if (!check) throw new Error(`no $defs/${definition} in the schema`);
    const valid = check(document);
    return valid ? [] : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };
}

const validatePublished = validator(published);
const validateStrict = validator(strict);

/** Problems with a document under the published schema and under the strict one. */
function validate(definition: string, document: unknown): string[] {
  return [...validatePublished(definition, document), ...validateStrict(definition, document).map((problem) => `strict: ${problem}`)];
}

describe('the schema file', () => {
  // Generating reads the whole program with the TypeScript compiler: seconds, more on a busy machine.
  it('is generated from the contract types (run `npm run schema` after changing them)', { timeout: 60_000 }, () => {
    const check = spawnSync(process.execPath, [join(root, 'scripts/output-schema.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('describes the data of every rule by its id', () => {
    expect(validate('Finding', { ruleId: 'schedule/overlap', severity: 'warning', message: 'm', file: 'a.md', line: 1, column: 1, data: { person: 'A' } })).not.toEqual([]);
    expect(validate('Finding', { ruleId: 'parse/no-date', severity: 'warning', message: 'm', file: 'a.md', line: 1, column: 1, data: {} })).toEqual([]);
    expect(validate('Finding', { ruleId: 'no/such-rule', severity: 'warning', message: 'm', file: 'a.md', line: 1, column: 1, data: {} })).not.toEqual([]);
  });
});

describe('the published JSON Schema', () => {
  it('validates `worklog parse` of the reference log and every parse fixture', async () => {
    for (const paths of [['fixtures/2023-11-12.md'], ['fixtures/parse'], ['fixtures/schedule']]) {
      const document = JSON.parse((await runCli(['parse', ...paths])).stdout);
      expect(validate('ParseDocument', document)).toEqual([]);
    }
  });

  it('validates `worklog items` and `worklog status` JSON', async () => {
    expect(validate('ItemsDocument', JSON.parse((await runCli(['items', '--all', '--format', 'json', 'fixtures/parse'])).stdout))).toEqual([]);
    expect(validate('StatusDocument', JSON.parse((await runCli(['status', '--format', 'json', 'fixtures/parse'])).stdout))).toEqual([]);
    expect(validate('StatusDocument', JSON.parse((await runCli(['status', '--format', 'json', 'fixtures/2023-11-12.md'])).stdout))).toEqual([]);
  });

  it('validates `worklog report` JSON, the status document of the daily report', async () => {
    for (const path of ['fixtures/2023-11-12.md', 'fixtures/history/*.md']) {
      expect(validate('StatusDocument', JSON.parse((await runCli(['report', '--format', 'json', path])).stdout))).toEqual([]);
    }
  });

  it('validates `--all-logs` JSON of status and report: a status document per log', async () => {
    for (const command of ['status', 'report']) {
      const document = JSON.parse((await runCli([command, '--all-logs', '--format', 'json', 'fixtures/history/*.md'])).stdout);
      expect(document.logs).toHaveLength(3);
      expect(validate('StatusLogsDocument', document)).toEqual([]);
    }
  });

  it('validates `worklog status` JSON with history, and `worklog check` JSON', async () => {
    expect(validate('StatusDocument', JSON.parse((await runCli(['status', '--format', 'json', 'fixtures/history/*.md'])).stdout))).toEqual([]);
    expect(validate('CheckDocument', JSON.parse((await runCli(['check', '--format', 'json', 'fixtures/parse', 'fixtures/2023-11-12.md'])).stdout))).toEqual([]);
  });

  it('validates `worklog schedule` JSON', async () => {
    for (const path of ['fixtures/2023-11-12.md', 'fixtures/schedule/cross-year.md', 'fixtures/parse/priorities.md', 'fixtures/schedule/past-9999.md', 'fixtures/schedule/long-overlap.md']) {
      const document = JSON.parse((await runCli(['schedule', '--format', 'json', path])).stdout);
      expect(validate('ScheduleDocument', document)).toEqual([]);
    }
  });

  it('validates `worklog coverage` JSON, with history and configured systems', async () => {
    for (const args of [['fixtures/2023-11-12.md'], ['fixtures/coverage/history'], ['--config', 'fixtures/coverage/configured.config.json', 'fixtures/coverage/configured.md']]) {
      const document = JSON.parse((await runCli(['coverage', '--format', 'json', ...args])).stdout);
      expect(validate('CoverageDocument', document)).toEqual([]);
    }
  });

  it('validates `worklog trend` JSON, with undated logs and a configuration', async () => {
    for (const args of [['fixtures/trend/undated'], ['--config', 'fixtures/coverage/over-time/worklog.config.json', 'fixtures/coverage/over-time']]) {
      const document = JSON.parse((await runCli(['trend', '--format', 'json', ...args])).stdout);
      expect(validate('TrendDocument', document)).toEqual([]);
    }
  });

  it('rejects a document that breaks the contract', () => {
    const log = { file: 'a.md', date: '12/11/2023', dateSource: 'heading', title: null, frontMatter: null, headings: [], items: [], notes: [], staffing: [], gantts: [], sequences: [], diagrams: [], diagnostics: [] };
    const dateProblems = ['/logs/0/date must match pattern "^\\d{4,}-\\d{2}-\\d{2}$"', '/logs/0/date must be null', '/logs/0/date must match a schema in anyOf'];
    expect(validate('ParseDocument', { schemaVersion: 1, logs: [log] })).toEqual([...dateProblems, ...dateProblems.map((problem) => `strict: ${problem}`)]);
    const undeclared = { schemaVersion: 1, logs: [{ ...log, date: '2023-11-12', mood: 'sunny' }] };
    expect(validate('ParseDocument', undeclared)).toEqual(['strict: /logs/0 must NOT have additional properties']);
  });
});
