/** The markdown `worklog check --format github` appends to the job's step summary: counts per rule and per file, then every finding. */

import type { FindingSummary } from '../analyze/findings.js';
import type { Finding } from '../model/diagnostic.js';
import { plural } from '../words/plural.js';
import { appendLines } from './append.js';
import { annotationOrder, chooseAnnotations, leftOutCounts } from './github.js';
import { escapeMarkdown } from './markdown/escape.js';
import { findingsTable } from './markdown/findings.js';
import type { AnnotationPlan, CheckResult } from './results.js';

// GitHub refuses a step summary over 1 MiB; past this many bytes the table stops and says how many rows it left out.
const summaryBytes = 1_000_000;

/** Findings counted by severity under a key (a rule id, a file), in first-seen order. */
function countBy(findings: readonly Finding[], key: (finding: Finding) => string): Map<string, FindingSummary> {
  const counts = new Map<string, FindingSummary>();
  for (const finding of findings) {
    const count = counts.get(key(finding)) ?? { errors: 0, warnings: 0, infos: 0 };
    if (finding.severity === 'error') count.errors += 1;
    else if (finding.severity === 'warning') count.warnings += 1;
    else count.infos += 1;
    counts.set(key(finding), count);
  }
  return counts;
}

const totalOf = (count: FindingSummary) => count.errors + count.warnings + count.infos;

/** Rows ordered by `order` (the most frequent rule first, files by name). */
function countTable(
  heading: string,
  counts: ReadonlyMap<string, FindingSummary>,
  name: (key: string) => string,
  order: (a: [string, FindingSummary], b: [string, FindingSummary]) => number,
): string[] {
  return [
    `| ${heading} | Errors | Warnings | Notes |`,
    '| --- | ---: | ---: | ---: |',
    ...[...counts].sort(order).map(([key, count]) => `| ${name(key)} | ${count.errors} | ${count.warnings} | ${count.infos} |`),
  ];
}

const byName = ([a]: [string, FindingSummary], [b]: [string, FindingSummary]) => (a < b ? -1 : a > b ? 1 : 0);
const mostFirst = (a: [string, FindingSummary], b: [string, FindingSummary]) => totalOf(b[1]) - totalOf(a[1]) || byName(a, b);

/** The table's first rows that fit in `bytes`, and a line saying how many did not. */
function withinBytes(rows: readonly string[], bytes: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const row of rows) {
    used += Buffer.byteLength(row, 'utf8') + 1;
    if (used > bytes) break;
    kept.push(row);
  }
  const dropped = rows.length - kept.length;
  return dropped === 0 ? kept : [...kept, '', `…and ${plural(dropped, 'more finding')}, past the size GitHub allows a step summary: \`worklog check\` lists them.`];
}

export function renderStepSummary({ files, findings, summary }: CheckResult, plan: AnnotationPlan): string {
  const { shown, leftOut } = chooseAnnotations(findings, plan);
  const total = totalOf(summary);
  const lines = ['## worklog check', ''];
  if (total === 0) {
    lines.push(`✓ ${plural(files.length, 'log')} checked, no problems.`, '');
    return `${lines.join('\n')}\n`;
  }
  const counts = leftOutCounts(summary);
  const clean = files.length - new Set(findings.map((finding) => finding.file)).size;
  lines.push(`${summary.errors > 0 ? '✖' : '!'} ${plural(total, 'problem')} (${counts}) in ${plural(files.length, 'log')}${clean > 0 ? `, ${clean} of them without any` : ''}.`, '');
  const notAnnotated = total - shown.length;
  lines.push(notAnnotated === 0
    ? 'Every finding is annotated on the pull request.'
    : `${plural(shown.length, 'finding')} annotated on the pull request, ${notAnnotated} not (${leftOutCounts(leftOut)}): every one is listed below.`, '');
  appendLines(lines,
    '### By rule', '', countTable('Rule', countBy(findings, (finding) => finding.ruleId), (id) => `\`${id}\``, mostFirst), '',
    '### By file', '', countTable('File', countBy(findings, (finding) => finding.file), escapeMarkdown, byName), '',
    '### Every finding', '');
  const head = `${lines.join('\n')}\n`;
  // No finding's file is '', so every row names its file.
  const table = withinBytes(findingsTable(annotationOrder(findings, plan.logDates), ''), summaryBytes - Buffer.byteLength(head, 'utf8'));
  return `${head}${table.join('\n')}\n\n`;
}
