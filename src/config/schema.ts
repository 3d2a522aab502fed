/** The shape of worklog.config.json, validated strictly: unknown keys are errors, not ignored. */

import * as v from 'valibot';
import { reportSections } from './defaults.js';

const words = (description: string) => v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.description(description));

const faultType = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/), v.description('Stable id used in reports and JSON, e.g. `disk`.')),
  label: v.optional(v.pipe(v.string(), v.description('How reports name it; the id by default.'))),
  aliases: words('Words that name this fault type in an item, e.g. ["磁盘", "disk fill"].'),
  weakAliases: v.optional(words('Words that name it only when an item names no other fault type, e.g. ["打满"].')),
});

const system = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1), v.description('The system as reports name it, e.g. `信用卡`.')),
  aliases: v.optional(words('Other names, including host-name fragments, e.g. ["creditcard"].')),
  required: v.optional(words('Fault type ids this system must be drilled for; the default required types when absent.')),
});

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
  v.check((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), 'a day that exists'),
);

const headerNames = v.optional(words('Header names for this column, added to the built-in ones.'));

export const configFileSchema = v.pipe(
  v.strictObject({
    $schema: v.optional(v.string()),
    logDir: v.optional(v.pipe(v.string(), v.description('Where logs live when a command is given no path, relative to this file.'))),
    ignores: v.optional(v.pipe(
      v.array(v.pipe(v.string(), v.minLength(1))),
      v.description('Globs of files and folders to skip where logs are found in folders or by globs, relative to this file, as markdownlint-cli2\'s `ignores`: e.g. ["README.md", "TEMPLATE.md", "drafts"]. A file named on the command line is still read.'),
    )),
    coverage: v.optional(v.pipe(
      v.strictObject({
        drillHeadings: v.optional(words('Words that make a heading a drill section (放火, 演练, chaos, …).')),
        drillWords: v.optional(words('Words that say an item is a drill (放火, 演练, drill, …).')),
        faultTypes: v.optional(v.pipe(v.array(faultType), v.description('The fault type vocabulary; replaces the built-in one.'))),
        required: v.optional(words('Fault type ids every system must be drilled for.')),
        systems: v.optional(v.pipe(v.array(system), v.description('The systems to drill; when listed, systems are not learned from the log unless learnSystems is true.'))),
        learnSystems: v.optional(v.pipe(v.boolean(), v.description('Learn systems from drill items too (default: only when no systems are listed).'))),
        expiryDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.description('A done drill is expired (weighted 0.75) once more than this many working days have passed since the day it was first marked done (default 65, about 90 calendar days). Counted by the calendar setting: weekends, holidays and make-up working days.'))),
      }),
      v.description('Fault-injection coverage: fault types, systems and the required matrix.'),
    )),
    calendar: v.optional(v.pipe(
      v.strictObject({
        china: v.optional(v.pipe(v.boolean(), v.description('Use mainland China\'s official holidays, shifted rest days and make-up working days (default true).'))),
        holidays: v.optional(v.pipe(v.array(isoDate), v.description('Company days off; they override the official calendar.'))),
        workdays: v.optional(v.pipe(v.array(isoDate), v.description('Extra working days; they override the official calendar.'))),
      }),
      v.description('Which days are working days.'),
    )),
    people: v.optional(v.pipe(
      v.record(v.pipe(v.string(), v.minLength(1)), v.array(v.pipe(v.string(), v.minLength(1)))),
      v.description('Each person\'s other names, e.g. { "张迪": ["Zhang Di", "zd"] }.'),
    )),
    staffing: v.optional(v.pipe(
      v.strictObject({
        headers: v.optional(v.strictObject({
          project: headerNames, days: headerNames, person: headerNames, period: headerNames, start: headerNames, end: headerNames,
        })),
        sectionIsPerson: v.optional(v.pipe(v.union([v.boolean(), v.literal('auto')]), v.description('Whether a gantt section names the person its tasks book: true, false, or "auto" (the default): a chart\'s sections are people when most of them are — listed in `people`, named in the log\'s staffing table, or read as a person\'s name.'))),
      }),
      v.description('Staffing tables and gantt charts.'),
    )),
    statuses: v.optional(v.pipe(
      v.record(
        v.pipe(v.string(), v.check((marker) => [...marker].length === 1 && !/[[\]【】\s]/u.test(marker) || marker === ' ', 'one character, the marker inside `[ ]` or a ballot box such as `☒`')),
        v.picklist(['open', 'done', 'cancelled', 'in-progress', 'deferred']),
      ),
      v.description('What checkbox markers mean, over the built-in ones (`[ ]` open, `[x]` `[√]` `[✓]` `[✔]` `☑` done, `[-]` `☒` cancelled, `[/]` in progress, `[>]` deferred), as Obsidian Tasks\' custom statuses: e.g. { "?": "open", "☒": "done" }.'),
    )),
    limits: v.optional(v.pipe(
      v.strictObject({
        fileMegabytes: v.optional(v.pipe(v.number(), v.minValue(0.001), v.description('A log larger than this many megabytes is reported, not read (default 20).'))),
        nestingDepth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.description('Lists and block quotes nested deeper than this are read as text (default 100).'))),
        horizonYears: v.optional(v.pipe(v.number(), v.minValue(0.01), v.description('A date range longer than this many years is reported and not expanded into days (default 5).'))),
      }),
      v.description('Bounds on input worklog was not meant for, so that every run stays short.'),
    )),
    annotations: v.optional(v.pipe(
      v.strictObject({
        errors: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.description('Errors shown as annotations (default 10, as many as GitHub shows per step).'))),
        warnings: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.description('Warnings shown as annotations (default 10, as many as GitHub shows per step).'))),
        notices: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.description('Info findings shown as notice annotations (default 0; GitHub shows 10 per step).'))),
      }),
      v.description('How many findings `worklog check --format github` shows as annotations on the pull request, most severe and newest log first; the rest are counted on the last line and listed in the step summary.'),
    )),
    report: v.optional(v.pipe(
      v.strictObject({
        sections: v.optional(v.pipe(
          v.array(v.picklist(reportSections)),
          v.check((sections) => new Set(sections).size === sections.length, 'each section at most once'),
          v.description(`The sections of the daily report, in order (default: all, ${reportSections.join(', ')}); \`report --sections\` overrides it.`),
        )),
        minSeverity: v.optional(v.pipe(v.picklist(['error', 'warning', 'info']), v.description('The least severe findings `worklog report` lists (default warning); the rest are counted. `check` keeps its own severities.'))),
      }),
      v.description('What the daily report (`worklog report`, the email) shows.'),
    )),
    rules: v.optional(v.pipe(
      v.record(v.pipe(v.string(), v.regex(/^[a-z]+\/[a-z0-9-]+$/, 'a rule id such as `schedule/overlap`')), v.picklist(['off', 'info', 'warning', 'error'])),
      v.description('Severity per rule id, like ESLint: off, info, warning or error.'),
    )),
  }),
  v.description('worklog configuration (worklog.config.json).'),
);

export type ConfigFile = v.InferOutput<typeof configFileSchema>;
