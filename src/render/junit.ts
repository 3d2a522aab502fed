/** `worklog check --format junit`: a JUnit XML report, a test suite per log and a test case per finding. */

import type { Finding } from '../model/diagnostic.js';
import { findingsByFile } from './by-file.js';
import type { CheckResult } from './results.js';
import { escapeXml } from './xml.js';

function testCase(finding: Finding): string {
  const name = escapeXml(`${finding.ruleId} ${finding.line}:${finding.column}`);
  const open = `    <testcase name="${name}" classname="${escapeXml(finding.file)}">`;
  const text = escapeXml(`${finding.line}:${finding.column} ${finding.severity} ${finding.message} (${finding.ruleId})`);
  // Notes are recorded but do not fail: they are information, like ESLint's off-by-default reports.
  const body = finding.severity === 'info'
    ? `<system-out>${text}</system-out>`
    : `<failure message="${escapeXml(finding.message)}" type="${finding.severity}">${text}</failure>`;
  return `${open}${body}</testcase>`;
}

export function renderCheckJunit({ findings, files }: CheckResult): string {
  const failures = (list: readonly Finding[]) => list.filter((finding) => finding.severity !== 'info').length;
  const byFile = findingsByFile(findings);
  const suites = files.map((file) => {
    const mine = byFile.get(file) ?? [];
    // A log without findings still passes one test, so every checked file shows in the report.
    const cases = mine.length > 0 ? mine.map(testCase) : [`    <testcase name="worklog check" classname="${escapeXml(file)}"/>`];
    return [
      `  <testsuite name="${escapeXml(file)}" tests="${Math.max(1, mine.length)}" failures="${failures(mine)}" errors="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const total = files.reduce((sum, file) => sum + Math.max(1, byFile.get(file)?.length ?? 0), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="worklog" tests="${total}" failures="${failures(findings)}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
