/** What each command computes and hands to its formats. */

import type { FindingSummary } from '../analyze/findings.js';
import type { LoadChart } from '../analyze/schedule/load.js';
import type { StatusReport } from '../analyze/status.js';
import type { AnnotationLimits, WorklogConfig } from '../model/config.js';
import type { Coverage } from '../model/coverage.js';
import type { Finding } from '../model/diagnostic.js';
import type { IsoDate, Item, WorkLog } from '../model/log.js';
import type { Schedule } from '../model/schedule.js';
import type { RuleMeta } from '../rules/meta.js';
import type { ItemAge } from '../history/aging.js';
import type { Trend } from '../history/trend.js';

/** A log and the items `worklog items` lists from it. */
export interface LogItems {
  log: WorkLog;
  items: Item[];
  /** How long each open item has been open, from the logs before this one. */
  ages: ReadonlyMap<Item, ItemAge>;
  /** An earlier dated log exists, so an age means something (without one, every item is new). */
  hasPrevious: boolean;
}

export interface CheckResult {
  /** Every log checked, in the order given, with or without findings. */
  files: string[];
  findings: Finding[];
  summary: FindingSummary;
  /** What GitHub annotations need besides the findings; without it every finding is annotated. */
  annotations?: AnnotationPlan;
}

/** How `--format github` picks the findings it annotates: the limits, each log's date (newest first), and where the rest are listed. */
export interface AnnotationPlan {
  limits: AnnotationLimits;
  logDates: ReadonlyMap<string, IsoDate | null>;
  /** Whether every finding also goes to the job's step summary (`GITHUB_STEP_SUMMARY`). */
  stepSummary: boolean;
}

export interface ScheduleResult {
  schedule: Schedule;
  /** A load chart per plan. */
  charts: LoadChart[];
  findings: Finding[];
  /** The newest log's date, where the charts mark today. */
  today: IsoDate | null;
}

export interface CoverageResult {
  coverage: Coverage;
  findings: Finding[];
}

export interface RulesResult {
  rules: readonly RuleMeta[];
  /** The severities the configuration sets, where it sets one. */
  configured: WorklogConfig['rules'];
}

/** The result of each command that has formats. */
export interface CommandResults {
  status: StatusReport;
  report: StatusReport;
  /** `status --all-logs`: each log's report, oldest first, each with the logs before it as history. */
  statusAllLogs: readonly StatusReport[];
  reportAllLogs: readonly StatusReport[];
  check: CheckResult;
  items: readonly LogItems[];
  schedule: ScheduleResult;
  coverage: CoverageResult;
  parse: readonly WorkLog[];
  rules: RulesResult;
  trend: Trend;
}
