/** Log text made inert on a terminal and in a CI log: control characters shown, not obeyed. Needs no width tables, so printing loads little. */

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
