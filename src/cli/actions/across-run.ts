/**
 * The run of the analyses across logs in `check` (coverage, what today's items have due), kept in the cache beside
 * today's model, so that a check of unchanged logs does not work it out again.
 */

import { newestLog } from '../../analyze/findings.js';
import type { RuleRun } from '../../analyze/index.js';
import { fieldsOf, isObjectList } from '../../io/kept-shape.js';
import type { WorklogConfig } from '../../model/config.js';
import type { Finding } from '../../model/diagnostic.js';
import type { RuleId } from '../../model/finding-data.js';
import type { Suppression, WorkLog } from '../../model/log.js';
import type { CachedResults } from '../../io/model-cache.js';
import { keptBesideToday } from '../kept-beside-today.js';
import type { LogSource } from '../load.js';

/** A run as kept: its findings, each suppression it used as [log, suppression] places in the run's lists, and what ran on each log. */
export interface KeptAcrossRun {
  findings: Finding[];
  used: [number, number][];
  ran: [string, RuleId[], boolean][];
}

const isPlace = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every((index) => Number.isInteger(index));

const isRan = (value: unknown): value is [string, RuleId[], boolean] =>
  Array.isArray(value) && value.length === 3 && typeof value[0] === 'string' &&
  Array.isArray(value[1]) && value[1].every((rule) => typeof rule === 'string') && typeof value[2] === 'boolean';

const isKeptAcrossRun = (value: unknown): value is KeptAcrossRun => {
  const kept = fieldsOf<KeptAcrossRun>(value);
  return kept !== null && isObjectList(kept.findings) && Array.isArray(kept.used) && kept.used.every(isPlace) && Array.isArray(kept.ran) && kept.ran.every(isRan);
};

/** The run as kept; null when it used a suppression none of the logs holds. */
export function toKeptAcross(run: RuleRun, logs: readonly WorkLog[]): KeptAcrossRun | null {
  const places = new Map<Suppression, [number, number]>();
  logs.forEach((log, at) => (log.suppressions ?? []).forEach((suppression, index) => places.set(suppression, [at, index])));
  const used = run.used.map((suppression) => places.get(suppression));
  if (used.some((place) => place === undefined)) return null;
  return { findings: run.findings, used: used as [number, number][], ran: [...run.ran].map(([file, { rules, diagnostics }]) => [file, [...rules], diagnostics]) };
}

/** The kept run as the engine gave it: its suppressions are the logs' own objects again, since unused ones are found by identity. */
export function fromKeptAcross(value: unknown, logs: readonly WorkLog[]): RuleRun | null {
  if (!isKeptAcrossRun(value)) return null;
  const used = value.used.flatMap(([at, index]) => logs[at]?.suppressions?.[index] ?? []);
  if (used.length !== value.used.length) return null;
  return { findings: value.findings, used, ran: new Map(value.ran.map(([file, rules, diagnostics]) => [file, { rules: new Set(rules), diagnostics }])) };
}

/**
 * Where the run across these logs is kept, or null when a log did not come through the cache. The run reads the logs
 * (each model's key holds its text, name, parse settings and worklog's version; a summary is the model's under the
 * configuration), the configuration and the rules' code; it is kept on today's model, keyed by every log's model, the
 * whole configuration and the day the run is about. Found by the logs' model keys alone, so a run that finds the run
 * kept reads no log whole.
 */
export function acrossRunPlace(sources: readonly LogSource[], logs: readonly WorkLog[], config: WorklogConfig, day: string): CachedResults | null {
  return keptBesideToday(sources, newestLog(logs), { run: 'check across logs', config, day });
}

/** The run kept in its place, or null: it stands for the logs as they were read (today's as its summary), whose suppressions it uses. */
export function keptAcross(place: CachedResults | null, logs: readonly WorkLog[]): RuleRun | null {
  return place ? fromKeptAcross(place.value, logs) : null;
}

/** The run across the logs worked out, and kept in its place when it can be. */
export function runAcross(place: CachedResults | null, logs: readonly WorkLog[], run: () => RuleRun): RuleRun {
  const ran = run();
  const keepable = place ? toKeptAcross(ran, logs) : null;
  if (keepable) place?.store(keepable);
  return ran;
}
