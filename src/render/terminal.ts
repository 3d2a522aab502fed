/** Safe, aligned terminal text: control characters neutralised, widths measured in columns (CJK is two). */

import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

// What a terminal, or a CI runner reading the job log, would obey rather than show:
// - C0 and C1 controls and DEL: ESC starts every escape sequence, BEL ends some, NEL and CR move the cursor;
// - bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069),
//   which reorder what is shown;
// - the line and paragraph separators U+2028 and U+2029, which break lines;
// - the deprecated format controls U+206A–U+206F and the interlinear annotations U+FFF9–U+FFFB, which change or hide
//   text, and tag characters (U+E0000–U+E007F), which are invisible text, except in an emoji flag sequence (🏴 + tags).
// Zero-width joiners, non-joiners and spaces, variation selectors, the word joiner and the soft hyphen stay: emoji and
// scripts need them, and they move nothing. `##[` anywhere in a line is a GitHub runner command (`##[error]…`), so its
// first `#` is followed by a word joiner.
/** The characters above besides C0 and DEL, as a class body for patterns with the `u` flag. */
export const obeyedCharacters = String.raw`\u0080-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u206f\ufff9-\ufffb\u{E0000}-\u{E007F}`;
const inert = new RegExp(String.raw`(\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|[\u0000-\u0008\u000b-\u001f\u007f${obeyedCharacters}]|#(?=#\[)`, 'gu');

/** How a character a terminal would obey is shown instead: its Control Picture (␛ for ESC) where Unicode has one. */
function shown(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  if (code === 0x7f) return '␡';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Makes log text inert on a terminal and in a CI log: every control character is shown, not obeyed, on one line. */
export function neutralise(text: string): string {
  return text.replace(/[\t\n]/g, ' ').replace(inert, (char: string, flag: string | undefined) => {
    if (flag !== undefined) return flag;
    return char === '#' ? '#\u2060' : shown(char);
  });
}

/**
 * Output whose lines no CI runner reads as a workflow command: a line that starts with `::` (after white space or
 * colour codes) gets a word joiner between the colons. For every output but the GitHub annotations themselves.
 */
export function inertLines(text: string): string {
  return text.replace(/^((?:[^\S\n]|\u001b\[[0-9;]*m)*:)(?=:)/gm, '$1\u2060');
}

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
