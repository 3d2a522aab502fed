/** To-do items: reading a checkbox head (GFM or lenient), its priority, and what its text mentions. */

import type { Diagnostic } from '../model/diagnostic.js';
import { diagnostic } from '../rules/diagnostic.js';
import type { IsoDate, Item, ItemStatus, Priority } from '../model/log.js';
import { markerByStatus, readBox, readBoxAtEnd, statusByMarker, type Box, type BoxProblem, type StatusMarkers } from './checkbox.js';
import { findDates } from './dates.js';
import { findHosts } from './hosts.js';
import { readItemDates } from './item-dates.js';
import { findMentions } from './mentions.js';
import { priorityBeforeBox, readPriority, toPriority } from './priority.js';

/** How the text before the box was written, when it is not a GFM list bullet. */
export type BulletProblem = 'no-bullet' | 'no-space-after-bullet' | 'chinese-number' | 'continues-paragraph';

export interface ItemHead {
  box: Box;
  /** The priority written before the box (`- P1 [ ] …`), if any. */
  leadingPriority: Priority | null;
  /** That priority tag as written (`P1`, `[P2]`). */
  leadingPriorityWritten: string;
  /** The text after the box, before priority tags are taken out. */
  rest: string;
}

/** Reads `[ ] text`, `P1 [ ] text` or `☐ text` at the start of a list item's text, or a sign-off `产品：佟雪 ☑`. */
export function readItemHead(text: string, markers: StatusMarkers = statusByMarker): ItemHead | null {
  const before = priorityBeforeBox.exec(text);
  const afterPriority = before ? text.slice(before[0].length) : text;
  const box = readBox(afterPriority, markers);
  if (!box) {
    const atEnd = readBoxAtEnd(text, markers);
    return atEnd ? { box: atEnd.box, leadingPriority: null, leadingPriorityWritten: '', rest: atEnd.before } : null;
  }
  return {
    box,
    leadingPriority: before ? toPriority(before[1] ?? before[2] ?? '') : null,
    leadingPriorityWritten: before ? before[0].trim() : '',
    rest: afterPriority.slice(box.length),
  };
}

// What may start a line that is an item GFM does not see: a bullet glued to the box, a number (`1、`, `2.` inside
// a paragraph), or the box itself; what follows must be a box, a priority before one, or a sign-off's text.
const lineItemStart = /^\s*(?:(\d{1,9}[、.)）．])[ \t\u3000]*|([-*+])(?=[[【Pp☐☑☒]))?/u;

/** A line inside a paragraph that is an item GFM does not see: `-【 】…`, `-[ ] …`, `[ ] …`, `1、 [x] …`, `☐ …`, `产品：佟雪 ☑`. */
export function readLineItem(line: string, markers: StatusMarkers = statusByMarker): { head: ItemHead; bullet: string; problem: BulletProblem; headStart: number } | null {
  const match = lineItemStart.exec(line);
  const [start = '', number, dash] = match ?? [];
  const head = readItemHead(line.slice(start.length), markers);
  if (!head) return null;
  const headStart = start.length;
  // A sign-off's box ends the line: what stands before it is all text, numbers included (`3.8.1 回归 ☑`).
  if (head.box.problems.includes('box-at-end')) return { head: { ...head, rest: readBoxAtEnd(line, markers)?.before ?? head.rest }, bullet: '-', problem: 'no-bullet', headStart };
  if (number) {
    const written = number.normalize('NFKC');
    const gfmNumber = /[.)]$/.test(written) && /[ \t]$/.test(start);
    return { head, bullet: `${written.slice(0, -1)}.`, problem: gfmNumber ? 'continues-paragraph' : written.endsWith('、') ? 'chinese-number' : 'no-space-after-bullet', headStart };
  }
  return { head, bullet: dash ?? '-', problem: dash ? 'no-space-after-bullet' : 'no-bullet', headStart };
}

/** Where an item stands in the log. */
export interface ItemPlacement {
  section: string[];
  line: number;
  column: number;
  depth: number;
  parent: number | null;
  /** The bullet as written (`-`, `*`, `1.`), for suggesting a fix. */
  bullet: string;
  /** Why GFM does not render the item as a task, beyond its box. */
  bulletProblem: BulletProblem | null;
  year: number | null;
  /** The log's date, which places due dates written without a year. */
  logDate: IsoDate | null;
}

const boxProblemWords: Readonly<Record<BoxProblem, string>> = {
  'full-width': 'full-width brackets',
  'no-space-inside': 'no space inside the box',
  padded: 'spaces around the marker',
  'no-space-after': 'no space after the box',
  'ballot-box': 'a ballot box instead of `[ ]`',
  'box-at-end': 'the box ends the line',
};

const bulletProblemWords: Readonly<Record<BulletProblem, string>> = {
  'no-bullet': 'no list bullet',
  'no-space-after-bullet': 'no space after the bullet',
  'chinese-number': '`、` after the number',
  'continues-paragraph': 'it continues the paragraph above: leave a blank line before it',
};

function shorten(text: string): string {
  const chars = [...text];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : text;
}

/** The canonical GFM form of an item, for messages that name the fix. */
function canonical(bullet: string, box: Box, priority: Priority | null, text: string): string {
  return [bullet, gfmBox(box), priority, shorten(text)].filter((part) => part).join(' ');
}

/**
 * The box as GFM writes it with the same meaning: a ballot box or a check mark (`√`, `✓`) becomes the marker its
 * status is written with (`[x]` for done), so that GitHub ticks it; other known markers stay; an unknown one is open.
 */
export function gfmBox(box: Pick<Box, 'marker' | 'status' | 'problems'>): string {
  const checkMark = box.status === 'done' && box.marker !== 'x' && box.marker !== 'X';
  const marker = box.status === null ? ' ' : box.problems.includes('ballot-box') || checkMark ? markerByStatus[box.status] : box.marker;
  return `[${marker}]`;
}

const knownMarkers = '`[ ]` open, `[x]` done, `[-]` cancelled, `[/]` in progress, `[>]` deferred';

/** The bullet as written before the box, for quoting the form the user wrote. */
function writtenBullet(placement: ItemPlacement): string {
  if (placement.bulletProblem === 'no-bullet') return '';
  if (placement.bulletProblem === 'no-space-after-bullet') return placement.bullet;
  if (placement.bulletProblem === 'chinese-number') return `${placement.bullet.slice(0, -1)}、 `;
  return `${placement.bullet} `;
}

const lenientPattern = /^`.+` is not a GFM task \((.+?)\), so GitHub shows it as plain text: write `(.*?\])/s;

/** What a lenient item's warning says: the form written, why GFM does not render it, and the item as GFM writes it. */
function lenientMessage(written: string, reasons: string, fix: string): string {
  return `\`${written}\` is not a GFM task (${reasons}), so GitHub shows it as plain text: write \`${fix}\``;
}

/**
 * Every item written in the same lenient form is one habit to change, not one problem per line, whatever each item
 * says: the form (why GFM does not render it) and the warning for all of them. Null for any other message.
 */
export function lenientForm(message: string): { form: string; message: string } | null {
  const [, reasons, example] = lenientPattern.exec(message) ?? [];
  if (reasons === undefined) return null;
  return { form: reasons, message: `these items are not GFM tasks (${reasons}), so GitHub shows them as plain text: write each as GFM does, e.g. \`${example ?? '- [ ]'} …\`` };
}

/** Builds the item and every diagnostic about how it was written. */
export function buildItem(head: ItemHead, placement: ItemPlacement, gfmTask: boolean): { item: Item; diagnostics: Diagnostic[] } {
  const { box } = head;
  const reading = readPriority(head.rest);
  const priorities = head.leadingPriority ? [head.leadingPriority, ...reading.priorities] : reading.priorities;
  const priority = priorities[0] ?? null;
  const text = reading.text;
  const status: ItemStatus = box.status ?? 'open';
  const at = { line: placement.line, column: placement.column };
  const diagnostics: Diagnostic[] = [];

  const reasons = [
    ...(head.leadingPriority ? ['the priority stands before the box'] : []),
    ...(placement.bulletProblem ? [bulletProblemWords[placement.bulletProblem]] : []),
    ...box.problems.map((problem) => boxProblemWords[problem]),
  ];
  if (!gfmTask && reasons.length > 0) {
    const written = box.problems.includes('box-at-end') ? box.written : `${writtenBullet(placement)}${head.leadingPriorityWritten ? `${head.leadingPriorityWritten} ` : ''}${box.written}`;
    diagnostics.push(diagnostic('parse/lenient-checkbox', lenientMessage(written, reasons.join(', '), canonical(placement.bullet, box, priority, text)), at));
  }
  if (box.status === null) {
    diagnostics.push(diagnostic(
      'parse/unknown-marker',
      `\`${box.written}\` is not a status marker worklog knows, so the item is read as open; known: ${knownMarkers}; give it a meaning with \`statuses\` in worklog.config.json`,
      at,
    ));
  }
  if (new Set(priorities).size > 1) {
    diagnostics.push(diagnostic(
      'parse/priority-conflict',
      `the item has ${priorities.length} priorities (${priorities.join(', ')}): ${priority ?? ''} is used; keep one`,
      at,
    ));
  }
  if (text === '') {
    diagnostics.push(diagnostic('parse/empty-item', 'this to-do has no text', at));
  }

  const item: Item = {
    text,
    status,
    marker: box.written,
    priority,
    section: placement.section,
    line: placement.line,
    column: placement.column,
    depth: placement.depth,
    parent: placement.parent,
    question: /[?？]$/.test(text),
    mentions: findMentions(text),
    hosts: findHosts(text),
    dates: findDates(text, placement.year),
  };
  const { dates: itemDates, impossible } = readItemDates(text, placement.logDate);
  if (itemDates) item.itemDates = itemDates;
  for (const written of impossible) {
    diagnostics.push(diagnostic('parse/impossible-date', `\`${written}\` names no day that exists, so the item gets no such date; write the day meant`, at));
  }
  return { item, diagnostics };
}
