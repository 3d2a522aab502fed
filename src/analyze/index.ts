/** The rule engine: builds the context once, runs the analyses, and gives each finding its severity from the configuration or the rule catalog. */

import { buildCalendar } from '../calendar/build.js';
import type { WorkCalendar } from '../calendar/working-days.js';
import type { WorklogConfig } from '../model/config.js';
import type { Coverage } from '../model/coverage.js';
import type { Finding } from '../model/diagnostic.js';
import type { RuleId } from '../model/finding-data.js';
import type { WorkLog } from '../model/log.js';
import type { Schedule } from '../model/schedule.js';
import { defaultSeverity } from '../rules/catalog.js';
import { buildCoverage } from './coverage/matrix.js';
import { diagnosticsAsFindings, newestLog } from './findings.js';
import type { AnalysisContext, Rule } from './rule.js';
import { calendarUnknownYear } from './rules/calendar-unknown-year.js';
import { coverageAlarm } from './rules/coverage-alarm.js';
import { coverageGap } from './rules/coverage-gap.js';
import { coveragePending } from './rules/coverage-pending.js';
import { coverageUnattributed } from './rules/coverage-unattributed.js';
import { itemsDueToday } from './rules/items-due-today.js';
import { itemsOverdue } from './rules/items-overdue.js';
import { scheduleDaysMismatch } from './rules/schedule-days-mismatch.js';
import { scheduleDrift } from './rules/schedule-drift.js';
import { scheduleImplausibleRange } from './rules/schedule-implausible-range.js';
import { scheduleNonWorkingDay } from './rules/schedule-non-working-day.js';
import { scheduleOutOfCycle } from './rules/schedule-out-of-cycle.js';
import { scheduleOverAllocation } from './rules/schedule-over-allocation.js';
import { scheduleOverlap } from './rules/schedule-overlap.js';
import { scheduleUnassigned } from './rules/schedule-unassigned.js';
import { buildSchedule } from './schedule/build.js';

/** The analyses of one log's plan: its staffing tables and gantt charts. */
export const scheduleAnalyses: readonly Rule[] = [
  scheduleOverlap, scheduleOverAllocation, scheduleDaysMismatch, scheduleOutOfCycle, scheduleNonWorkingDay, scheduleDrift, scheduleImplausibleRange, scheduleUnassigned,
  calendarUnknownYear,
];

/** The analyses of the drills across every log. */
export const coverageAnalyses: readonly Rule[] = [coverageGap, coveragePending, coverageAlarm, coverageUnattributed];

/** The analyses of today's items: what is due. */
export const itemAnalyses: readonly Rule[] = [itemsOverdue, itemsDueToday];

export const analyses: readonly Rule[] = [...scheduleAnalyses, ...coverageAnalyses, ...itemAnalyses];

/** The context of a run; `today` is the newest dated log unless one is named (checking each log in turn). */
export function createContext(
  logs: readonly WorkLog[],
  config: WorklogConfig,
  calendar: WorkCalendar = buildCalendar(config.calendar),
  chosen?: WorkLog,
): AnalysisContext {
  const today = chosen ?? newestLog(logs);
  if (!today) throw new Error('an analysis needs at least one log');
  // Built on first use, once: `check` makes a context per log but needs coverage only once, `coverage` no schedule.
  let coverage: Coverage | undefined;
  let schedule: Schedule | undefined;
  return {
    logs,
    today,
    config,
    calendar,
    get coverage() {
      coverage ??= buildCoverage(logs, config.coverage, calendar);
      return coverage;
    },
    get schedule() {
      schedule ??= buildSchedule(today, calendar, config);
      return schedule;
    },
  };
}

const byPosition = (a: Finding, b: Finding): number =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

/** The severity a rule's findings get in this run: the configuration's, else the catalog's default. */
export function severityIn(config: WorklogConfig, ruleId: RuleId) {
  return config.rules[ruleId] ?? defaultSeverity(ruleId);
}

/** The findings of the given analyses (all by default), plus the parser's diagnostics of today's log. */
export function runRules(context: AnalysisContext, selected: readonly Rule[] = analyses, withDiagnostics = true): Finding[] {
  const findings: Finding[] = [];
  if (withDiagnostics) {
    for (const finding of diagnosticsAsFindings(context.today)) {
      const severity = severityIn(context.config, finding.ruleId);
      if (severity !== 'off') findings.push({ ...finding, severity });
    }
  }
  for (const rule of selected) {
    // A rule that is off by default still runs when the configuration turns it on.
    const severity = severityIn(context.config, rule.id);
    if (severity === 'off') continue;
    // Each rule's results carry that rule's data, so the finding is of that rule.
    for (const result of rule.run(context)) findings.push({ ruleId: rule.id, severity, ...result } as Finding);
  }
  return findings.sort(byPosition);
}
