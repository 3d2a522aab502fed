/** Checkbox markers: the status table, and reading a box written at the start of a line. */

import type { ItemStatus } from '../model/log.js';

/** Status by the character inside the box (Obsidian Tasks' conventions). */
export const statusByMarker: Readonly<Record<string, ItemStatus>> = {
  ' ': 'open',
  x: 'done',
  X: 'done',
  '-': 'cancelled',
  '/': 'in-progress',
  '>': 'deferred',
};

/** Why a box is not one GFM renders as a task; each names its fix. */
export type BoxProblem = 'full-width' | 'no-space-inside' | 'padded' | 'no-space-after';

export interface Box {
  /** The box as written, e.g. `[ ]`, `[ x ]`, `【 】`. */
  written: string;
  /** The marker character, `' '` for an empty box. */
  marker: string;
  /** Null when the marker is not one of `statusByMarker`. */
  status: ItemStatus | null;
  problems: BoxProblem[];
  /** Length of the box and the white space after it. */
  length: number;
}

// One marker character at most, with optional (also full-width) padding: `[ ]`, `[x]`, `[]`, `[ x ]`, `【 】`.
// Letters other than x are never markers, so `[P1]`, `[客资]` or `[A]` stay text.
const letteredBox = /^([[【])([ \u3000]*)([xX])([ \u3000]*)([\]】])/;
// Padding after the marker only with a marker: two runs of spaces side by side would be tried at every split.
const symbolBox = /^([[【])([ \u3000]*)(?:([^\s\]】[【\p{L}\p{N}])([ \u3000]*))?([\]】])/u;

/** Reads a checkbox at the start of `text`; a box followed by `(` or `[` is a link, not a box. */
export function readBox(text: string): Box | null {
  const match = letteredBox.exec(text) ?? symbolBox.exec(text);
  if (!match) return null;
  const [written, open = '', padBefore = '', inner = '', padAfter = '', close = ''] = match;
  const after = text.slice(written.length);
  if (/^[([]/.test(after)) return null;

  const problems: BoxProblem[] = [];
  if (open === '【' || close === '】') problems.push('full-width');
  const marker = inner === '' ? ' ' : inner;
  if (inner === '' && padBefore === '' && padAfter === '') problems.push('no-space-inside');
  if (inner !== '' && (padBefore !== '' || padAfter !== '')) problems.push('padded');
  if (inner === '' && (padBefore + padAfter).length > 1) problems.push('padded');
  const space = /^[ \t\u3000]*/.exec(after)?.[0] ?? '';
  if (after !== '' && space === '') problems.push('no-space-after');

  return {
    written,
    marker,
    status: statusByMarker[marker] ?? null,
    problems,
    length: written.length + space.length,
  };
}
