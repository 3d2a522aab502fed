/** To-do items: reading a checkbox head (GFM or lenient), its priority, and what its text mentions. */

import type { Diagnostic } from '../model/diagnostic.js';
import { diagnostic } from '../rules/diagnostic.js';
import type { Item, ItemStatus, Priority } from '../model/log.js';
import { readBox, type Box, type BoxProblem } from './checkbox.js';
import { findDates } from './dates.js';
import { findHosts } from './hosts.js';
import { findMentions } from './mentions.js';
import { priorityBeforeBox, readPriority, toPriority } from './priority.js';

/** How the text before the box was written, when it is not a GFM list bullet. */
export type BulletProblem = 'no-bullet' | 'no-space-after-bullet';

export interface ItemHead {
  box: Box;
  /** The priority written before the box (`- P1 [ ] …`), if any. */
  leadingPriority: Priority | null;
  /** That priority tag as written (`P1`, `[P2]`). */
  leadingPriorityWritten: string;
  /** The text after the box, before priority tags are taken out. */
  rest: string;
}

/** Reads `[ ] text` or `P1 [ ] text` at the start of a list item's text. */
export function readItemHead(text: string): ItemHead | null {
  const before = priorityBeforeBox.exec(text);
  const afterPriority = before ? text.slice(before[0].length) : text;
  const box = readBox(afterPriority);
  if (!box) return null;
  return {
    box,
    leadingPriority: before ? toPriority(before[1] ?? before[2] ?? '') : null,
    leadingPriorityWritten: before ? before[0].trim() : '',
    rest: afterPriority.slice(box.length),
  };
}

/** A line inside a paragraph that is an item GFM does not see: `-【 】…`, `-[ ] …`, `[ ] …`. */
export function readLineItem(line: string): { head: ItemHead; bullet: string; problem: BulletProblem } | null {
  const match = /^\s*([-*+](?=[[【Pp])|(?=[[【Pp]))/.exec(line);
  if (!match) return null;
  const head = readItemHead(line.slice(match[0].length));
  if (!head) return null;
  const bullet = match[1] ?? '';
  return { head, bullet: bullet || '-', problem: bullet ? 'no-space-after-bullet' : 'no-bullet' };
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
}

const boxProblemWords: Readonly<Record<BoxProblem, string>> = {
  'full-width': 'full-width brackets',
  'no-space-inside': 'no space inside the box',
  padded: 'spaces around the marker',
  'no-space-after': 'no space after the box',
};

const bulletProblemWords: Readonly<Record<BulletProblem, string>> = {
  'no-bullet': 'no list bullet',
  'no-space-after-bullet': 'no space after the bullet',
};

function shorten(text: string): string {
  const chars = [...text];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : text;
}

/** The canonical GFM form of an item, for messages that name the fix. */
function canonical(bullet: string, marker: string, priority: Priority | null, text: string): string {
  const box = marker === ' ' ? '[ ]' : `[${marker}]`;
  return [bullet, box, priority, shorten(text)].filter((part) => part).join(' ');
}

const knownMarkers = '`[ ]` open, `[x]` done, `[-]` cancelled, `[/]` in progress, `[>]` deferred';

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
    const bullet = placement.bulletProblem === 'no-bullet' ? ''
      : placement.bulletProblem === 'no-space-after-bullet' ? placement.bullet : `${placement.bullet} `;
    const written = `${bullet}${head.leadingPriorityWritten ? `${head.leadingPriorityWritten} ` : ''}${box.written}`;
    diagnostics.push(diagnostic(
      'parse/lenient-checkbox',
      `\`${written}\` is not a GFM task (${reasons.join(', ')}), so GitHub shows it as plain text: write \`${canonical(placement.bullet, box.status ? box.marker : ' ', priority, text)}\``,
      at,
    ));
  }
  if (box.status === null) {
    diagnostics.push(diagnostic(
      'parse/unknown-marker',
      `\`${box.written}\` is not a status marker worklog knows, so the item is read as open; known: ${knownMarkers}`,
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
  return { item, diagnostics };
}
