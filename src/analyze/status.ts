/** The status report: everything `worklog status` shows, computed from the logs. */

import type { Coverage } from '../model/coverage.js';
import type { Finding } from '../model/diagnostic.js';
import type { Item, ItemStatus, WorkLog } from '../model/log.js';
import { summariseDiagrams, type DiagramSummary } from './diagrams.js';
import { summarise, type FindingSummary } from './findings.js';
import { loadCharts, type LoadChart } from './schedule/load.js';
import { summariseSchedule, type ScheduleSummary } from './schedule/summary.js';
import { runRules } from './index.js';
import { byPriorityThenLine, countByStatus, groupByPriority, openItems, type PriorityGroup } from './items.js';
import type { AnalysisContext } from './rule.js';

export interface StatusReport {
  /** Today's log: the newest dated one. */
  log: WorkLog;
  /** The other logs given, older or undated. */
  history: WorkLog[];
  counts: Record<ItemStatus, number>;
  open: Item[];
  openByPriority: PriorityGroup[];
  coverage: Coverage;
  schedule: ScheduleSummary;
  /** Load charts of the staffing tables (gantt charts are in `worklog schedule`). */
  load: LoadChart[];
  diagrams: DiagramSummary[];
  findings: Finding[];
  summary: FindingSummary;
  version: string;
}

export function buildStatus(context: AnalysisContext, version: string): StatusReport {
  const log = context.today;
  const open = openItems(log).sort(byPriorityThenLine);
  const findings = runRules(context);
  return {
    log,
    history: context.logs.filter((other) => other !== log),
    counts: countByStatus(log.items),
    open,
    openByPriority: groupByPriority(open),
    coverage: context.coverage,
    schedule: summariseSchedule(findings),
    load: loadCharts(context.schedule, context.calendar).filter((chart) => chart.plan.kind === 'table'),
    diagrams: summariseDiagrams(log, findings),
    findings,
    summary: summarise(findings),
    version,
  };
}
