/** The rule engine: builds the context once, runs every rule, and gives each result its severity. */

import { buildCalendar } from '../calendar/build.js';
import type { WorkCalendar } from '../calendar/working-days.js';
import type { WorklogConfig } from '../model/config.js';
import type { Coverage } from '../model/coverage.js';
import type { Finding } from '../model/diagnostic.js';
import type { WorkLog } from '../model/log.js';
import type { Schedule } from '../model/schedule.js';
import { buildCoverage } from './coverage/matrix.js';
import { diagnosticsAsFindings, newestLog } from './findings.js';
import type { AnalysisContext, Rule } from './rule.js';
import { coverageAlarm } from './rules/coverage-alarm.js';
import { coverageGap } from './rules/coverage-gap.js';
import { coveragePending } from './rules/coverage-pending.js';
import { calendarUnknownYear } from './rules/calendar-unknown-year.js';
import { scheduleDaysMismatch } from './rules/schedule-days-mismatch.js';
import { scheduleDrift } from './rules/schedule-drift.js';
import { scheduleNonWorkingDay } from './rules/schedule-non-working-day.js';
import { scheduleOverAllocation } from './rules/schedule-over-allocation.js';
import { scheduleOverlap } from './rules/schedule-overlap.js';
import { buildSchedule } from './schedule/build.js';

export const scheduleRules: readonly Rule[] = [
  scheduleOverlap, scheduleOverAllocation, scheduleDaysMismatch, scheduleNonWorkingDay, scheduleDrift, calendarUnknownYear,
];

export const coverageRules: readonly Rule[] = [coverageGap, coveragePending, coverageAlarm];

export const rules: readonly Rule[] = [...scheduleRules, ...coverageRules];

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
      coverage ??= buildCoverage(logs, config.coverage);
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

/** Severities from the configuration win over a diagnostic's own; `off` drops it. */
function applySeverities(findings: readonly Finding[], configured: WorklogConfig['rules']): Finding[] {
  return findings.flatMap((finding) => {
    const severity = configured[finding.ruleId];
    if (severity === 'off') return [];
    return severity ? [{ ...finding, severity }] : [finding];
  });
}

/** The findings of the given rules (all by default), plus the parser's diagnostics of today's log. */
export function runRules(context: AnalysisContext, selected: readonly Rule[] = rules, withDiagnostics = true): Finding[] {
  const findings: Finding[] = withDiagnostics ? applySeverities(diagnosticsAsFindings(context.today), context.config.rules) : [];
  for (const rule of selected) {
    // A rule that is off by default still runs when the configuration turns it on.
    const severity = context.config.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    findings.push(...rule.run(context).map((result) => ({ ruleId: rule.id, severity, ...result })));
  }
  return findings.sort(byPosition);
}
