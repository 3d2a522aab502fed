/** Priority tags (`P1`, `[P1]`, `【P1】`, `（P1）`, Obsidian Tasks' emoji) and their removal from item text. */

import type { Priority } from '../model/log.js';

/** Obsidian Tasks' priority emoji on worklog's P0–P4 scale. */
export const emojiPriorities: Readonly<Record<string, Priority>> = {
  '🔺': 'P0',
  '⏫': 'P1',
  '🔼': 'P2',
  '🔽': 'P3',
  '⏬': 'P4',
};

// `P`/`Ｐ` in any case followed by one digit 0–4, half- or full-width.
const TAG = String.raw`[PpＰｐ][0-4０-４]`;
const OPEN = String.raw`[\[【(（]`;
const CLOSE = String.raw`[\]】)）]`;
// A bare tag must stand alone: not glued to a word (`R3P1`) nor part of an id (`P1-026`).
const BARE_END = String.raw`(?=$|[\s:：,，、;；])`;

const leadingTag = new RegExp(String.raw`^\s*(?:${OPEN}\s*(${TAG})\s*${CLOSE}|(${TAG})${BARE_END})[\s:：,，、;；]*`);
const trailingTag = new RegExp(String.raw`(?:${OPEN}\s*(${TAG})\s*${CLOSE}|(?:^|(?<=\s))(${TAG}))\s*$`);
const emojiTags = /(🔺|⏫|🔼|🔽|⏬)\uFE0F?/gu;

export function toPriority(tag: string): Priority {
  return `P${tag.normalize('NFKC').slice(1)}` as Priority;
}

export interface PriorityReading {
  /** Every priority found, in the order read; the first one is the item's. */
  priorities: Priority[];
  /** The text with every priority tag removed. */
  text: string;
}

/** Reads priority tags at the start or end of an item's text, and emoji anywhere in it. */
export function readPriority(text: string): PriorityReading {
  const priorities: Priority[] = [];
  let rest = text;

  const leading = leadingTag.exec(rest);
  if (leading) {
    priorities.push(toPriority(leading[1] ?? leading[2] ?? ''));
    rest = rest.slice(leading[0].length);
  }
  const trailing = trailingTag.exec(rest);
  if (trailing && trailing.index > 0) {
    priorities.push(toPriority(trailing[1] ?? trailing[2] ?? ''));
    rest = rest.slice(0, trailing.index);
  }
  // One pass over the text, however many emoji it holds.
  rest = rest.replace(emojiTags, (_tag, emoji: string) => {
    const priority = emojiPriorities[emoji];
    if (priority) priorities.push(priority);
    return ' ';
  });
  return { priorities, text: rest.replace(/\s{2,}/g, ' ').trim() };
}

/** A priority tag standing alone before a checkbox, as in `- P1 [ ] 资金对账`. */
export const priorityBeforeBox = new RegExp(String.raw`^(?:${OPEN}\s*(${TAG})\s*${CLOSE}|(${TAG}))\s*(?=[\[【])`);
