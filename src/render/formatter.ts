/** The one shape every formatter has, what it is given besides the result, and how a format name becomes text. */

import type { RuleMeta } from '../rules/meta.js';
import type { MessageHeaders } from './email.js';
import type { TextStyle } from './text/style.js';

/** What rendering needs besides the result: how text looks, and what describes worklog itself. */
export interface FormatContext {
  /** Colours and the width text may fill. */
  style: TextStyle;
  /** worklog's version, for formats that name the tool that wrote them (SARIF). */
  version: string;
  /** Every rule worklog can report, for formats that describe them (SARIF); empty for commands without such a format. */
  rules: readonly RuleMeta[];
  /** Who `report --format email` is addressed to and from, and its date; absent for every other format. */
  message?: MessageHeaders;
  /** Says what the user should know beyond the output (a report over the mail budget): a line on stderr. */
  warn?: (message: string) => void;
}

/**
 * Text given in pieces, rendered as they are written: for output too big to hold as one string. Each piece ends at the
 * end of a line, so what is done to whole lines (`inertLines`) can be done piece by piece.
 */
export type TextPieces = Iterable<string>;

/** The text as one string. */
export const wholeText = (text: string | TextPieces): string => (typeof text === 'string' ? text : [...text].join(''));

/**
 * Renders what a command computed as one format's text, or its pieces; a message is composed asynchronously, so a
 * formatter may return a promise.
 */
export type Formatter<R> = (result: R, context: FormatContext) => string | TextPieces | Promise<string>;

/** A command's formats by name, the first its default; each loads its formatter only when asked for. */
export type Registry<R, F extends string = string> = { readonly [K in F]: () => Promise<Formatter<R>> };

/** The names `--format` accepts: the registry's keys, in order. */
export function formatNames(registry: Registry<never>): string[] {
  return Object.keys(registry);
}

/** Loads the formatter named `format` and renders `result` with it. */
export async function renderFormat<R>(registry: Registry<R>, format: string, result: R, context: FormatContext): Promise<string | TextPieces> {
  const load = Object.hasOwn(registry, format) ? registry[format] : undefined;
  // `--format` offers only the registry's names, so a miss means the command and its formats disagree.
  if (!load) throw new Error(`no formatter for --format ${format}`);
  const [formatter, { loadGraphemes, withTextMeasures }] = await Promise.all([load(), import('./terminal.js')]);
  const text = await withTextMeasures(() => formatter(result, context));
  // Pieces are rendered after this returns, as they are written, so what measures any text is loaded before.
  if (typeof text !== 'string') await loadGraphemes();
  return text;
}
