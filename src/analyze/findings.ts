/** Findings: diagnostics tied to their file, and the summary counts every report shows. */

import type { Finding, Severity } from '../model/diagnostic.js';
import type { WorkLog } from '../model/log.js';

export function diagnosticsAsFindings(log: WorkLog): Finding[] {
  return log.diagnostics.map((diagnostic) => ({ ...diagnostic, file: log.file, data: {} }));
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
  return [...dated].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0] ?? logs[0];
}
