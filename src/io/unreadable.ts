/** Why a path cannot be read as a log: the reason, what to tell the user, and where in the file, when a place is known. */

import type { UnreadableReason } from '../model/finding-data.js';

export interface Unreadable {
  reason: UnreadableReason;
  /** What is wrong, in the user's words: `a link to a missing file`, `not a regular file (a FIFO)`. */
  message: string;
  /** The first bad byte of a file that is not UTF-8; null when the problem is the file as a whole. */
  at: { line: number; column: number } | null;
}

export function unreadable(reason: UnreadableReason, message: string, at: Unreadable['at'] = null): Unreadable {
  return { reason, message, at };
}
