/** Every worklog command as one row of a table, and the one function that turns the rows into commander commands. */

import { InvalidArgumentError, Option, type Command } from 'commander';
import { reportSections } from '../config/defaults.js';
import { configFileName } from '../config/load.js';
import type { ReportSection } from '../model/config.js';
import { formatNames, type Registry } from '../render/formatter.js';
import { formats } from '../render/formats.js';
import type { CliIO } from './io.js';
import { withKeptWords } from './kept-words.js';
import { addFormatOption, addReadingOptions, parseIsoDateOption, resolveOutputs, type CommonOptions, type FormatOutput } from './options.js';

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
  /** Reads the value; `previous` is what the option held before, for options that may be repeated. */
  parse?: (value: string, previous: unknown) => unknown;
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
  /** Text after the options in `--help`: examples. */
  help?: string;
  /** The work loads only when the command runs, so `--help` and `--version` stay instant. */
  action: () => Promise<Action>;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/** `--sections open-items,coverage`: names the report knows, each once; anything else is a usage error naming the valid ones. */
function parseSections(value: string): ReportSection[] {
  const names = value.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const known: readonly string[] = reportSections;
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new InvalidArgumentError(`${unknown.length > 0 ? `unknown section ${unknown.join(', ')}` : 'no section named'}; the sections are ${reportSections.join(', ')}`);
  }
  return [...new Set(names)] as ReportSection[];
}

const logs = 'log files, directories or globs';
const newestIsToday = `${logs}; the newest dated log is today`;
const newestPlan = `${logs}; the newest dated log's plan is shown`;
const latestDrill = `${logs}; with several, the latest state of each drill wins`;

// Reading commits costs a walk of the history, and a folder from elsewhere may hold a repository of its own.
const checkExamples = `
Examples:
  Every log in logs/ and the folders in it; fail on any warning:
    $ worklog check --max-warnings 0 logs
  Logs a quoted glob matches, drafts skipped (or "ignores" in ${configFileName}):
    $ worklog check --ignore-pattern 'logs/drafts/**' 'logs/2024/**/*.md'
  Errors only, as GitHub annotations:
    $ worklog check --quiet --format github logs
  Text on standard output and SARIF in a file, in one run:
    $ worklog check --format text --format sarif=worklog.sarif logs
  Fix what the rules are certain of (lenient checkboxes, full-width colons, …); first see the diff:
    $ worklog check --fix-dry-run logs && worklog check --fix logs
  A log piped in, named (and dated) as if read from its file:
    $ cat draft.md | worklog check --stdin-filename logs/2024-04-09.md -

Exit codes: 0 no errors (nor more warnings than --max-warnings), 1 otherwise,
2 bad input or usage.
`;

const provenance: readonly CommandOption[] = [
  { flags: '--provenance', description: 'name the git commit of logs in any repository, not only the one the current directory is in' },
  { flags: '--no-provenance', description: 'name no git commits' },
];
/** `--to a@x --to b@x` or `--to a@x,b@x`: every address, in order. */
function addresses(value: string, previous: unknown): string[] {
  const given = Array.isArray(previous) ? previous.filter((entry): entry is string => typeof entry === 'string') : [];
  return [...given, ...value.split(',').map((address) => address.trim()).filter((address) => address !== '')];
}

const message: readonly CommandOption[] = [
  { flags: '--to <address>', description: 'with --format email: a recipient (repeat, or separate by commas)', parse: addresses },
  { flags: '--from <address>', description: 'with --format email: the sender' },
  { flags: '--subject <text>', description: "with --format email: the subject (default: the log's title, date and what needs attention)" },
];
const everyLog: CommandOption = { flags: '--all-logs', description: "every log's report in turn, oldest first, each with the logs before it as its history" };

// The order of the rows is the order of `worklog --help`.
export const commands: readonly CommandRow[] = [
  { name: 'status', description: "today's log at a glance: open items, schedule, fault-injection coverage, diagrams, problems",
    paths: newestIsToday, formats: formats.status, options: [everyLog, ...provenance], action: async () => (await import('./actions/status.js')).statusAction },
  { name: 'report', description: 'the daily test report: the morning view in full, for the email (--format email or html) or a wiki',
    paths: newestIsToday, formats: formats.report, action: async () => (await import('./actions/status.js')).reportAction,
    options: [
      { flags: '--sections <names>', description: `the sections to show, in order, comma-separated (default: report.sections in ${configFileName}, else all): ${reportSections.join(', ')}`, parse: parseSections },
      everyLog, ...provenance, ...message,
    ] },
  { name: 'check', description: 'check every log for CI: exit 1 on errors (or too many warnings), 2 on bad input',
    paths: logs, formats: formats.check, action: async () => (await import('./actions/check.js')).checkAction,
    options: [
      { flags: '--max-warnings <n>', description: 'fail when there are more warnings than this', parse: parseCount },
      { flags: '-q, --quiet', description: 'report errors only (warnings still count for --max-warnings)' },
      { flags: '--fix', description: 'make every fix the rules are certain of, write the logs back, then report what remains' },
      { flags: '--fix-dry-run', description: 'print the fixes as a unified diff per log and write nothing' },
    ],
    help: checkExamples },
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
  { name: 'trend', description: 'one row per dated log, oldest first: open, done, cancelled, added, dropped and overdue items, and the coverage score',
    paths: logs, formats: formats.trend, action: async () => (await import('./actions/trend.js')).trendAction,
    options: [
      { flags: '--since <YYYY-MM-DD>', description: 'show no day before this one (earlier logs still count as history)', parse: parseIsoDateOption },
      { flags: '--until <YYYY-MM-DD>', description: 'show no day after this one', parse: parseIsoDateOption },
    ] },
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
  { name: 'init', description: `write a small starter ${configFileName} in the current directory (logDir, ignores, rules, coverage.systems), README.md and TEMPLATE.md ignored`,
    action: async () => (await import('./actions/init.js')).initAction,
    options: [{ flags: '--full', description: 'write every key at its built-in default instead' }] },
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
    if (row.help) command.addHelpText('after', row.help);
    command.action(async () => {
      const paths = (command.processedArgs[0] ?? []) as string[];
      const given = command.opts<Omit<CommonOptions, 'format'> & { format?: FormatOutput[] | string }>();
      const outputs = row.formats ? resolveOutputs(given.format, formatNames(row.formats)[0] ?? 'text') : { format: 'text', outputs: [] };
      outcome.exitCode = await withKeptWords(io, given.cache, async () => (await row.action())({ paths, options: { ...given, ...outputs }, io }));
    });
  }
}
