/** Opens the parsed-log cache for a command that reads logs, unless `--no-cache` or the environment leaves it nowhere to live. */

import { readlinkSync } from 'node:fs';
import type { CalendarConfig } from '../model/config.js';
import type { IsoDate } from '../model/log.js';
import { cacheSettings, openModelCache, type ModelCache } from '../io/model-cache.js';
import type { HeaderAliases } from '../parse/staffing-headers.js';
import type { StatusMarkers } from '../parse/checkbox.js';
import { readsToday } from '../parse/mermaid/gantt-today.js';
import { writeError, type CliIO } from './io.js';
import { version } from './version.js';

/**
 * Everything besides a log's text and name that changes what it parses to, each part of the cache key for that reason:
 * `date` is the date of a log that names none; `statuses` say what a checkbox marker means; `nestingDepth` is where nested lists turn to text; `headerAliases`
 * decide which table is a staffing table and which column is which; `calendar` (the configuration, from which the
 * working days are built) counts a cycle's capacity; and the time zone is where mermaid's fallback dates fall.
 * `today` is not in the key: it is mermaid's "today", which few logs read (`readsToday`); their entries hold for one day.
 */
export interface ParseSettings {
  date: IsoDate | null;
  today: IsoDate;
  statuses: StatusMarkers;
  nestingDepth: number;
  headerAliases: HeaderAliases;
  calendar: CalendarConfig;
}

export function openCache(io: CliIO, enabled: boolean | undefined, parsing: ParseSettings): ModelCache | null {
  if (enabled === false) return null;
  const settings = cacheSettings(io.env, io.cwd);
  if (settings === null) return null;
  const { today, ...keyed } = parsing;
  return openModelCache(settings, version, { ...keyed, timeZone: timeZoneOf(io.env) }, (message) => writeError(io, message), { today, readsToday });
}

/**
 * The time zone dates fall in, named where the date functions read it: the TZ variable, else the system's zone file
 * (a link to the zone's rules); Intl only when neither names it, since building its date format costs tens of
 * milliseconds of every run's start.
 */
function timeZoneOf(env: Readonly<Record<string, string | undefined>>): string {
  if (env.TZ !== undefined) return `TZ=${env.TZ}`;
  try {
    return `localtime=${readlinkSync('/etc/localtime')}`;
  } catch {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  }
}
