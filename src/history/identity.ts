/** Which item in one log is the same to-do as an item in another: the same words, however tagged or boxed. */

import type { Item } from '../model/log.js';

/** The item's text as compared across days: width, case, spaces and trailing punctuation do not matter. */
export function itemKey(item: Item): string {
  return item.text.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/[。.!！]+$/, '');
}

/**
 * Pairs each item of `later` with an item of `earlier` that has the same key, each used once, in order
 * (two identical to-dos in both logs pair first with first, second with second).
 */
export function matchItems(earlier: readonly Item[], later: readonly Item[]): Map<Item, Item> {
  const pool = new Map<string, Item[]>();
  for (const item of earlier) {
    const key = itemKey(item);
    pool.set(key, [...(pool.get(key) ?? []), item]);
  }
  const matches = new Map<Item, Item>();
  for (const item of later) {
    const candidates = pool.get(itemKey(item));
    const match = candidates?.shift();
    if (match) matches.set(item, match);
  }
  return matches;
}
