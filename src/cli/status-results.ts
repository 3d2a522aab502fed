/** A status report's analysis (findings, coverage, load charts) kept in the cache beside today's model, so that a morning view of unchanged logs does not work it out again. */

import { analyseStatus, type StatusAnalysis } from '../analyze/status.js';
import type { AnalysisContext } from '../analyze/rule.js';
import { resultSettings } from '../io/model-cache.js';
import type { Inputs } from './load.js';

const isStatusAnalysis = (value: unknown): value is StatusAnalysis => {
  if (typeof value !== 'object' || value === null) return false;
  const kept = value as Partial<Record<keyof StatusAnalysis, unknown>>;
  return Array.isArray(kept.findings) && kept.findings.every((finding) => typeof finding === 'object' && finding !== null)
    && typeof kept.coverage === 'object' && kept.coverage !== null
    && Array.isArray(kept.load) && kept.load.every((chart) => typeof chart === 'object' && chart !== null);
};

/**
 * The context's analysis, from the cache when every log came through it. The analysis reads the logs (each model's key
 * holds its text, name, parse settings and worklog's version), the configuration (the calendar is built from it) and
 * the rules' code, never the clock; it is kept on today's model, keyed by every log's model, the whole configuration and
 * the day the run is about. Provenance from git is not part of it: it is read on every run.
 */
export function keptStatusAnalysis({ sources, config, cache }: Inputs, context: AnalysisContext, today: string): StatusAnalysis {
  const own = sources.find((source) => source.log === context.today)?.cached;
  const models = sources.map((source) => source.cached?.key);
  if (!own || models.some((key) => key === undefined)) return analyseStatus(context);
  const kept = own.results(resultSettings({ run: 'status', config, today, models }));
  if (isStatusAnalysis(kept.value)) return kept.value;
  const analysis = analyseStatus(context);
  kept.store(analysis);
  cache?.close();
  return analysis;
}
