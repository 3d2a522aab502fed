/** Reads what a command works on: the configuration, and the logs it was given, parsed, with what could not be read as findings. */

import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { severityIn } from '../analyze/severity.js';
import { buildCalendar } from '../calendar/build.js';
import type { WorkCalendar } from '../calendar/working-days.js';
import { loadConfig } from '../config/load.js';
import { WorklogError } from '../errors.js';
import { gitIgnored } from '../io/git/ignored.js';
import type { CachedLog, ModelCache } from '../io/model-cache.js';
import { findRepository } from '../io/git/repository.js';
import { ignoredBy } from '../io/ignores.js';
import { expandPaths, NoMarkdownError, stdinPath, type LogEntry, type Skips } from '../io/paths.js';
import { decodeLog } from '../io/decode.js';
import { stampOf } from '../io/file-index.js';
import { bytesOf, readLogBytes, readRegularFile } from '../io/read-log.js';
import { unreadable, type Unreadable } from '../io/unreadable.js';
import type { WorklogConfig } from '../model/config.js';
import type { Finding } from '../model/diagnostic.js';
import type { WorkLog } from '../model/log.js';
import { withExtraHeaders } from '../parse/staffing-headers.js';
import { neutralise } from '../render/inert.js';
import { openCache } from './cache.js';
import { heapFor, heapGrowthFlag, type PhaseEnd } from './heap.js';
import { writeError, type CliIO } from './io.js';
import { noLogsError, readsAsLog } from './no-logs.js';
import type { CommonOptions } from './options.js';
import { hasRun, jobsFrom } from './parse-plan.js';
import { todayFrom } from './today.js';
import type { KeptRun } from './actions/own-run.js';

/** A log that was read, and where from: its path (null for standard input or a name that is not UTF-8), its text, and its place in the cache. */
export interface LogSource {
  log: WorkLog;
  path: string | null;
  cached: CachedLog | null;
  /**
   * Its text, decoded (or read from the file) when first asked for, and kept. A function rather than a field, so that
   * a copy of the source (`{ ...source }`) reads nothing, and a caller may keep it once the model is let go.
   */
  readText: () => string;
  /** The log's own rule run, worked out where it was parsed (`Reading.ownRuns`): `log` is then its summary. */
  run?: KeptRun;
}

export interface Inputs {
  config: WorklogConfig;
  calendar: WorkCalendar;
  logs: WorkLog[];
  /** Every log named or found, read or not, in the order given. */
  files: string[];
  /** One `io/unreadable` finding per path that is not a readable log (none when the configuration turns the rule off). */
  unreadable: Finding<'io/unreadable'>[];
  sources: LogSource[];
  /** Loads the parser, which reads a log's text as this run read its logs: for reading a log again after fixing it. */
  parser: () => Promise<LogParser>;
  /** The cache the logs were read through, for a command that stores more in it (and closes it again after); null without one. */
  cache: ModelCache | null;
  /** What the command calls where a phase of its work on the logs ends (see `heapFor`). */
  endPhase: PhaseEnd;
}

/** Reads a log's text into its model, as the run read the logs it was given. */
export type LogParser = (text: string, file: string) => WorkLog;

interface Problem {
  file: string;
  problem: Unreadable;
}

/** `file:line:column: message`, or `file: message` when the problem is the whole file: one line on stderr. */
export function unreadableLine({ file, problem }: Problem): string {
  const place = problem.at ? `:${problem.at.line}:${problem.at.column}` : '';
  return neutralise(`${file}${place}: ${problem.message}`);
}

function asFinding({ file, problem }: Problem, severity: Finding['severity']): Finding<'io/unreadable'> {
  const { line, column } = problem.at ?? { line: 1, column: 1 };
  return { ruleId: 'io/unreadable', severity, file, line, column, message: problem.message, data: { reason: problem.reason } };
}

const nameNotUtf8 = unreadable(
  'name-encoding',
  'the file name is not UTF-8 (its stray bytes are shown like <E9>), so CI annotations cannot point at it; rename it',
);

/** The configuration's `ignores` (relative to its file) and `--ignore-pattern` (to the working directory); .gitignore unless turned off. */
function skipsFor(config: WorklogConfig, options: CommonOptions, cwd: string, root: string | null): Skips {
  const ignored = ignoredBy([
    { base: config.file ? dirname(config.file) : cwd, patterns: config.ignores },
    { base: cwd, patterns: options.ignorePattern ?? [] },
  ]);
  const repository = options.gitignore === false || root === null ? null : findRepository(root);
  return { ignored, gitIgnored: repository ? gitIgnored(repository) : undefined };
}

/**
 * The name findings give a log: in a git work tree its path from the top of the tree, as GitHub maps annotations,
 * else the path as given (relative to the working directory when it was given so).
 */
function shownName(entry: LogEntry, cwd: string, root: string | null): string {
  if (root === null || (entry.path === null && entry.file === stdinPath)) return entry.file;
  const path = relative(root, resolve(cwd, entry.file));
  return path.startsWith('..') || isAbsolute(path) ? entry.file : path.split(sep).join('/');
}

/** The text of bytes that decoded before, so decode again: worked out each time it is asked for. */
function decodedAgain(bytes: Uint8Array, file: string): string {
  const decoded = decodeLog(bytes);
  if (typeof decoded !== 'string') throw new Error(`${file} was read as text before but does not decode: ${decoded.message}`);
  return decoded;
}

/** A log's text: `readText` kept once worked out, `textAgain` worked out each time it is asked for (see `knownText`). */
interface LogText {
  readText: () => string;
  textAgain: () => string;
}

/** A log that was read, or found in the cache by its file's stat, as the run knows it before the logs are parsed. */
interface ReadEntry extends LogText {
  chars: number | null;
  path: string | null;
  file: string;
  bytes: number;
  cached: CachedLog | undefined;
  summary: WorkLog | null;
}

/**
 * The text of bytes that decoded before: `readText` decodes them on first use and keeps the text, the bytes going then;
 * `textAgain` decodes them without keeping it. With `reread` (a file's text, when the run needs few texts after parsing),
 * `textAgain` lets the bytes go too, and the text is read from the file if asked for later: a run over years of logs
 * would otherwise hold all their bytes while the threads parse them.
 */
function knownText(bytes: Uint8Array, file: string, reread: (() => string) | null): LogText {
  let undecoded: Uint8Array | null = bytes;
  let text: string | null = null;
  return {
    readText: () => {
      if (text !== null) return text;
      if (undecoded === null) return reread?.() ?? '';
      text = decodedAgain(undecoded, file);
      undecoded = null;
      return text;
    },
    textAgain: () => {
      if (text !== null) return text;
      if (undecoded === null) return reread?.() ?? '';
      const decoded = decodedAgain(undecoded, file);
      if (reread) undecoded = null;
      return decoded;
    },
  };
}

// Reading a few logs costs less than reading the index of their stats.
const indexFromLogs = 16;

/** The text of a log found in the cache by its file's stat: read from the file when first asked for, and kept. */
function textOnDisk(path: string, file: string, megabytes: number): () => string {
  let text: string | null = null;
  return () => {
    if (text !== null) return text;
    const bytes = readRegularFile(path, megabytes);
    const decoded = bytes instanceof Uint8Array ? decodeLog(bytes) : bytes;
    if (typeof decoded !== 'string') throw new WorklogError(`${neutralise(file)}: ${decoded.message} (it changed while worklog ran; run it again)`);
    text = decoded;
    return text;
  };
}

/** How a command reads: `needsLog` when a folder of files none of which reads as a log is an error, not an empty report. */
export interface Reading {
  needsLog?: boolean;
  /** What stands for a log whose model the cache holds, when the command keeps all it reads of a log there (`check`): that model is then not read. */
  summary?: (cached: CachedLog, file: string, config: WorklogConfig) => WorkLog | null;
  /**
   * Each log parsed by the pool of threads has its own rules run there too (`check`) and stands as its run's summary;
   * its model goes to the cache without being held. Logs parsed in-process alone (few, or `--jobs 1`) stay whole.
   */
  ownRuns?: boolean;
}

/**
 * No path means the configuration's log directory, else the current directory; `-` is standard input, called `--stdin-filename`.
 * A path that is not a readable log is a finding; a run in which no log at all can be read is a usage error.
 */
export async function readInputs(paths: readonly string[], options: CommonOptions, io: CliIO, reading: Reading = {}): Promise<Inputs> {
  const config = await loadConfig({ cwd: io.cwd, path: options.config });
  for (const deprecation of config.deprecations) writeError(io, deprecation);
  const lookedIn = { folder: config.logDir ? relative(io.cwd, config.logDir) || '.' : '.', fromLogDir: config.logDir !== null };
  const implicit = paths.length === 0;
  const root = findRepository(io.cwd)?.worktree ?? null;
  const found = await expandPaths(implicit ? [lookedIn.folder] : paths, io.cwd, {
    stdinName: options.stdinFilename ?? stdinPath,
    ...skipsFor(config, options, io.cwd, root),
  }).catch((error: unknown) => {
    throw implicit && error instanceof NoMarkdownError ? noLogsError(lookedIn, [], error.skipped) : error;
  });
  const entries = found.map((entry) => ({ ...entry, file: shownName(entry, io.cwd, root) }));
  const calendar = buildCalendar(config.calendar);
  const headerAliases = withExtraHeaders(config.staffing.headers);
  const today = todayFrom(io.env);
  // One set of parse settings for the parse and the cache key, so the key cannot leave out a setting the parse reads.
  const parsing = { date: options.date ?? null, headerAliases, today, statuses: config.statuses, nestingDepth: config.limits.nestingDepth };
  const parseOptions = (file: string) => ({ file, ...parsing });
  const parser = async (): Promise<LogParser> => {
    const { parseLog } = await import('../parse/log.js');
    return (text, file) => parseLog(text, { ...parseOptions(file), calendar });
  };
  const cache = openCache(io, options.cache, { ...parsing, calendar: config.calendar });
  const read: ReadEntry[] = [];
  const problems: Problem[] = [];
  const megabytes = config.limits.fileMegabytes;
  // A run over many logs keeps their keys by their stat, for the next run asked to read the same paths.
  const index = cache && entries.length >= indexFromLogs ? cache.files(JSON.stringify([io.cwd, implicit ? [lookedIn.folder] : paths])) : null;
  for (const entry of entries) {
    // A file unchanged since a run read it has the key it had then: found in the cache without being read.
    const path = typeof entry.path === 'string' ? entry.path : null;
    const stamp = index && path !== null ? stampOf(path) : null;
    const knownKey = index && path !== null && stamp && stamp.size <= bytesOf(megabytes) ? index.keyOf(path, entry.file, stamp) : null;
    if (cache && path !== null && stamp && knownKey) {
      const cached = cache.entryOfKey(knownKey, entry.file);
      const summary = reading.summary ? reading.summary(cached, entry.file, config) : null;
      if (summary || cached.log) {
        const onDisk = textOnDisk(path, entry.file, megabytes);
        read.push({ readText: onDisk, textAgain: onDisk, chars: null, path, file: entry.file, bytes: stamp.size, cached, summary });
        continue;
      }
    }
    const bytes = await readLogBytes(entry.path === null ? { stdin: io.stdin } : { path: entry.path }, megabytes);
    if (!(bytes instanceof Uint8Array)) {
      problems.push({ file: entry.file, problem: bytes });
      continue;
    }
    // The cache is keyed by the bytes: a log it keeps a summary of was read as UTF-8 before, and is decoded only if asked for.
    const cached = cache?.entry(bytes, entry.file);
    if (cached && path !== null && stamp) index?.note(path, entry.file, stamp, cached.key);
    const summary = cached && reading.summary ? reading.summary(cached, entry.file, config) : null;
    const decoded = summary ? null : decodeLog(bytes);
    if (typeof decoded !== 'string' && decoded !== null) {
      problems.push({ file: entry.file, problem: decoded });
      continue;
    }
    // A name that is not UTF-8 is still read: only the reports cannot spell it.
    if (Buffer.isBuffer(entry.path)) problems.push({ file: entry.file, problem: nameNotUtf8 });
    // Its bytes are kept rather than its text, which would take more room on the heap while the logs are parsed.
    // A run that keeps only what each log's own rules found (`check`) reads few texts again.
    const textOf = knownText(bytes, entry.file, reading.ownRuns && path !== null ? textOnDisk(path, entry.file, megabytes) : null);
    read.push({ ...textOf, chars: decoded === null ? null : decoded.length, path, file: entry.file, bytes: bytes.length, cached, summary });
  }
  // A log of fewer bytes than the size that grows the heap has fewer characters too: only larger ones are decoded to tell.
  const endPhase = await heapFor(read.map((log) => (heapGrowthFlag([log.bytes]) === null ? log.bytes : log.chars ?? log.readText().length)));
  // Logs the cache holds are not parsed again; the rest are parsed together (on worker threads when it pays) and stored.
  const missing = read.filter(({ summary, cached }) => !summary && !cached?.log);
  const jobs = jobsFrom(options.jobs, io.env.WORKLOG_JOBS);
  // The parser loads only for a log the cache does not hold: a run that finds every log there never loads it.
  const pool = missing.length > 0 ? await import('./parse-pool.js') : null;
  const ownRuns = reading.ownRuns ? { config, ...(cache ? { store: (entry: number, log: WorkLog) => missing[entry]?.cached?.store(log, { hold: false }) } : {}) } : undefined;
  const parsed = pool ? await pool.parseAll(missing.map(({ textAgain, chars, file }) => ({ chars: chars ?? textAgain().length, text: textAgain, options: parseOptions(file) })), { jobs, calendar, ...(ownRuns ? { ownRuns } : {}) }) : [];
  let next = 0;
  const sources: LogSource[] = read.map((source) => {
    const { path, file, cached: hit, summary, readText } = source;
    // Its text is decoded when first asked for.
    const withText = (log: WorkLog, cached: CachedLog | null, run?: KeptRun): LogSource => ({ log, path, cached, ...(run ? { run } : {}), readText });
    if (hit && summary) return withText(summary, hit);
    if (hit?.log) return withText(hit.log, hit);
    const log = parsed[next++];
    if (log === undefined) throw new Error(`${file} was read but not parsed`);
    // A log whose rules ran where it was parsed was stored there.
    if (hasRun(log)) return withText(log.run.summary, hit ?? null, log.run);
    hit?.store(log);
    return withText(log, hit ?? null);
  });
  cache?.close();
  // Found, not named: a folder holding only a README is not a log to report on.
  if (implicit && reading.needsLog === true && sources.length > 0 && !sources.some((source) => readsAsLog(source.log))) {
    throw noLogsError(lookedIn, sources.map((source) => source.log.file));
  }
  const [first] = problems;
  if (sources.length === 0 && first) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more that cannot be read)` : '';
    throw new WorklogError(`${unreadableLine(first)}${more}`);
  }
  const severity = severityIn(config, 'io/unreadable');
  return {
    config,
    calendar,
    logs: sources.map((source) => source.log),
    files: entries.map((entry) => entry.file),
    unreadable: severity === 'off' ? [] : problems.map((problem) => asFinding(problem, severity)),
    sources,
    parser,
    cache,
    endPhase,
  };
}

/** For commands whose output has no findings (items, parse): each unreadable path as one line on stderr, placed like a finding. */
export function warnUnreadable(io: CliIO, findings: readonly Finding<'io/unreadable'>[]): void {
  for (const { file, line, column, message } of findings) writeError(io, `${file}:${line}:${column}: ${message}`);
}
