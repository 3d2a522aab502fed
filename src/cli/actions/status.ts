/** What `worklog status` and `worklog report` do: the status report of today's log (or of every log), as the morning view or in full. */

import { newestLog } from '../../analyze/findings.js';
import { buildStatus, type StatusReport } from '../../analyze/status.js';
import { compareDates } from '../../calendar/day-number.js';
import { exitCodes, WorklogError } from '../../errors.js';
import type { ReportSection } from '../../model/config.js';
import type { WorkLog } from '../../model/log.js';
import type { MessageHeaders } from '../../render/email.js';
import type { FormatContext, Registry } from '../../render/formatter.js';
import { everyLogFormats, formats } from '../../render/formats.js';
import type { Action } from '../commands.js';
import { formatContext, writeFormatted } from '../format.js';
import type { CliIO } from '../io.js';
import { readInputs, type Inputs } from '../load.js';
import { provenanceOf, type ProvenanceOptions } from '../provenance.js';
import { analyseNow, keptStatusAnalysis } from '../status-results.js';
import { todayFrom } from '../today.js';

export interface StatusOptions extends ProvenanceOptions {
  allLogs?: boolean;
  /** `report --format email`'s recipients, sender and subject. */
  to?: string[];
  from?: string;
  subject?: string;
  /** `report --sections`: over the configuration's `report.sections`. */
  sections?: ReportSection[];
}

/** The message's headers when `--format email` is asked for: both addresses are needed, and the date is today's (pinned by WORKLOG_TODAY). */
function messageHeaders(options: StatusOptions, io: CliIO, now: Date = new Date()): MessageHeaders | undefined {
  const outputs = options.outputs ?? [{ format: options.format, file: null }];
  if (!outputs.some((output) => output.format === 'email')) {
    // An address given for no message is a mistake worth saying, not a flag to drop quietly.
    if (options.to || options.from || options.subject !== undefined) throw new WorklogError('--to, --from and --subject go with --format email');
    return undefined;
  }
  const missing = [options.to?.length ? '' : '--to', options.from ? '' : '--from'].filter((flag) => flag !== '');
  if (missing.length > 0 || !options.from || !options.to) throw new WorklogError(`--format email needs ${missing.join(' and ')}: who the report goes to and comes from`);
  // A pinned day is dated at its midnight UTC, so a test run gives the same message every time.
  const pinned = io.env.WORKLOG_TODAY;
  const date = pinned ? new Date(`${todayFrom(io.env)}T00:00:00Z`) : now;
  return { to: options.to, from: options.from, subject: options.subject, date };
}

/** Today's log: the newest dated one (there is always a log here: reading found one). */
function newestOf(logs: readonly WorkLog[]): WorkLog {
  const log = newestLog(logs);
  if (!log) throw new Error('a report needs at least one log');
  return log;
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
async function everyLogReports({ config, calendar, logs, unreadable, sources }: Inputs, options: StatusOptions, io: CliIO): Promise<StatusReport[]> {
  const ordered = byDay(logs);
  const commits = provenanceOf({ today: newestOf(logs), calendar }, sources, options, io);
  return Promise.all(ordered.map(async (log, index) => {
    const known = logsUpTo(logs, log);
    const basis = { logs: known, today: log, config, calendar };
    const knownFiles = new Set(known.map((other) => other.file));
    const provenance = { ...commits, today: log.date, files: commits.files.filter((file) => knownFiles.has(file.file)) };
    return buildStatus(basis, provenance, index === ordered.length - 1 ? unreadable : [], await analyseNow(basis));
  }));
}

/** The two commands compute the same report; only their formats differ. */
function writeStatusReport(registry: Registry<StatusReport>, everyLog: Registry<readonly StatusReport[]>): Action<StatusOptions> {
  return async ({ paths, options, io }) => {
    const message = messageHeaders(options, io);
    const formatting: FormatContext = { ...formatContext(io, options), ...(message ? { message } : {}) };
    const read = await readInputs(paths, options, io, { needsLog: true });
    const { sections } = options;
    const inputs = sections ? { ...read, config: { ...read.config, report: { ...read.config.report, sections } } } : read;
    if (options.allLogs) {
      await writeFormatted(io, options, everyLog, await everyLogReports(inputs, options, io), formatting);
      return exitCodes.ok;
    }
    const { config, calendar, logs, unreadable, sources } = inputs;
    const basis = { logs, today: newestOf(logs), config, calendar };
    const analysis = await keptStatusAnalysis(inputs, basis, todayFrom(io.env));
    const report = buildStatus(basis, provenanceOf(basis, sources, options, io), unreadable, analysis);
    await writeFormatted(io, options, registry, report, formatting);
    return exitCodes.ok;
  };
}

export const statusAction = writeStatusReport(formats.status, everyLogFormats.status);

export const reportAction = writeStatusReport(formats.report, everyLogFormats.report);
