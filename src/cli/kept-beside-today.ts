/** Results worked out across every log of a run, kept in the cache beside today's model. */

import { resultSettings, type CachedResults } from '../io/model-cache.js';
import type { WorkLog } from '../model/log.js';
import type { LogSource } from './load.js';

/**
 * The results kept beside today's model under `settings` and every log's model key (each holds its log's text, name,
 * parse settings and worklog's version), or null when a log did not come through the cache.
 */
export function keptBesideToday(sources: readonly LogSource[], today: WorkLog | undefined, settings: Record<string, unknown>): CachedResults | null {
  const own = sources.find((source) => source.log === today)?.cached;
  const models = sources.map((source) => source.cached?.key);
  if (!own || models.some((key) => key === undefined)) return null;
  return own.results(resultSettings({ ...settings, models }));
}
