/** Findings expected beside each fixture log: `NAME.findings.txt`, one `line:column severity rule message` per finding. */

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { root, runCli } from './helpers.js';

export interface FindingRun {
  /** Log files (or one folder of logs) checked together, relative to the repository. */
  paths: string[];
  config?: string;
}

/** A finding as `--format json` prints it (the fields the tests read). */
export interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  message: string;
  data?: { reason?: string };
}

export const findingLine = (finding: JsonFinding): string =>
  `${finding.line}:${finding.column} ${finding.severity} ${finding.ruleId} ${finding.message}`;

/** Every finding `worklog check` reports for a run, by file, in report order. */
export async function findingsByFile(run: FindingRun): Promise<Map<string, string[]>> {
  const args = ['check', '--format', 'json', ...(run.config ? ['--config', run.config] : []), ...run.paths];
  // A pinned today: where a chart's unknown `after` id starts must not depend on the day the tests run.
  const result = await runCli(args, { env: { WORKLOG_TODAY: '2023-11-12' } });
  if (result.code === 2) throw new Error(`worklog ${args.join(' ')}: ${result.stderr}`);
  const document = JSON.parse(result.stdout) as { files: string[]; findings: JsonFinding[] };
  const byFile = new Map<string, string[]>(document.files.map((file) => [file, []]));
  for (const finding of document.findings) byFile.get(finding.file)?.push(findingLine(finding));
  return byFile;
}

/** The expected findings file beside a log. */
export const findingsFileOf = (log: string): string => log.replace(/\.md$/, '.findings.txt');

/** The findings written beside a log; UPDATE_FIXTURES=1 (or a missing file outside CI) writes them for review. */
export function expectedFindings(log: string, actual: readonly string[]): string[] {
  const path = findingsFileOf(log);
  if (process.env.UPDATE_FIXTURES === '1' || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) throw new Error(`missing expected findings ${relative(root, path)}`);
    writeFileSync(path, actual.map((line) => `${line}\n`).join(''));
  }
  return readExpectedFindings(path);
}

/** The lines of a findings file as checked in. */
export function readExpectedFindings(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line !== '');
}

/** The rule id of an expected finding line. */
export const ruleOfLine = (line: string): string => line.split(' ')[2] ?? '';
