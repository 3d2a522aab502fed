/** Checkbox markers: the status table, and reading a box written at the start or the end of a line. */

import type { ItemStatus } from '../model/log.js';

/** What each marker means: the character inside `[ ]`, or a ballot box standing on its own. */
export type StatusMarkers = Readonly<Record<string, ItemStatus>>;

/**
 * Status by the character inside the box (Obsidian Tasks' conventions), the check marks Chinese logs write for done,
 * and ballot boxes; `☒` is "crossed out": not applicable, so cancelled.
 */
export const statusByMarker: StatusMarkers = {
  ' ': 'open',
  x: 'done',
  X: 'done',
  '√': 'done',
  '✓': 'done',
  '✔': 'done',
  '-': 'cancelled',
  '/': 'in-progress',
  '>': 'deferred',
  '☐': 'open',
  '☑': 'done',
  '☒': 'cancelled',
};

/** Status by the keyword that starts an outliner's to-do (Logseq, org-mode): `- TODO …`, `- DONE …`. */
export const statusByKeyword: StatusMarkers = {
  TODO: 'open',
  LATER: 'open',
  WAITING: 'open',
  WAIT: 'open',
  NOW: 'in-progress',
  DOING: 'in-progress',
  'IN-PROGRESS': 'in-progress',
  DONE: 'done',
  CANCELED: 'cancelled',
  CANCELLED: 'cancelled',
};

/** A to-do keyword at the start of a list item's text (`TODO Review the runbook`), read as a box. */
export function readKeyword(text: string): Box | null {
  const match = /^([A-Z][A-Z-]{2,10})[ \t]+(?=\S)/.exec(text);
  const keyword = match?.[1] ?? '';
  const status = Object.hasOwn(statusByKeyword, keyword) ? statusByKeyword[keyword] : undefined;
  return match && status ? { written: keyword, marker: keyword, status, problems: [], length: match[0].length } : null;
}

/** The marker GFM and Obsidian Tasks write for each status, for messages that name the fix. */
export const markerByStatus: Readonly<Record<ItemStatus, string>> = {
  open: ' ',
  done: 'x',
  cancelled: '-',
  'in-progress': '/',
  deferred: '>',
};

/** Why a box is not one GFM renders as a task; each names its fix. */
export type BoxProblem = 'full-width' | 'no-space-inside' | 'padded' | 'no-space-after' | 'ballot-box' | 'box-at-end';

export interface Box {
  /** The box as written, e.g. `[ ]`, `[ x ]`, `【 】`, `☑`. */
  written: string;
  /** The marker character, `' '` for an empty box. */
  marker: string;
  /** Null when the marker is not one of the status markers. */
  status: ItemStatus | null;
  problems: BoxProblem[];
  /** Length of the box and the white space after it. */
  length: number;
}

// One marker character at most, with optional (also full-width) padding: `[ ]`, `[x]`, `[]`, `[ x ]`, `【 】`.
// Padding after the marker only with a marker: two runs of spaces side by side would be tried at every split.
const bracketBox = /^([[【])([ \u3000]*)(?:([^\s\]】[【])([ \u3000]*))?([\]】])/u;
const ballotBox = /^([☐☑☒])\uFE0F?/u;
// Letters and digits are markers only when the table names them, so `[P1]`, `[客资]` or `[A]` stay text.
const wordCharacter = /[\p{L}\p{N}]/u;

function isBallotBox(character: string): boolean {
  return ballotBox.test(character);
}

/** Reads a checkbox at the start of `text`; a box followed by `(` or `[` is a link, not a box. */
export function readBox(text: string, markers: StatusMarkers = statusByMarker): Box | null {
  const ballot = ballotBox.exec(text);
  if (ballot) {
    const marker = ballot[1] ?? '';
    const status = markers[marker];
    if (!status) return null;
    const space = /^[ \t\u3000]*/.exec(text.slice(ballot[0].length))?.[0] ?? '';
    return { written: ballot[0], marker, status, problems: ['ballot-box'], length: ballot[0].length + space.length };
  }
  const match = bracketBox.exec(text);
  if (!match) return null;
  const [written, open = '', padBefore = '', inner = '', padAfter = '', close = ''] = match;
  if (wordCharacter.test(inner) && !Object.hasOwn(markers, inner)) return null;
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
    status: Object.hasOwn(markers, marker) ? markers[marker] ?? null : null,
    problems,
    length: written.length + space.length,
  };
}

/**
 * A ballot box that ends a line, as in a sign-off (`产品：佟雪 ☑`): the box and the text before it.
 * Only ballot boxes: a `[x]` at the end of a sentence is too often just text.
 */
export function readBoxAtEnd(text: string, markers: StatusMarkers = statusByMarker): { box: Box; before: string } | null {
  const trimmed = text.trimEnd().replace(/\uFE0F$/u, '');
  const marker = trimmed.slice(-1);
  const status = markers[marker];
  if (!isBallotBox(marker) || !status) return null;
  const before = trimmed.slice(0, -1);
  // The box must stand apart from the text: `佟雪 ☑`, not `佟雪☑`, and there must be text.
  if (!/\s$/u.test(before) || before.trim() === '') return null;
  return { box: { written: marker, marker, status, problems: ['ballot-box', 'box-at-end'], length: 0 }, before: before.trim() };
}
