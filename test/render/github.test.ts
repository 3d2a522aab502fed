import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/model/diagnostic.js';
import { annotationOrder, chooseAnnotations, renderCheckGithub } from '../../src/render/github.js';
import { renderStepSummary } from '../../src/render/github-summary.js';
import type { AnnotationPlan, CheckResult } from '../../src/render/results.js';
import { summarise } from '../../src/analyze/findings.js';

const finding = (severity: Severity, file: string, line: number, message = `${severity} on ${line}`): Finding =>
  ({ ruleId: 'parse/lenient-checkbox', severity, file, line, column: 1, message, data: {} }) as Finding;

const logDates = new Map([['logs/2024/04/08.md', '2024-04-08'], ['logs/2024/04/09.md', '2024-04-09'], ['logs/undated.md', null]]);
const plan = (errors: number, warnings: number, notices: number, stepSummary = false): AnnotationPlan =>
  ({ limits: { errors, warnings, notices }, logDates, stepSummary });
const resultOf = (findings: Finding[], annotations?: AnnotationPlan): CheckResult =>
  ({ files: [...logDates.keys()], findings, summary: summarise(findings), annotations });

const many = (severity: Severity, count: number, file = 'logs/2024/04/08.md') => Array.from({ length: count }, (_, index) => finding(severity, file, index + 1));

describe('which findings become GitHub annotations', () => {
  it('puts the most severe first, then the newest log, then file and line; undated logs last', () => {
    const ordered = annotationOrder([
      finding('info', 'logs/2024/04/09.md', 1),
      finding('warning', 'logs/undated.md', 1),
      finding('warning', 'logs/2024/04/08.md', 3),
      finding('warning', 'logs/2024/04/09.md', 7),
      finding('error', 'logs/2024/04/08.md', 9),
      finding('warning', 'logs/2024/04/08.md', 2),
    ], logDates);
    expect(ordered.map((one) => `${one.severity} ${one.file}:${one.line}`)).toEqual([
      'error logs/2024/04/08.md:9',
      'warning logs/2024/04/09.md:7',
      'warning logs/2024/04/08.md:2',
      'warning logs/2024/04/08.md:3',
      'warning logs/undated.md:1',
      'info logs/2024/04/09.md:1',
    ]);
  });

  it('annotates at most 10 errors and 10 warnings and no info by default, and counts the rest on a closing notice', () => {
    const findings = [...many('warning', 14), ...many('error', 12, 'logs/2024/04/09.md'), ...many('info', 5)];
    const lines = renderCheckGithub(resultOf(findings, plan(10, 10, 0))).trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines.filter((line) => line.startsWith('::error file='))).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith('::warning file='))).toHaveLength(10);
    expect(lines.at(-1)).toBe('::notice title=worklog check::11 findings not annotated (2 errors, 4 warnings, 5 notes): at most 10 errors, 10 warnings and 0 notes are annotated (`annotations` in worklog.config.json); `worklog check` lists every finding');
  });

  it('keeps one notice of GitHub\'s ten for the closing line, and needs none when everything fits', () => {
    const crowded = chooseAnnotations([...many('info', 12), ...many('warning', 1)], plan(10, 10, 10));
    expect(crowded.shown.filter((one) => one.severity === 'info')).toHaveLength(9);
    expect(crowded.leftOut).toEqual({ errors: 0, warnings: 0, infos: 3 });
    const fits = renderCheckGithub(resultOf([...many('info', 10), ...many('warning', 3)], plan(10, 10, 10)));
    expect(fits.trimEnd().split('\n')).toHaveLength(13);
    expect(fits).not.toContain('title=worklog check');
  });

  it('takes other limits, including none at all', () => {
    const { shown, leftOut } = chooseAnnotations([...many('error', 3), ...many('warning', 3)], plan(0, 2, 0));
    expect(shown.map((one) => one.severity)).toEqual(['warning', 'warning']);
    expect(leftOut).toEqual({ errors: 3, warnings: 1, infos: 0 });
  });

  it('says the job summary lists every finding when one is written', () => {
    expect(renderCheckGithub(resultOf(many('warning', 11), plan(10, 10, 0, true)))).toMatch(/; the job summary lists every finding\n$/);
  });
});

describe('the step summary', () => {
  it('counts per rule and per file, then lists every finding with what was left out', () => {
    const findings = [...many('warning', 12), ...many('error', 2, 'logs/2024/04/09.md'), finding('info', 'logs/undated.md', 4)];
    const markdown = renderStepSummary(resultOf(findings), plan(10, 10, 0, true));
    expect(markdown).toContain('✖ 15 problems (2 errors, 12 warnings, 1 note) in 3 logs.\n\n12 findings annotated on the pull request, 3 not (2 warnings, 1 note): every one is listed below.');
    expect(markdown).toContain('| `parse/lenient-checkbox` | 2 | 12 | 1 |');
    expect(markdown).toContain('| logs/2024/04/08.md | 0 | 12 | 0 |\n| logs/2024/04/09.md | 2 | 0 | 0 |\n| logs/undated.md | 0 | 0 | 1 |');
    const rows = markdown.split('\n').filter((line) => /^\| logs\/.*:\d+:\d+ \|/.test(line));
    expect(rows).toHaveLength(15);
    expect(rows[0]).toBe('| logs/2024/04/09.md:1:1 | error | `parse/lenient-checkbox` | error on 1 |');
  });

  it('keeps log text from turning into markup, mentions, links or table cells', () => {
    const hostile = finding('warning', 'logs/2024/04/08.md', 3, '@team see https://evil.example | <img src=x onerror=alert(1)> **now** #12');
    const markdown = renderStepSummary(resultOf([hostile]), plan(10, 10, 0, true));
    const row = markdown.split('\n').find((line) => line.startsWith('| logs/2024/04/08.md:3:1'));
    expect(row).toBeDefined();
    expect(row).not.toMatch(/<img|@team|https:\/\/|\*\*now|#12/);
    expect(row?.split(/(?<!\\)\|/)).toHaveLength(6);
  });

  it('says so when there is nothing to report', () => {
    expect(renderStepSummary(resultOf([]), plan(10, 10, 0, true))).toBe('## worklog check\n\n✓ 3 logs checked, no problems.\n\n');
  });
});
