/** Options shared by the commands that read logs: formats and where they go, configuration, colour, date, and which files are read. */

import { InvalidArgumentError, Option, type Command } from 'commander';
import { makeDate } from '../calendar/iso-date.js';
import { WorklogError } from '../errors.js';
import type { IsoDate } from '../model/log.js';

/** One output of a run: a format, and the file it is written to (null: standard output, or `--output-file`). */
export interface FormatOutput {
  format: string;
  file: string | null;
}

export interface CommonOptions {
  /** The format of standard output (or `--output-file`), else the first one given. */
  format: string;
  /** Every `--format` given, in order, the default alone when none was. */
  outputs?: FormatOutput[];
  outputFile?: string;
  color?: boolean;
  date?: IsoDate;
  config?: string;
  ignorePattern?: string[];
  /** False with `--no-gitignore`. */
  gitignore?: boolean;
  stdinFilename?: string;
  /** False with `--no-cache`: every log is parsed again, and no parsed log is stored. */
  cache?: boolean;
  /** `--width`: the columns text output fits, whether or not it goes to a terminal. */
  width?: number;
  /** `--jobs`: how many logs may be parsed at once (1: all on the main thread). */
  jobs?: number;
}

/** Reads `YYYY-MM-DD` strictly: `2023-02-30` is refused, not rolled into March. */
export function parseIsoDateOption(value: string): IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? makeDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (!date) throw new InvalidArgumentError('expected a date written YYYY-MM-DD');
  return date;
}

/** `NAME` or `NAME=FILE`, as markdownlint-cli2 takes several outputs in one run. */
function parseFormat(formats: readonly string[]) {
  // The first value given replaces the default (a name, not a list).
  return (value: string, previous: FormatOutput[] | string | undefined): FormatOutput[] => {
    const [format = '', ...file] = value.split('=');
    if (!formats.includes(format)) throw new InvalidArgumentError(`Allowed choices are ${formats.join(', ')}.`);
    if (file.length > 0 && file.join('=') === '') throw new InvalidArgumentError('expected a file name after =');
    return [...(Array.isArray(previous) ? previous : []), { format, file: file.length > 0 ? file.join('=') : null }];
  };
}

/** A number of jobs, 1 or more. */
function parseJobs(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number, 1 or more');
  return Number(value);
}

/** A width of at least 20 columns, below which no row of text output would read. */
function parseWidth(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 20) throw new InvalidArgumentError('expected a number of columns, 20 or more');
  return Number(value);
}

export function addFormatOption(command: Command, formats: readonly string[]): Command {
  return command
    // The choices are shown in --help; the parser checks them, as NAME=FILE is no choice.
    .addOption(new Option('-f, --format <format>', 'output format')
      .choices(formats).default(formats[0]).argParser(parseFormat(formats)))
    .option('--width <columns>', "wrap text output at this many columns (default: the terminal's width; piped output is never wrapped or cut)", parseWidth)
    .option('-o, --output-file <file>', 'write the output to this file instead of standard output (replaced whole); more formats in the same run: --format NAME=FILE, repeated');
}

/** The outputs `--format` asked for, the default when none, and the one format standard output gets; a second without a file is refused. */
export function resolveOutputs(given: FormatOutput[] | string | undefined, fallback: string): { format: string; outputs: FormatOutput[] } {
  const outputs = Array.isArray(given) && given.length > 0 ? given : [{ format: fallback, file: null }];
  const unnamed = outputs.filter((output) => output.file === null);
  if (unnamed.length > 1) {
    throw new WorklogError(`only one --format can go to standard output; write the others to files, e.g. --format ${unnamed[1]?.format ?? fallback}=worklog.${unnamed[1]?.format ?? fallback}`);
  }
  return { format: (unnamed[0] ?? outputs[0] ?? { format: fallback }).format, outputs };
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** `--config`, `--color`, `--no-color`, `--date` and which files are read, shared by every command that reads logs. */
export function addReadingOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'the configuration file (default: the nearest worklog.config.json)')
    .option('--ignore-pattern <glob>', 'skip the logs this glob matches (relative to the current directory) in folders and globs; repeatable', collect)
    .option('--no-gitignore', 'read logs that .gitignore files ignore too')
    .option('--no-cache', 'parse every log again instead of reading its parsed model from the cache (see WORKLOG_CACHE_DIR)')
    .option('--stdin-filename <name>', 'the name of the log read from standard input (`-`), in findings and for its date')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output')
    .option('--date <YYYY-MM-DD>', 'the log date when neither its first heading nor its file name has one', parseIsoDateOption)
    .option('--jobs <n>', 'parse up to this many logs at once, on this thread and worker threads (default: WORKLOG_JOBS, else the number of cores; 1: no workers)', parseJobs);
}
