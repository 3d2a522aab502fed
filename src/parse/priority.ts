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

// Words after which a P-code is what the sentence is about, not the item's priority: articles, determiners,
// possessives and prepositions (`Triage the remaining P1`, `Fix the bug in P0`, `复盘上周的 P0`, `还有 3 个 P2`).
const objectWordsEn = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'their', 'his', 'her', 'its',
  'all', 'any', 'each', 'every', 'some', 'no', 'another', 'other', 'which', 'what', 'both', 'same',
  'remaining', 'last', 'next', 'previous', 'few', 'several', 'many', 'more', 'one', 'two', 'three',
  'for', 'of', 'to', 'on', 'in', 'with', 'about', 'from', 'into', 'at', 'by', 'as', 'than', 'per',
]);
const objectWordsZh = /(?:的|个|这|那|该|此|各|每|把|对|给|和|与|跟|及|关于|所有|剩下|剩余|其他|其它)$/u;

/**
 * True when a bare P-code ending the text is the object of the sentence: the word right before it is an article,
 * determiner, quantifier, number, possessive or preposition (`the P1`, `remaining P1`, `3 P2`, `last week's P0`,
 * `in P0`); in Chinese a particle, classifier, determiner or preposition (`上周的 P0`, `3 个 P2`, `剩余 P1`).
 */
export function isObjectOfSentence(before: string): boolean {
  const trimmed = before.trimEnd();
  if (objectWordsZh.test(trimmed)) return true;
  const word = (/\S+$/.exec(trimmed)?.[0] ?? '').toLowerCase();
  return objectWordsEn.has(word) || /^\d+$/.test(word) || /\p{L}['’]s$/u.test(word);
}

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
  // A bracketed tag is always a priority; a bare one that the sentence is about is not (`Triage the remaining P1`).
  if (trailing && trailing.index > 0 && (trailing[1] !== undefined || !isObjectOfSentence(rest.slice(0, trailing.index)))) {
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
