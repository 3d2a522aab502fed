/** The status report: everything `worklog status` shows, computed from the logs. */

import { buildHistory, type History } from '../history/aging.js';
import type { ReportConfig } from '../model/config.js';
import type { Coverage } from '../model/coverage.js';
import type { Provenance } from '../model/provenance.js';
import type { Finding } from '../model/diagnostic.js';
import type { Item, ItemStatus, WorkLog } from '../model/log.js';
import { summariseDiagrams, type DiagramSummary } from './diagrams.js';
import { dueItems, type DueItem } from './due.js';
import { summarise, type FindingSummary } from './findings.js';
import type { LoadChart } from './schedule/load.js';
import { summariseSchedule, type ScheduleSummary } from './schedule/summary.js';
import { byPriorityThenLine, countByStatus, groupByPriority, openItems, type PriorityGroup } from './items.js';
import type { AnalysisContext } from './rule.js';

export interface StatusReport {
  /** Today's log: the newest dated one. */
  log: WorkLog;
  /** The other logs given, older or undated. */
  others: WorkLog[];
  counts: Record<ItemStatus, number>;
  /** Open and in-progress items due today or before, most overdue first: shown before the rest. */
  due: DueItem[];
  open: Item[];
  openByPriority: PriorityGroup[];
  coverage: Coverage;
  schedule: ScheduleSummary;
  /** A load chart per plan (the morning view shows the staffing tables'; the daily report all). */
  load: LoadChart[];
  diagrams: DiagramSummary[];
  findings: Finding[];
  summary: FindingSummary;
  /** How long each open item has been open, and what changed since the previous log. */
  history: History;
  provenance: Provenance;
  /** What the daily report shows: its sections in order and the least severe findings it lists. */
  reportConfig: ReportConfig;
}

/** What the report works out across the logs, apart from what it reads off today's log: the costly part of a report (`status-analysis.ts`). */
export interface StatusAnalysis {
  /** The logs' findings (those about the files themselves are added by `buildStatus`). */
  findings: Finding[];
  coverage: Coverage;
  load: LoadChart[];
}

/** The logs a report is about and what it reads them with: all a report needs besides its analysis. */
export type StatusBasis = Pick<AnalysisContext, 'logs' | 'today' | 'config' | 'calendar'>;

/**
 * `inputFindings` are those about the files themselves (paths that are no readable log), listed before the logs' own;
 * `analysis` is the context's, worked out now or kept from an earlier run.
 */
export function buildStatus(context: StatusBasis, provenance: Provenance, inputFindings: readonly Finding[], analysis: StatusAnalysis): StatusReport {
  const log = context.today;
  const open = openItems(log).sort(byPriorityThenLine);
  const findings = [...inputFindings, ...analysis.findings];
  return {
    log,
    others: context.logs.filter((other) => other !== log),
    counts: countByStatus(log.items),
    due: dueItems(log, context.calendar),
    open,
    openByPriority: groupByPriority(open),
    coverage: analysis.coverage,
    schedule: summariseSchedule(findings),
    load: analysis.load,
    diagrams: summariseDiagrams(log, findings),
    findings,
    summary: summarise(findings),
    history: buildHistory(context.logs, log, context.calendar),
    provenance,
    reportConfig: context.config.report,
  };
}
