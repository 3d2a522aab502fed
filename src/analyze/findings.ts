/** Findings: diagnostics tied to their file, picking one rule's findings, and the summary counts every report shows. */

import { compareDates } from '../calendar/day-number.js';
import type { Finding, Severity } from '../model/diagnostic.js';
import type { RuleId } from '../model/finding-data.js';
import type { WorkLog } from '../model/log.js';
import { groupRepeated } from './repeated.js';

/** The log's diagnostics as findings, each repeated one once (at its first line, every line in `data.lines`). */
export function diagnosticsAsFindings(log: WorkLog): Finding[] {
  // Otherwise parser rules carry no data: their message and position say it all.
  return groupRepeated(log).map(({ lines, ...diagnostic }) => ({ ...diagnostic, file: log.file, data: lines ? { lines } : {} }) as Finding);
}

/** The findings of one rule, typed with that rule's data. */
export function findingsOf<Id extends RuleId>(findings: readonly Finding[], ruleId: Id): Finding<Id>[] {
  return findings.filter((finding): finding is Finding<Id> => finding.ruleId === ruleId);
}

export interface FindingSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarise(findings: readonly Finding[]): FindingSummary {
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** Newest first by date; undated logs last, in the order given. */
export function newestLog(logs: readonly WorkLog[]): WorkLog | undefined {
  const dated = logs.filter((log) => log.date !== null);
  return [...dated].sort((a, b) => compareDates(b.date ?? '', a.date ?? ''))[0] ?? logs[0];
}
