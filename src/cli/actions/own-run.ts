/**
 * A log's own rule run in `check` (its plan's rules and its parser's diagnostics) in the form it is kept and sent in:
 * findings, the suppressions used by their place in the log, and the log as the analyses across logs read it. A worker
 * works it out where it parsed the log; the cache keeps it beside the log's model (`log-runs.ts`).
 */

import { isDrillItem } from '../../analyze/coverage/drill-item.js';
import { drillRecords } from '../../analyze/coverage/drill-table.js';
import { createContext, runRuleSet, scheduleAnalyses, type RuleRun } from '../../analyze/index.js';
import type { WorkCalendar } from '../../calendar/working-days.js';
import { fieldsOf, isObjectList } from '../../io/kept-shape.js';
import type { CoverageConfig, WorklogConfig } from '../../model/config.js';
import type { Finding } from '../../model/diagnostic.js';
import type { RuleId } from '../../model/finding-data.js';
import type { Suppression, WorkLog } from '../../model/log.js';

/**
 * A run as kept: its findings as shown, the suppressions it used by their place in the log's list, what ran on the log,
 * and the log as the analyses across logs read it (`summaryOf`).
 */
export interface KeptRun {
  findings: Finding[];
  used: number[];
  rules: RuleId[];
  diagnostics: boolean;
  summary: WorkLog;
}

const isSummaryOf = (value: unknown, file: string): value is WorkLog => {
  const log = fieldsOf<WorkLog>(value);
  return log !== null && log.file === file && Array.isArray(log.items) && Array.isArray(log.notes) && (log.suppressions === undefined || Array.isArray(log.suppressions));
};

/** A run kept for this log, with its summary: an entry spoiled in either is a miss, run again and written again. */
export const isKeptRun = (value: unknown, file: string): value is KeptRun => {
  const kept = fieldsOf<KeptRun>(value);
  return kept !== null && isObjectList(kept.findings)
    && Array.isArray(kept.used) && kept.used.every((index) => Number.isInteger(index))
    && Array.isArray(kept.rules) && kept.rules.every((rule) => typeof rule === 'string')
    && typeof kept.diagnostics === 'boolean' && isSummaryOf(kept.summary, file);
};

/**
 * A log as the analyses across logs (coverage) read it when it is not today's log: its name, date and suppressions, the
 * items on the lines of its drill items and drill records (looked up there by line), and its tables (drill records are
 * read from them). Derived from the model alone under the coverage settings, it is kept under the model's key and the
 * configuration, beside the log's run.
 */
export function summaryOf(log: WorkLog, coverage: CoverageConfig): WorkLog {
  const lines = new Set([...log.items.filter((item) => isDrillItem(item, coverage)).map((item) => item.line), ...drillRecords(log).map((record) => record.line)]);
  const { file, date, dateSource, title, frontMatter, suppressions } = log;
  return {
    file, date, dateSource, title, frontMatter,
    headings: [], items: log.items.filter((item) => lines.has(item.line)), notes: log.notes.filter((note) => note.kind === 'table'),
    staffing: [], diagrams: [], gantts: [], sequences: [], diagnostics: [],
    ...(suppressions ? { suppressions } : {}),
  };
}

/** The run as kept, or null when it cannot be kept: it ran on or used a comment of another log. */
export function toKept(run: RuleRun, log: WorkLog, config: WorklogConfig): KeptRun | null {
  const onLog = run.ran.get(log.file);
  if (!onLog || run.ran.size !== 1) return null;
  const places = new Map<Suppression, number>((log.suppressions ?? []).map((suppression, index) => [suppression, index]));
  const used = run.used.map((suppression) => places.get(suppression) ?? -1);
  if (used.includes(-1)) return null;
  // What ran judges only the log's suppressions: a log without any needs no list of the rules.
  const rules = log.suppressions?.length ? [...onLog.rules] : [];
  return { findings: run.findings, used, rules, diagnostics: onLog.diagnostics, summary: summaryOf(log, config.coverage) };
}

/** The kept run as the engine gave it: its suppressions are the log's own objects again, since unused ones are found by identity. */
export function fromKept(value: unknown, log: WorkLog): RuleRun | null {
  if (!isKeptRun(value, log.file)) return null;
  const suppressions = log.suppressions ?? [];
  const used = value.used.flatMap((index) => suppressions[index] ?? []);
  if (used.length !== value.used.length) return null;
  return { findings: value.findings, used, ran: new Map([[log.file, { rules: new Set(value.rules), diagnostics: value.diagnostics }]]) };
}

/**
 * The run reads only the log (in its context alone), the configuration (the calendar is built from it) and the rules'
 * code; the model's key already holds the log's text, the settings it was parsed with and the version, and the results'
 * key the day the model was read on when the model depends on it. `betweenRules` is called between two rules that run.
 */
export function runOn(log: WorkLog, config: WorklogConfig, calendar: WorkCalendar, betweenRules?: () => void): RuleRun {
  return runRuleSet(createContext([log], config, calendar, log), scheduleAnalyses, true, betweenRules);
}

/**
 * The log's own run as kept, worked out where it was parsed (a worker thread) so that only this, not its model, is
 * sent back; null when it cannot be kept, and the model is sent instead.
 */
export function ownRunOf(log: WorkLog, config: WorklogConfig, calendar: WorkCalendar): KeptRun | null {
  return toKept(runOn(log, config, calendar), log, config);
}
