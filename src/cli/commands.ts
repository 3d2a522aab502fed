/** Every worklog command as one row of a table, and the one function that turns the rows into commander commands. */

import { InvalidArgumentError, Option, type Command } from 'commander';
import { configFileName } from '../config/load.js';
import { formatNames, type Registry } from '../render/formatter.js';
import { formats } from '../render/formats.js';
import type { CliIO } from './io.js';
import { addFormatOption, addReadingOptions, type CommonOptions } from './options.js';

/** What a command runs with: the paths and options it was given, and the outside world. */
export interface Invocation<O extends CommonOptions = CommonOptions> {
  paths: string[];
  options: O;
  io: CliIO;
}

/** A command's work; it resolves to the exit code. */
export type Action<O extends CommonOptions = CommonOptions> = (invocation: Invocation<O>) => Promise<number>;

/** An option of one command alone, e.g. `--max-warnings <n>`. */
export interface CommandOption {
  flags: string;
  description: string;
  parse?: (value: string) => unknown;
}

export interface CommandRow {
  name: string;
  description: string;
  /** What the `[paths...]` argument takes; a command without one reads no logs and has no shared options (init). */
  paths?: string;
  /** Its `--format` choices, the first the default; the table needs only their names. */
  formats?: Registry<never>;
  /** Options of this command alone, listed before the shared ones. */
  options?: readonly CommandOption[];
  /** The work loads only when the command runs, so `--help` and `--version` stay instant. */
  action: () => Promise<Action>;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

const logs = 'log files, directories or globs';
const newestIsToday = `${logs}; the newest dated log is today`;
const newestPlan = `${logs}; the newest dated log's plan is shown`;
const latestDrill = `${logs}; with several, the latest state of each drill wins`;

// Reading commits costs a walk of the history, and a folder from elsewhere may hold a repository of its own.
const provenance: readonly CommandOption[] = [
  { flags: '--provenance', description: 'name the git commit of logs in any repository, not only the one the current directory is in' },
  { flags: '--no-provenance', description: 'name no git commits' },
];

// The order of the rows is the order of `worklog --help`.
export const commands: readonly CommandRow[] = [
  { name: 'status', description: "today's log at a glance: open items, schedule, fault-injection coverage, diagrams, problems",
    paths: newestIsToday, formats: formats.status, options: provenance, action: async () => (await import('./actions/status.js')).statusAction },
  { name: 'report', description: 'the daily test report: the morning view in full, for the email (--format html) or a wiki',
    paths: newestIsToday, formats: formats.report, options: provenance, action: async () => (await import('./actions/status.js')).reportAction },
  { name: 'check', description: 'check every log for CI: exit 1 on errors (or too many warnings), 2 on bad input',
    paths: logs, formats: formats.check, action: async () => (await import('./actions/check.js')).checkAction,
    options: [
      { flags: '--max-warnings <n>', description: 'fail when there are more warnings than this', parse: parseCount },
      { flags: '--fix', description: 'make every fix the rules are certain of, write the logs back, then report what remains' },
      { flags: '--fix-dry-run', description: 'print the fixes as a unified diff per log and write nothing' },
    ] },
  { name: 'items', description: 'list open items by section, highest priority first',
    paths: logs, formats: formats.items, action: async () => (await import('./actions/items.js')).itemsAction,
    options: [
      { flags: '-a, --all', description: 'list done and cancelled items too' },
      { flags: '--all-logs', description: "list every log's items, not only today's (the newest dated log)" },
    ] },
  { name: 'schedule', description: "the plan: double bookings, over-allocation, table-vs-chart drift, and each person's load by day",
    paths: newestPlan, formats: formats.schedule, action: async () => (await import('./actions/schedule.js')).scheduleAction },
  { name: 'coverage', description: 'the fault-injection matrix: systems × fault types, done, pending, alarm problems and gaps',
    paths: latestDrill, formats: formats.coverage, action: async () => (await import('./actions/coverage.js')).coverageAction },
  { name: 'parse', description: 'print the typed model of each log as JSON (schemaVersion 1)',
    paths: logs, formats: formats.parse, action: async () => (await import('./actions/parse.js')).parseAction },
  { name: 'rules', description: 'list every rule worklog reports: its id, the severity in effect, and what it finds',
    formats: formats.rules, action: async () => (await import('./actions/rules.js')).rulesAction,
    options: [{ flags: '-c, --config <file>', description: 'the configuration file whose severities to show (default: the nearest worklog.config.json)' }] },
  { name: 'new', description: "start today's log (or --date's) from the newest one: unfinished items carried, the rest copied, named like its siblings",
    paths: 'the folder of logs (default: logDir from the configuration, else the current directory)',
    action: async () => (await import('./actions/new.js')).newAction,
    options: [
      { flags: '--force', description: "replace the day's log when it is already there" },
      { flags: '--dry-run', description: 'print the new log instead of writing it' },
      { flags: '--keep-done', description: 'carry done and cancelled items too' },
    ] },
  { name: 'init', description: `write a starter ${configFileName} in the current directory, every key at its default`,
    action: async () => (await import('./actions/init.js')).initAction },
];

/** Adds every row to `program`; a command's exit code lands in `outcome`. */
export function registerCommands(program: Command, io: CliIO, outcome: { exitCode: number }): void {
  for (const row of commands) {
    const command = program.command(row.name).description(row.description);
    if (row.paths !== undefined) command.argument('[paths...]', row.paths);
    for (const { flags, description, parse } of row.options ?? []) {
      const option = new Option(flags, description);
      command.addOption(parse ? option.argParser(parse) : option);
    }
    if (row.formats) addFormatOption(command, formatNames(row.formats));
    if (row.paths !== undefined) addReadingOptions(command);
    command.action(async () => {
      const paths = (command.processedArgs[0] ?? []) as string[];
      outcome.exitCode = await (await row.action())({ paths, options: command.opts<CommonOptions>(), io });
    });
  }
}
