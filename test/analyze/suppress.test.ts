import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingLine, type JsonFinding } from '../fixture-findings.js';
import { parseLog } from '../../src/parse/log.js';
import { fixturesDir, runCli, temporaryDirectory } from '../helpers.js';

const fixture = join(fixturesDir, 'parse', 'suppressions.md');
const crlfFixture = join(fixturesDir, 'parse', 'suppressions-crlf.md');

type Finding = JsonFinding & { data: { lines?: number[]; rule?: string | null; reason?: string; suggestion?: string | null } };

/** The findings a command reports for one log written to a temporary file (with a configuration when given). */
async function findingsOf(text: string, { command = 'check', config }: { command?: string; config?: object } = {}): Promise<Finding[]> {
  const dir = temporaryDirectory();
  const log = join(dir, 'log.md');
  writeFileSync(log, text);
  const configArgs = config ? ['--config', join(dir, 'worklog.config.json')] : [];
  if (config) writeFileSync(join(dir, 'worklog.config.json'), JSON.stringify(config));
  const result = await runCli([command, '--format', 'json', ...configArgs, log], { env: { WORKLOG_TODAY: '2024-03-18' } });
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as { findings: Finding[] }).findings;
}

/** Each rule on each line it was reported on: a repeated finding stands for every line it lists. */
const places = (findings: readonly Finding[]): string[] => findings
  .filter((finding) => finding.ruleId !== 'worklog/unused-disable')
  .flatMap((finding) => (finding.data.lines ?? [finding.line]).map((line) => `${line} ${finding.ruleId}`))
  .sort();

// The same comments, no longer directives: the markdown keeps its shape and every line its number.
const withoutSuppressions = (text: string): string => text.replaceAll('worklog-', 'ignored-');

const unusedOf = (findings: readonly Finding[]) => findings
  .filter((finding) => finding.ruleId === 'worklog/unused-disable')
  .map(({ line, column, data }) => ({ line, column, rule: data.rule, reason: data.reason, suggestion: data.suggestion }));

describe('suppression comments', () => {
  const text = readFileSync(fixture, 'utf8');

  it('silence exactly their rules on exactly the lines they cover', async () => {
    const shown = places(await findingsOf(text));
    const unsuppressed = places(await findingsOf(withoutSuppressions(text)));
    expect(unsuppressed.filter((place) => !shown.includes(place))).toEqual([
      // disable-next-line: the item below, not the one after it (7), nor the other rule on the same line (6).
      '12 parse/lenient-checkbox', '13 parse/lenient-checkbox',
      // Every rule: both of the item's findings.
      '26 parse/lenient-checkbox', '26 parse/priority-conflict',
      // `%%` lines inside mermaid blocks.
      '45 gantt/cut-data', '54 sequence/full-width-colon',
      '6 parse/lenient-checkbox',
      // disable-line, inline at the end of the item.
      '8 parse/lenient-checkbox',
    ]);
    expect(shown.filter((place) => !unsuppressed.includes(place))).toEqual([]);
    expect(shown).toEqual(expect.arrayContaining(['6 parse/priority-conflict', '7 parse/lenient-checkbox', '16 parse/lenient-checkbox', '46 gantt/cut-data']));
  });

  it('report a comment that silenced nothing, and one naming no rule with the closest id', async () => {
    expect(unusedOf(await findingsOf(text))).toEqual([
      { line: 9, column: 33, rule: 'parse/lenient-checkbox', reason: 'unused', suggestion: null },
      { line: 28, column: 1, rule: 'schedule/overlap', reason: 'unused', suggestion: null },
      { line: 28, column: 1, rule: 'parse/lenient-checkbox', reason: 'unused', suggestion: null },
      { line: 33, column: 1, rule: 'parse/lenient-chekbox', reason: 'unknown-rule', suggestion: 'parse/lenient-checkbox' },
      { line: 36, column: 1, rule: 'sequence/tipo', reason: 'unknown-rule', suggestion: null },
    ]);
  });

  it('are judged only against the rules that ran: schedule runs no parser rule, coverage no schedule rule', async () => {
    expect(unusedOf(await findingsOf(text, { command: 'schedule' })).map((unused) => unused.rule)).toEqual(['schedule/overlap']);
    expect(unusedOf(await findingsOf(text, { command: 'coverage' }))).toEqual([]);
    expect(unusedOf(await findingsOf(text, { command: 'status' }))).toEqual(unusedOf(await findingsOf(text)));
  });

  it('are not judged for a rule the configuration turns off', async () => {
    const log = '# 2024-03-18\n\n<!-- worklog-disable-next-line parse/lenient-checkbox -->\n- [ ] P1 Ship it\n';
    expect(unusedOf(await findingsOf(log))).toHaveLength(1);
    expect(unusedOf(await findingsOf(log, { config: { rules: { 'parse/lenient-checkbox': 'off' } } }))).toEqual([]);
    expect(unusedOf(await findingsOf(log, { config: { rules: { 'worklog/unused-disable': 'off' } } }))).toEqual([]);
  });

  it('are no comments inside a code block or a code span', () => {
    const log = parseLog('# 2024-03-18\n\n```html\n<!-- worklog-disable-file -->\n```\n\nWrite `<!-- worklog-disable-file -->` to silence a file.\n', { file: 'a.md' });
    expect(log.suppressions).toBeUndefined();
  });

  it('cover the lines their form says', () => {
    const log = parseLog([
      '# 2024-03-18', // 1
      '<!-- worklog-disable parse/lenient-checkbox parse/empty-item -->', // 2
      '<!-- worklog-enable parse/empty-item -->', // 3
      '<!--', // 4
      '  worklog-disable-next-line', // 5
      '-->', // 6
      '- [ ] a', // 7
      '<!-- worklog-disable -->', // 8
      '<!-- worklog-enable -->', // 9
      '<!-- worklog-disable-file sequence/syntax, gantt/cut-data -->', // 10
      '- [ ] b <!-- worklog-disable-line -->', // 11
    ].join('\n'), { file: 'a.md' });
    expect(log.suppressions?.map(({ form, rule, from, to, line }) => `${form} ${rule ?? '*'} ${from}-${to} @${line}`)).toEqual([
      // An `enable` without ids closes every open range.
      'disable parse/lenient-checkbox 2-9 @2',
      'disable parse/empty-item 2-3 @2',
      'disable-next-line * 7-7 @4',
      'disable * 8-9 @8',
      'disable-file sequence/syntax 1-11 @10',
      'disable-file gantt/cut-data 1-11 @10',
      'disable-line * 11-11 @11',
    ]);
    expect(log.items.map((item) => item.text)).toEqual(['a', 'b']);
  });

  it('read the same from CRLF lines as from LF ones', async () => {
    const crlf = readFileSync(crlfFixture, 'utf8');
    expect(crlf).toContain('\r\n');
    const lf = crlf.replaceAll('\r\n', '\n');
    expect(parseLog(crlf, { file: 'a.md' }).suppressions).toEqual(parseLog(lf, { file: 'a.md' }).suppressions);
    expect((await findingsOf(crlf)).map(findingLine)).toEqual((await findingsOf(lf)).map(findingLine));
    expect(places(await findingsOf(crlf))).not.toEqual(places(await findingsOf(withoutSuppressions(crlf))));
  });

  it('take a renamed rule id for the rules that replaced it', async () => {
    const diagram = ['```mermaid', 'sequenceDiagram', '    %% worklog-disable-next-line sequence/participant', '    participant Idle', '    App ->> Bank: freeze', '```'];
    const log = ['# 2024-03-18', '', ...diagram, ''].join('\n');
    const onTheLine = (findings: readonly Finding[]) => findings.filter((finding) => finding.line === 6).map((finding) => finding.ruleId);
    expect(onTheLine(await findingsOf(withoutSuppressions(log)))).toEqual(['sequence/unused-participant']);
    const findings = await findingsOf(log);
    expect(onTheLine(findings)).toEqual([]);
    expect(unusedOf(findings)).toEqual([]);
  });
});
