/** Each log's own rule run in `check` (its plan's rules and its parser's diagnostics), kept in the cache beside its model so that a run over unchanged logs does not repeat it. */

import { createContext, runRuleSet, scheduleAnalyses, type RuleRun } from '../../analyze/index.js';
import type { WorkCalendar } from '../../calendar/working-days.js';
import { resultSettings, type ResultSettings } from '../../io/model-cache.js';
import type { WorklogConfig } from '../../model/config.js';
import type { Finding } from '../../model/diagnostic.js';
import type { RuleId } from '../../model/finding-data.js';
import type { Suppression, WorkLog } from '../../model/log.js';
import type { LogSource } from '../load.js';

/** A run as kept: its findings as shown, the suppressions it used by their place in the log's list, and what ran on the log. */
interface KeptRun {
  findings: Finding[];
  used: number[];
  rules: RuleId[];
  diagnostics: boolean;
}

const isKeptRun = (value: unknown): value is KeptRun => {
  if (typeof value !== 'object' || value === null) return false;
  const kept = value as Partial<Record<keyof KeptRun, unknown>>;
  return Array.isArray(kept.findings) && kept.findings.every((finding) => typeof finding === 'object' && finding !== null)
    && Array.isArray(kept.used) && kept.used.every((index) => Number.isInteger(index))
    && Array.isArray(kept.rules) && kept.rules.every((rule) => typeof rule === 'string')
    && typeof kept.diagnostics === 'boolean';
};

/** The run as kept, or null when it cannot be kept: it ran on or used a comment of another log. */
function toKept(run: RuleRun, log: WorkLog): KeptRun | null {
  const onLog = run.ran.get(log.file);
  if (!onLog || run.ran.size !== 1) return null;
  const places = new Map<Suppression, number>((log.suppressions ?? []).map((suppression, index) => [suppression, index]));
  const used = run.used.map((suppression) => places.get(suppression) ?? -1);
  if (used.includes(-1)) return null;
  return { findings: run.findings, used, rules: [...onLog.rules], diagnostics: onLog.diagnostics };
}

/** The kept run as the engine gave it: its suppressions are the log's own objects again, since unused ones are found by identity. */
function fromKept(value: unknown, log: WorkLog): RuleRun | null {
  if (!isKeptRun(value)) return null;
  const suppressions = log.suppressions ?? [];
  const used = value.used.flatMap((index) => suppressions[index] ?? []);
  if (used.length !== value.used.length) return null;
  return { findings: value.findings, used, ran: new Map([[log.file, { rules: new Set(value.rules), diagnostics: value.diagnostics }]]) };
}

/**
 * The run reads only the log (in its context alone), the configuration (the calendar is built from it) and the rules'
 * code; the model's key already holds the log's text, the settings it was parsed with and the version, and the results'
 * key the day the model was read on when the model depends on it.
 */
function runOn(log: WorkLog, config: WorklogConfig, calendar: WorkCalendar): RuleRun {
  return runRuleSet(createContext([log], config, calendar, log), scheduleAnalyses);
}

/** Each log's own run, from the cache when it holds one for this model and configuration, else run and kept there. */
export function logRuns(sources: readonly LogSource[], config: WorklogConfig, calendar: WorkCalendar): RuleRun[] {
  const settings: ResultSettings = resultSettings({ run: 'check log rules', config });
  return sources.map(({ log, cached }) => {
    const kept = cached?.results(settings);
    const hit = kept ? fromKept(kept.value, log) : null;
    if (hit) return hit;
    const run = runOn(log, config, calendar);
    const keepable = kept ? toKept(run, log) : null;
    if (keepable) kept?.store(keepable);
    return run;
  });
}
