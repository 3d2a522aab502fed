/** Log text made inert in markdown: no markup, no raw HTML, no links or mentions, no control characters. */

import { neutralise } from '../inert.js';

// GitHub links `https://…`, `www.…` and `a@b.co` (GFM's autolink literals) and then, in the rendered text, `@name` and
// `#123` (mentions and issue references): a backslash escape survives neither step, a character in between does.
// A word joiner is that character: invisible, and no line breaks at it.
const joiner = '\u2060';
const linkStarts = /@|#(?=\d)|:(?=\/\/)|www(?=\.)/gi;

/** Escaped log text that starts a paragraph: a leading `3.` or `-` would otherwise open a list. */
export function escapeLineStart(escaped: string): string {
  return escaped.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2').replace(/^([-+=])(?=\s|$)/, '\\$1');
}

// `!` needs no escape: the `[` after an image's `!` is escaped already.
export function escapeMarkdown(text: string): string {
  return neutralise(text)
    .replace(linkStarts, (start) => `${start}${joiner}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}#|~])/g, '\\$1');
}
