/** "Today": WORKLOG_TODAY when set (so runs can be pinned), else the machine's local date. */

import { toIsoDate } from '../calendar/iso-date.js';
import { WorklogError } from '../errors.js';
import type { IsoDate } from '../model/log.js';
import { parseIsoDateOption } from './options.js';

export function todayFrom(env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): IsoDate {
  const pinned = env.WORKLOG_TODAY;
  if (pinned === undefined || pinned === '') return toIsoDate(now);
  try {
    return parseIsoDateOption(pinned);
  } catch {
    throw new WorklogError(`WORKLOG_TODAY=${pinned}: expected a date written YYYY-MM-DD`);
  }
}
