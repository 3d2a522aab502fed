import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/rules/catalog.js';
import { filesUnder, fixturesDir, root, runCli, temporaryDirectory } from '../helpers.js';

describe('worklog rules', () => {
  it('lists every rule in the catalog with its default severity and what it finds', async () => {
    const result = await runCli(['rules']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(ruleCatalog.length);
    expect(lines).toContain('schedule/overlap                 warning           A person is booked on two different projects on the same working day.');
  });

  it('shows the severity a configuration gives, beside the default', async () => {
    const dir = temporaryDirectory('worklog-rules-');
    writeFileSync(join(dir, 'worklog.config.json'), JSON.stringify({ rules: { 'coverage/gap': 'off', 'schedule/overlap': 'error' } }));
    const document = JSON.parse((await runCli(['rules', '--format', 'json'], { cwd: dir })).stdout);
    const byId = new Map(document.rules.map((rule: { id: string }) => [rule.id, rule]));
    expect(byId.get('schedule/overlap')).toEqual({
      id: 'schedule/overlap', defaultSeverity: 'warning', severity: 'error',
      description: 'A person is booked on two different projects on the same working day.',
      helpUri: 'https://github.com/worklog/worklog#rule-schedule-overlap', fixable: false,
    });
    expect(byId.get('parse/lenient-checkbox')).toMatchObject({ fixable: true });
    expect((await runCli(['rules'], { cwd: dir })).stdout).toMatch(/^parse\/lenient-checkbox +warning +fixable +An item/m);
    expect(byId.get('coverage/gap')).toMatchObject({ severity: 'off', defaultSeverity: 'info' });
    expect((await runCli(['rules'], { cwd: dir })).stdout).toContain('error (default warning)');
  });

  it('lists every rule id any fixture produces', async () => {
    const listed = new Set(JSON.parse((await runCli(['rules', '--format', 'json'])).stdout).rules.map((rule: { id: string }) => rule.id));
    const produced = new Set(filesUnder(fixturesDir, '.findings.txt')
      .flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((line) => line !== '').map((line) => line.split(' ')[2])));
    expect([...produced].filter((id) => !listed.has(id))).toEqual([]);
    expect(produced.size).toBeGreaterThan(20);
  });
});

describe('the README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('documents every rule: its rules section is `worklog rules --format markdown`', async () => {
    const section = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme)?.[1];
    expect(section, 'README.md has a section between <!-- rules:start --> and <!-- rules:end -->').toBeDefined();
    expect(section).toBe((await runCli(['rules', '--format', 'markdown'])).stdout);
  });

  it('names no rule id worklog does not have', () => {
    const ids = new Set(ruleCatalog.map((rule) => rule.id));
    const named = [...readme.matchAll(/`((?:parse|gantt|sequence|schedule|calendar|coverage)\/[a-z0-9-]+)`/g)].map((match) => match[1]);
    expect(named.filter((id) => id !== undefined && !ids.has(id as never) && id !== 'sequence/participant')).toEqual([]);
  });
});
