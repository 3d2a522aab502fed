/** What `worklog status` and `worklog report` do: the status report of today's log (or of every log), as the morning view or in full. */

import { createContext } from '../../analyze/index.js';
import { buildStatus, type StatusReport } from '../../analyze/status.js';
import { compareDates } from '../../calendar/day-number.js';
import { exitCodes } from '../../errors.js';
import type { ReportSection } from '../../model/config.js';
import type { WorkLog } from '../../model/log.js';
import type { Registry } from '../../render/formatter.js';
import { everyLogFormats, formats } from '../../render/formats.js';
import type { Action } from '../commands.js';
import { writeFormatted } from '../format.js';
import type { CliIO } from '../io.js';
import { readInputs, type Inputs } from '../load.js';
import { provenanceOf, type ProvenanceOptions } from '../provenance.js';

export interface StatusOptions extends ProvenanceOptions {
  allLogs?: boolean;
  /** `report --sections`: over the configuration's `report.sections`. */
  sections?: ReportSection[];
}

/** Dated logs oldest first, then undated ones as given: the order a reader goes through days in. */
function byDay(logs: readonly WorkLog[]): WorkLog[] {
  const dated = logs.filter((log) => log.date !== null).sort((a, b) => compareDates(a.date ?? '', b.date ?? ''));
  return [...dated, ...logs.filter((log) => log.date === null)];
}

/** What was known on a log's day: the dated logs up to it (an undated log has only itself). */
function logsUpTo(logs: readonly WorkLog[], day: WorkLog): WorkLog[] {
  const { date } = day;
  if (date === null) return [day];
  return logs.filter((log) => log === day || (log.date !== null && compareDates(log.date, date) <= 0));
}

/** Each log's report as if it were today; unreadable paths go with the newest, the day the run is about. */
function everyLogReports({ config, calendar, logs, unreadable, sources }: Inputs, options: StatusOptions, io: CliIO): StatusReport[] {
  const ordered = byDay(logs);
  const commits = provenanceOf(createContext(logs, config, calendar), sources, options, io);
  return ordered.map((log, index) => {
    const known = logsUpTo(logs, log);
    const context = createContext(known, config, calendar, log);
    const provenance = { ...commits, today: log.date, files: commits.files.filter((file) => known.some((other) => other.file === file.file)) };
    return buildStatus(context, provenance, index === ordered.length - 1 ? unreadable : []);
  });
}

/** The two commands compute the same report; only their formats differ. */
function writeStatusReport(registry: Registry<StatusReport>, everyLog: Registry<readonly StatusReport[]>): Action<StatusOptions> {
  return async ({ paths, options, io }) => {
    const read = await readInputs(paths, options, io);
    const { sections } = options;
    const inputs = sections ? { ...read, config: { ...read.config, report: { ...read.config.report, sections } } } : read;
    if (options.allLogs) {
      await writeFormatted(io, options, everyLog, everyLogReports(inputs, options, io));
      return exitCodes.ok;
    }
    const { config, calendar, logs, unreadable, sources } = inputs;
    const context = createContext(logs, config, calendar);
    const report = buildStatus(context, provenanceOf(context, sources, options, io), unreadable);
    await writeFormatted(io, options, registry, report);
    return exitCodes.ok;
  };
}

export const statusAction = writeStatusReport(formats.status, everyLogFormats.status);

export const reportAction = writeStatusReport(formats.report, everyLogFormats.report);
