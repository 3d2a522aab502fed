/** What `worklog trend` does: one row per dated log, oldest first, each counted as if that log were today. */

import { exitCodes, WorklogError } from '../../errors.js';
import { buildTrend } from '../../history/trend.js';
import type { IsoDate } from '../../model/log.js';
import { formats } from '../../render/formats.js';
import type { Invocation } from '../commands.js';
import { writeFormatted } from '../format.js';
import { writeError } from '../io.js';
import { readInputs, warnUnreadable } from '../load.js';
import type { CommonOptions } from '../options.js';

export interface TrendOptions extends CommonOptions {
  since?: IsoDate;
  until?: IsoDate;
}

export async function trendAction({ paths, options, io }: Invocation<TrendOptions>): Promise<number> {
  const { config, calendar, logs, unreadable } = await readInputs(paths, options, io, { needsLog: true });
  warnUnreadable(io, unreadable);
  const { since, until } = options;
  if (since !== undefined && until !== undefined && since > until) throw new WorklogError(`--since ${since} is after --until ${until}`);
  const trend = buildTrend(logs, config.coverage, calendar, { since, until });
  // Said, not silently skipped: a log without a date cannot be placed on the time line.
  if (trend.undated.length > 0) writeError(io, `no date, so not in the trend: ${trend.undated.join(', ')}`);
  // Nothing to draw is a usage error: the paths or the range name no day.
  if (trend.days.length === 0) throw new WorklogError(since === undefined && until === undefined ? 'no dated log to show a trend of' : `no dated log ${rangeWords(since, until)}`);
  await writeFormatted(io, options, formats.trend, trend);
  return exitCodes.ok;
}

function rangeWords(since: IsoDate | undefined, until: IsoDate | undefined): string {
  if (since !== undefined && until !== undefined) return `from ${since} to ${until}`;
  return since !== undefined ? `on or after ${since}` : `on or before ${until ?? ''}`;
}
