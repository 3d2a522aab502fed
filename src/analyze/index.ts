/** The rule engine: builds the context once, runs the analyses, and gives each finding its severity from the configuration or the rule catalog. */

import { buildCalendar } from '../calendar/build.js';
import type { WorkCalendar } from '../calendar/working-days.js';
import type { WorklogConfig } from '../model/config.js';
import type { Coverage } from '../model/coverage.js';
import type { Finding, Severity } from '../model/diagnostic.js';
import type { RuleId } from '../model/finding-data.js';
import type { Suppression, WorkLog } from '../model/log.js';
import type { Schedule } from '../model/schedule.js';
import { parserRuleIds } from '../rules/catalog.js';
import { buildCoverage } from './coverage/matrix.js';
import { diagnosticsAsFindings, newestLog } from './findings.js';
import type { AnalysisContext, Rule } from './rule.js';
import { silence, unusedSuppressions, type RulesRan } from './suppress.js';
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
import { severityIn } from './severity.js';
import { compareText } from '../words/order.js';

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

// Files in the reader's order; rule ids (ASCII) by code unit, which is that order too without setting up ICU's collator,
// the largest single cost of a morning view that has one file.
const byPosition = (a: Finding, b: Finding): number =>
  (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId);

// `check` runs a rule set for each of thousands of logs over the same list: its index is made once, not once a log.
const suppressionIndexes = new WeakMap<readonly WorkLog[], ReadonlyMap<string, readonly Suppression[]>>();

/** Each log's suppression comments by file; today's own when it is not among the logs. */
function suppressionsByFile(logs: readonly WorkLog[], today: WorkLog): { get(file: string): readonly Suppression[] | undefined } {
  let index = suppressionIndexes.get(logs);
  if (!index) {
    index = new Map(logs.map((log) => [log.file, log.suppressions ?? []]));
    suppressionIndexes.set(logs, index);
  }
  const known = index;
  return { get: (file) => (file === today.file ? today.suppressions ?? [] : known.get(file)) };
}

/** One set of rules run over one context: what it shows, the suppressions that silenced the rest, and what ran on which log. */
export interface RuleRun {
  findings: Finding[];
  used: Suppression[];
  ran: Map<string, RulesRan>;
}

/**
 * The findings of the given analyses (all by default), plus the parser's diagnostics of today's log, less those a
 * comment in the log suppresses. `betweenRules` is called between two rules that run (a run over a big log ends a phase
 * there; its caller ends one after the last).
 */
export function runRuleSet(context: AnalysisContext, selected: readonly Rule[] = analyses, withDiagnostics = true, betweenRules: () => void = () => undefined): RuleRun {
  const { config, today, logs } = context;
  const findings: Finding[] = [];
  const used: Suppression[] = [];
  const ran = new Map<string, RulesRan>();
  const ranOn = (file: string): RulesRan => {
    const entry = ran.get(file) ?? { rules: new Set<RuleId>(), diagnostics: false };
    ran.set(file, entry);
    return entry;
  };
  const suppressionsIn = suppressionsByFile(logs, today);
  if (withDiagnostics) {
    const shown = ranOn(today.file);
    shown.diagnostics = true;
    for (const id of parserRuleIds) if (severityIn(config, id) !== 'off') shown.rules.add(id);
    // Silenced before repeated ones are folded, so that a comment above one of them takes that line out of the list.
    const silenced = silence(today.diagnostics.filter((found) => shown.rules.has(found.ruleId)), () => suppressionsIn.get(today.file) ?? []);
    used.push(...silenced.used);
    for (const finding of diagnosticsAsFindings({ ...today, diagnostics: silenced.shown })) {
      findings.push({ ...finding, severity: severityIn(config, finding.ruleId) as Severity });
    }
  }
  let rulesRun = 0;
  for (const rule of selected) {
    // A rule that is off by default still runs when the configuration turns it on.
    const severity = severityIn(config, rule.id);
    if (severity === 'off') continue;
    if (rulesRun++ > 0) betweenRules();
    for (const log of rule.logs === 'every' ? logs : [today]) ranOn(log.file).rules.add(rule.id);
    // Each rule's results carry that rule's data, so the finding is of that rule.
    const results = rule.run(context).map((result) => ({ ruleId: rule.id, severity, ...result }) as Finding);
    const silenced = silence(results, (finding) => suppressionsIn.get(finding.file) ?? []);
    used.push(...silenced.used);
    for (const finding of silenced.shown) findings.push(finding);
  }
  return { findings: findings.sort(byPosition), used, ran };
}

/** The findings of the given analyses (all by default), plus the parser's diagnostics of today's log, less the suppressed ones. */
export function runRules(context: AnalysisContext, selected: readonly Rule[] = analyses, withDiagnostics = true): Finding[] {
  return runRuleSet(context, selected, withDiagnostics).findings;
}

/** What a command shows from its rule sets: their findings, then each suppression that silenced nothing where its rule ran. */
export function findingsOfRuns(runs: readonly RuleRun[], { logs, config }: Pick<AnalysisContext, 'logs' | 'config'>): Finding[] {
  const findings = runs.flatMap((run) => run.findings);
  const severity = severityIn(config, 'worklog/unused-disable');
  if (severity === 'off') return findings;
  const ran = new Map<string, RulesRan>();
  for (const [file, onLog] of runs.flatMap((run) => [...run.ran])) {
    const entry = ran.get(file) ?? { rules: new Set<RuleId>(), diagnostics: false };
    ran.set(file, { rules: new Set([...entry.rules, ...onLog.rules]), diagnostics: entry.diagnostics || onLog.diagnostics });
  }
  const unused = unusedSuppressions(logs, new Set(runs.flatMap((run) => run.used)), ran);
  return [...findings, ...unused.map((finding) => ({ ...finding, severity })).sort(byPosition)];
}
