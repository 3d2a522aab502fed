/** Aligned terminal text: widths measured in columns (CJK is two), wrapping; control characters are neutralised in inert.ts. */

import { eastAsianWidth } from 'get-east-asian-width';
import stripAnsi from 'strip-ansi';
import type * as Graphemes from './graphemes.js';

export { inertLines, neutralise, obeyedCharacters } from './inert.js';

// string-width segments graphemes with Intl.Segmenter and emoji tables that take longer to set up than most
// output takes to print, and wrap-ansi needs it: both load only for text that needs them (see withTextMeasures).
let graphemes: typeof Graphemes | undefined;

/** Thrown by a measure that needs string-width or wrap-ansi before they are loaded; withTextMeasures loads them and renders again. */
export class NeedsGraphemes extends Error {
  constructor() {
    super('text that needs grapheme segmentation was measured before it was loaded');
  }
}

/** Loads what measures emoji, joiners and combining marks, and wraps text. */
export async function loadGraphemes(): Promise<void> {
  graphemes ??= await import('./graphemes.js');
}

/** Runs a (pure) render; when its text needs grapheme segmentation, loads it and runs the render again. */
export async function withTextMeasures<T>(render: () => T | Promise<T>): Promise<T> {
  try {
    return await render();
  } catch (error) {
    if (!(error instanceof NeedsGraphemes) || graphemes !== undefined) throw error;
    await loadGraphemes();
    return render();
  }
}

// Text in which every character is a grapheme cluster of its own, as wide as its East Asian Width says, the way
// string-width measures it: letters, digits, punctuation, symbols and spaces (CJK included), but no emoji
// (pictographs, flags, skin tones), nothing invisible, no marks, no Hangul jamo, none of the few letters that
// join the character before or after them, and nothing from plane 1, where new scripts (whose letters the
// segmenter may join) and emoji are added. test/render/terminal-width.test.ts compares every such character.
const ownClusters = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]*$/u;
const joinsOrHides = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\p{Default_Ignorable_Code_Point}\p{M}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u0d4e\u0e33\u0eb3\uff9e\uff9f\u{10000}-\u{1ffff}]/u;

// The usual text of a log and of worklog's own output (ASCII, common Chinese characters, CJK and fullwidth punctuation,
// the middle dot, dashes, curly quotes and the ellipsis), all of it within the characters above: tested first, as the
// Unicode properties above take milliseconds to compile.
const commonPlain = /^[\x20-\x7e\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u3000-\u3029\u3031-\u303c\u303e\u303f\u4e00-\u9fff\uff01-\uff60]*$/;

/** Terminal columns a string takes, exactly as string-width counts them: CJK counts two, escape codes none. */
export function width(text: string): number {
  const plain = text.includes('\u001b') || text.includes('\u009b') ? stripAnsi(text) : text;
  if (/^[\x20-\x7e]*$/.test(plain)) return plain.length;
  if (commonPlain.test(plain) || (ownClusters.test(plain) && !joinsOrHides.test(plain))) {
    let columns = 0;
    for (const char of plain) columns += eastAsianWidth(char.codePointAt(0) ?? 0);
    return columns;
  }
  if (graphemes === undefined) throw new NeedsGraphemes();
  return graphemes.graphemeWidth(plain);
}

/** Cuts text to at most `columns` terminal columns, ending with `…` when it cut. */
export function truncate(text: string, columns: number): string {
  if (width(text) <= columns) return text;
  let result = '';
  let used = 1; // the ellipsis
  for (const char of text) {
    const next = width(char);
    if (used + next > columns) break;
    result += char;
    used += next;
  }
  return `${result}…`;
}

/** Text broken into lines of at most `columns` terminal columns: at spaces where it can, anywhere in CJK or a long word; nothing is lost. */
export function wrapText(text: string, columns: number): string[] {
  if (graphemes === undefined) throw new NeedsGraphemes();
  return graphemes.wrapAnsi(text, Math.max(1, columns), { hard: true, trim: true }).split('\n');
}

/** Pads (styled) text with spaces to `columns` terminal columns. */
export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

export function padStart(text: string, columns: number): string {
  return ' '.repeat(Math.max(0, columns - width(text))) + text;
}

/** Parts joined by ` · `, broken into lines of at most `columns` (a part longer than a line gets one of its own). */
export function wrapParts(parts: readonly string[], columns: number | null, separator = ' · '): string[] {
  if (columns === null) return [parts.join(separator)];
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.at(-1);
    if (last !== undefined && width(`${last}${separator}${part}`) <= columns) lines[lines.length - 1] = `${last}${separator}${part}`;
    else lines.push(part);
  }
  return lines;
}
