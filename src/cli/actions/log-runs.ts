/**
 * Each log's own rule run in `check` (its plan's rules and its parser's diagnostics), kept in the cache beside its model
 * with what the analyses across logs read of it, so that a run over unchanged logs neither repeats the run nor reads
 * their models.
 */

import { newestLog } from '../../analyze/findings.js';
import type { RuleRun } from '../../analyze/index.js';
import type { WorkCalendar } from '../../calendar/working-days.js';
import { resultSettings, type CachedLog, type ResultSettings } from '../../io/model-cache.js';
import type { WorklogConfig } from '../../model/config.js';
import type { WorkLog } from '../../model/log.js';
import type { PhaseEnd } from '../heap.js';
import type { Inputs, LogSource } from '../load.js';
import { fromKept, isKeptRun, runOn, toKept } from './own-run.js';

// Written once per configuration, not once for each of thousands of logs.
const settingsOf = new WeakMap<WorklogConfig, ResultSettings>();

function runSettings(config: WorklogConfig): ResultSettings {
  const settings = settingsOf.get(config) ?? resultSettings({ run: 'check log rules', config });
  settingsOf.set(config, settings);
  return settings;
}

/** The log's summary kept with its run, which `check` reads instead of its model; null when none is kept for this configuration. */
export function keptSummary(cached: CachedLog, file: string, config: WorklogConfig): WorkLog | null {
  const { value } = cached.results(runSettings(config));
  return isKeptRun(value, file) ? value.summary : null;
}

/**
 * The inputs with today's log (the newest) read whole when a summary stands for it: what is due today and where a
 * coverage cell is reported are read from all of it. Its model is read from the cache, else parsed and stored there.
 */
export async function withTodaysLog(inputs: Inputs): Promise<Inputs> {
  const today = newestLog(inputs.logs);
  const index = inputs.sources.findIndex((source) => source.log === today);
  const source = inputs.sources[index];
  if (!source) return inputs;
  const { cached } = source;
  // A log read from its model is that model: the cache hands out the one it read or stored, unless it kept only its run.
  if (source.run === undefined && (!cached || cached.log === source.log)) return inputs;
  let log = cached?.log ?? null;
  if (!log) {
    log = (await inputs.parser())(source.readText(), source.log.file);
    cached?.store(log);
  }
  const whole = log;
  return {
    ...inputs,
    logs: inputs.logs.map((known) => (known === today ? whole : known)),
    sources: inputs.sources.map((known, at) => (at === index ? { ...known, log: whole } : known)),
  };
}

/**
 * Each log's own run: the one worked out where it was parsed, else the one the cache holds for this model and
 * configuration, else run here; a run not found in the cache is kept there.
 */
export function logRuns(sources: readonly LogSource[], config: WorklogConfig, calendar: WorkCalendar, endPhase?: PhaseEnd): RuleRun[] {
  const settings = runSettings(config);
  return sources.map(({ log, cached, run: worked }) => {
    const ran = worked ? fromKept(worked, log) : null;
    if (ran) {
      cached?.results(settings).store(worked);
      return ran;
    }
    const kept = cached?.results(settings);
    const hit = kept ? fromKept(kept.value, log) : null;
    if (hit) return hit;
    // Each rule run on a big log is a phase of its own; the caller ends the last.
    const run = runOn(log, config, calendar, endPhase);
    const keepable = kept ? toKept(run, log, config) : null;
    if (keepable) kept?.store(keepable);
    return run;
  });
}
