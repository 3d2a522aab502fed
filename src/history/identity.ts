/** Which item in one log is the same to-do as an item in another: the same words, or nearly, however tagged, boxed or moved. */

import type { Item } from '../model/log.js';
import { dateInHeading } from '../parse/dates.js';

/** Two texts this similar (Dice coefficient over character bigrams) are one to-do reworded. */
export const similarityThreshold = 0.75;

/** The item's text as compared across days: width, case, spaces and trailing punctuation do not matter. */
export function itemKey(item: Item): string {
  return textKey(item.text);
}

function textKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/[。.!！]+$/, '');
}

/** Adjacent character pairs, counted; a one-character text is its own single "pair". */
function bigrams(key: string): Map<string, number> {
  const characters = [...key];
  const pairs = new Map<string, number>();
  const add = (pair: string) => pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  if (characters.length === 1) add(key);
  for (let index = 0; index + 1 < characters.length; index++) add(`${characters[index]}${characters[index + 1]}`);
  return pairs;
}

/** A text's bigrams and how many there are, computed once per item. */
interface Profile {
  pairs: Map<string, number>;
  size: number;
}

function profile(text: string): Profile {
  const pairs = bigrams(textKey(text));
  return { pairs, size: [...pairs.values()].reduce((sum, count) => sum + count, 0) };
}

function dice(left: Profile, right: Profile, cutoff = 0): number {
  const total = left.size + right.size;
  if (total === 0) return 1;
  // Texts of very different lengths cannot reach the cutoff: skip counting.
  if ((2 * Math.min(left.size, right.size)) / total < cutoff) return 0;
  let shared = 0;
  for (const [pair, count] of left.pairs) shared += Math.min(count, right.pairs.get(pair) ?? 0);
  return (2 * shared) / total;
}

/** Dice coefficient over character bigrams of the compared keys: 1 for the same words, 0 for nothing in common. */
export function textSimilarity(a: string, b: string): number {
  return dice(profile(a), profile(b));
}

/**
 * The section as compared across days: a heading that carries a date (`今日工作 2025年10月14日 星期二`) names the
 * day, not the section, so it is left out; otherwise no item would ever be in yesterday's section.
 */
export function sectionKey(item: Item): string {
  return sectionKeyOf(item.section);
}

function sectionKeyOf(section: readonly string[]): string {
  return section.filter((heading) => dateInHeading(heading) === null).join('\u0000');
}

/** Each item's section key, reading each distinct heading path once: a log's items stand under a few headings. */
function sectionKeys(items: Iterable<Item>): Map<Item, string> {
  const byPath = new Map<string, string>();
  const keys = new Map<Item, string>();
  for (const item of items) {
    const path = item.section.join('\u0000');
    let key = byPath.get(path);
    if (key === undefined) {
      key = sectionKeyOf(item.section);
      byPath.set(path, key);
    }
    keys.set(item, key);
  }
  return keys;
}

interface Candidate {
  earlier: Item;
  later: Item;
  similarity: number;
  sameSection: boolean;
  /** How far apart the two sit, as a share of their lists (0 = the same place). */
  distance: number;
}

/** Most similar first; then the same section; then the nearest position; then document order. */
function byPreference(a: Candidate, b: Candidate): number {
  return b.similarity - a.similarity || Number(b.sameSection) - Number(a.sameSection) || a.distance - b.distance || a.later.line - b.later.line || a.earlier.line - b.earlier.line;
}

/**
 * Pairs items of `later` with items of `earlier`, each used at most once. First the same key in the same
 * section, in order (two identical to-dos pair first with first); then, among what is left, the most similar
 * pairs at or above `similarityThreshold`, preferring the same section and then the nearest position.
 * Returns later item → earlier item.
 */
export function matchItems(earlier: readonly Item[], later: readonly Item[]): Map<Item, Item> {
  const matches = new Map<Item, Item>();
  const claimed = new Set<Item>();
  const sections = sectionKeys([...earlier, ...later]);
  const sectionOf = (item: Item) => sections.get(item) ?? '';
  const pool = new Map<string, Item[]>();
  for (const item of earlier) {
    const key = `${sectionOf(item)}\u0001${itemKey(item)}`;
    const same = pool.get(key);
    if (same) same.push(item);
    else pool.set(key, [item]);
  }
  for (const item of later) {
    const match = pool.get(`${sectionOf(item)}\u0001${itemKey(item)}`)?.shift();
    if (match) {
      matches.set(item, match);
      claimed.add(match);
    }
  }

  const candidates: Candidate[] = [];
  const positions = new Map<Item, number>();
  for (const list of [earlier, later]) list.forEach((entry, index) => positions.set(entry, index / Math.max(1, list.length - 1)));
  const position = (item: Item) => positions.get(item) ?? 0;
  const unclaimed = earlier.filter((entry) => !claimed.has(entry)).map((entry) => ({ entry, profile: profile(entry.text) }));
  for (const item of later.filter((entry) => !matches.has(entry))) {
    const itemProfile = profile(item.text);
    for (const { entry: other, profile: otherProfile } of unclaimed) {
      const similarity = dice(itemProfile, otherProfile, similarityThreshold);
      if (similarity < similarityThreshold) continue;
      candidates.push({ earlier: other, later: item, similarity, sameSection: sectionOf(item) === sectionOf(other), distance: Math.abs(position(item) - position(other)) });
    }
  }
  for (const candidate of candidates.sort(byPreference)) {
    if (matches.has(candidate.later) || claimed.has(candidate.earlier)) continue;
    matches.set(candidate.later, candidate.earlier);
    claimed.add(candidate.earlier);
  }
  return matches;
}
