/** A status report's analysis (findings, coverage, load charts) kept in the cache beside today's model, so that a morning view of unchanged logs does not work it out again. */

import type { StatusAnalysis, StatusBasis } from '../analyze/status.js';
import { fieldsOf, isObjectList } from '../io/kept-shape.js';
import { keptBesideToday } from './kept-beside-today.js';
import type { Inputs } from './load.js';

const isStatusAnalysis = (value: unknown): value is StatusAnalysis => {
  const kept = fieldsOf<StatusAnalysis>(value);
  return kept !== null && isObjectList(kept.findings) && fieldsOf(kept.coverage) !== null && isObjectList(kept.load);
};

/** The analysis worked out now: the rule engine loads only for this, so a run that finds it kept never loads it. */
export async function analyseNow({ logs, today, config, calendar }: StatusBasis): Promise<StatusAnalysis> {
  const [{ createContext }, { analyseStatus }] = await Promise.all([import('../analyze/index.js'), import('../analyze/status-analysis.js')]);
  return analyseStatus(createContext(logs, config, calendar, today));
}

/**
 * The report's analysis, from the cache when every log came through it. The analysis reads the logs (each model's key
 * holds its text, name, parse settings and worklog's version), the configuration (the calendar is built from it) and
 * the rules' code, never the clock; it is kept on today's model, keyed by every log's model, the whole configuration and
 * the day the run is about. Provenance from git is not part of it: it is read on every run.
 */
export async function keptStatusAnalysis({ sources, config, cache }: Inputs, basis: StatusBasis, today: string): Promise<StatusAnalysis> {
  const kept = keptBesideToday(sources, basis.today, { run: 'status', config, today });
  if (!kept) return analyseNow(basis);
  if (isStatusAnalysis(kept.value)) return kept.value;
  const analysis = await analyseNow(basis);
  kept.store(analysis);
  cache?.close();
  return analysis;
}
