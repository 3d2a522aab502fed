/** Log text made inert in markdown: no markup, no raw HTML, no control characters, nothing that closes a code fence. */

import { neutralise } from '../terminal.js';

// `!` needs no escape: the `[` after an image's `!` is escaped already.
export function escapeMarkdown(text: string): string {
  return neutralise(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}#|~])/g, '\\$1');
}

/** Text inside a fenced code block: a backtick could close the fence, so it becomes a quote. */
export function escapeFenced(text: string): string {
  return text.replace(/`/g, "'");
}
