/** Every command's formats: for each format name, the renderer module that writes it, loaded only when asked for. */
// A format's module exports its formatter as `render<Command><Format>` (renderStatusText, renderCheckSarif); the types
// below hold every module to that, so a listed format without a formatter, or of the wrong kind, does not compile.

import type { Formatter, Registry } from './formatter.js';
import type { StatusReport } from '../analyze/status.js';
import type { CommandResults } from './results.js';

type Command = keyof CommandResults;
type FormatterName<C extends string, F extends string> = `render${Capitalize<C>}${Capitalize<F>}`;
type Renders<R, Name extends string> = { readonly [K in Name]: Formatter<R> };

const capitalize = <W extends string>(word: W) => `${word.charAt(0).toUpperCase()}${word.slice(1)}` as Capitalize<W>;

/** A command's registry from the module each of its formats lives in. */
function registry<C extends Command, F extends string>(
  command: C,
  modules: { readonly [K in F]: () => Promise<Renders<CommandResults[C], FormatterName<C, K>>> },
): Registry<CommandResults[C], F> {
  const entries = (Object.keys(modules) as F[]).map((format) => {
    const load = modules[format];
    const name: FormatterName<C, typeof format> = `render${capitalize(command)}${capitalize(format)}`;
    return [format, async () => (await load())[name]] as const;
  });
  return Object.fromEntries(entries) as Registry<CommandResults[C], F>;
}

// Renderer modules, each loaded the first time one of its formats is asked for: a command's text and markdown views
// side by side, then the formats every command shares or one command alone has.
const views = {
  status: { text: () => import('./text/status.js'), markdown: () => import('./markdown/status.js') },
  items: { text: () => import('./text/items.js'), markdown: () => import('./markdown/items.js') },
  schedule: { text: () => import('./text/schedule.js'), markdown: () => import('./markdown/schedule.js') },
  coverage: { text: () => import('./text/coverage.js'), markdown: () => import('./markdown/coverage.js') },
  rules: { text: () => import('./text/rules.js'), markdown: () => import('./markdown/rules.js') },
  trend: { text: () => import('./text/trend.js'), markdown: () => import('./markdown/trend.js'), html: () => import('./html/trend.js') },
};
const checkText = () => import('./text/check.js');
const everyLog = () => import('./every-log.js');
const html = () => import('./html/report.js');
// The message composer loads only when a message is asked for.
const email = () => import('./email.js');
const json = () => import('./json.js');
const github = () => import('./github.js');
const sarif = () => import('./sarif.js');
const junit = () => import('./junit.js');

export const formats = {
  status: registry('status', { ...views.status, json }),
  // The daily report is the morning view in full: the same modules, their `renderReport…` formatters.
  report: registry('report', { ...views.status, html, json, email }),
  check: registry('check', { text: checkText, json, github, sarif, junit }),
  items: registry('items', { ...views.items, json }),
  schedule: registry('schedule', { ...views.schedule, json }),
  coverage: registry('coverage', { ...views.coverage, json }),
  parse: registry('parse', { json }),
  rules: registry('rules', { ...views.rules, json }),
  trend: registry('trend', { ...views.trend, json }),
} satisfies { readonly [C in Exclude<Command, EveryLogView>]: Registry<CommandResults[C]> };

type EveryLogView = 'statusAllLogs' | 'reportAllLogs';

/** `status --all-logs` and `report --all-logs`: the same format names as each command, each log's report in turn. */
export const everyLogFormats = {
  status: registry('statusAllLogs', { text: everyLog, markdown: everyLog, json: everyLog }),
  report: registry('reportAllLogs', { text: everyLog, markdown: everyLog, html: everyLog, json: everyLog, email }),
} satisfies { readonly [C in keyof typeof formats & ('status' | 'report')]: Registry<readonly StatusReport[], keyof typeof formats[C] & string> };
