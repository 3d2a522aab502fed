/** What the daily report lists of its findings: those at `report.minSeverity` and above, grouped by rule, each group counted. */

import type { StatusReport } from '../analyze/status.js';
import type { ReportSection } from '../model/config.js';
import type { Finding, Severity } from '../model/diagnostic.js';
import { plural } from '../words/plural.js';

/** One rule's findings in the report, all of one severity. */
export interface FindingGroup {
  ruleId: string;
  severity: Severity;
  findings: Finding[];
}

export interface ReportFindings {
  groups: FindingGroup[];
  /** Findings below the report's least severity: counted, not listed. */
  belowSeverity: number;
  /** Coverage notes the matrix above already shows (a gap, a pending drill): not listed twice. */
  inMatrix: number;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

// These notes say, one cell at a time, what the coverage matrix shows as a whole.
const matrixRules: ReadonlySet<string> = new Set(['coverage/gap', 'coverage/pending']);

/** Whether the report shows `section`. */
export function showsSection(report: StatusReport, section: ReportSection): boolean {
  return report.reportConfig.sections.includes(section);
}

/** The findings the report lists, most severe rule first, then the rule with most findings, then by rule id. */
export function reportFindings(report: StatusReport): ReportFindings {
  const { minSeverity } = report.reportConfig;
  const coverageShown = showsSection(report, 'coverage') && report.coverage.systems.length > 0;
  const atSeverity = report.findings.filter((finding) => severityRank[finding.severity] <= severityRank[minSeverity]);
  const listed = atSeverity.filter((finding) => !(coverageShown && matrixRules.has(finding.ruleId)));
  const groups = new Map<string, FindingGroup>();
  for (const finding of listed) {
    const key = `${finding.severity} ${finding.ruleId}`;
    const group = groups.get(key) ?? { ruleId: finding.ruleId, severity: finding.severity, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  const ordered = [...groups.values()].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]
    || b.findings.length - a.findings.length || a.ruleId.localeCompare(b.ruleId));
  return { groups: ordered, belowSeverity: report.findings.length - atSeverity.length, inMatrix: atSeverity.length - listed.length };
}

const severityWords: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** `8 warnings`: a group's count in the words the summary uses. */
export function groupCount(group: FindingGroup): string {
  return plural(group.findings.length, severityWords[group.severity]);
}

/** What the report leaves out and where to find it, or nothing when it lists every finding. */
export function unlistedNote(report: StatusReport, { belowSeverity, inMatrix }: ReportFindings, code: (name: string) => string): string {
  const parts = [
    inMatrix > 0 ? `${plural(inMatrix, 'coverage note')} shown by the matrix` : '',
    belowSeverity > 0 ? `${plural(belowSeverity, 'finding')} below ${report.reportConfig.minSeverity} (${code('report.minSeverity')})` : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? '' : `Not listed: ${parts.join('; ')}; ${code('worklog check')} and ${code('--format json')} have every finding.`;
}
