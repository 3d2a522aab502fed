/** Aligned terminal text: widths measured in columns (CJK is two), wrapping; control characters are neutralised in inert.ts. */

import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

export { inertLines, neutralise, obeyedCharacters } from './inert.js';

// What needs string-width's grapheme handling: emoji, joiners, combining marks, flags, controls and escape codes.
const needsGraphemes = /\p{Extended_Pictographic}|\p{M}|\p{Cc}|\p{Variation_Selector}|\p{Regional_Indicator}|[\u200b-\u200f]/u;

/** Terminal columns a string takes: CJK counts two, escape codes none. */
export function width(text: string): number {
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  // Plain text (CJK included) is summed per character: string-width segments graphemes, which is slow on long CJK lines.
  if (needsGraphemes.test(text)) return stringWidth(text);
  let columns = 0;
  for (const char of text) columns += eastAsianWidth(char.codePointAt(0) ?? 0);
  return columns;
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
  return wrapAnsi(text, Math.max(1, columns), { hard: true, trim: true }).split('\n');
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
