/** Safe, aligned terminal text: control characters neutralised, widths measured in columns (CJK is two). */

import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';

// C0 and C1 controls (ESC starts every terminal escape sequence), DEL, and bidirectional overrides.
const controlCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Makes log text inert on a terminal: every control character is shown, not obeyed. */
export function neutralise(text: string): string {
  return text.replace(/\t/g, ' ').replace(/\n/g, ' ').replace(controlCharacters, (char) => {
    const code = char.codePointAt(0) ?? 0;
    // Control Pictures (␛ for ESC) where Unicode has one, else a visible escape.
    return code < 0x20 ? String.fromCodePoint(0x2400 + code) : code === 0x7f ? '␡' : `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
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
