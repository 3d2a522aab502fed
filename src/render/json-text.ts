/** JSON as printed: what a terminal or a CI runner would obey is written as `\u` escapes, so the data stays exactly as it was. */

import { obeyedCharacters } from './inert.js';

// JSON.stringify escapes C0 itself; DEL, C1, the reordering and invisible characters, and the `#` of `##[` it leaves raw.
const obeyed = new RegExp(String.raw`[\u007f${obeyedCharacters}]|#(?=#\[)`, 'gu');

const unicodeEscape = (unit: number): string => `\\u${unit.toString(16).padStart(4, '0')}`;

/** A document as indented JSON text with a final newline; such characters only occur inside its strings. */
export function jsonText(document: unknown): string {
  const text = JSON.stringify(document, null, 2).replace(obeyed, (char) =>
    Array.from({ length: char.length }, (_, index) => unicodeEscape(char.charCodeAt(index))).join(''));
  return `${text}\n`;
}
