/** The task id a misspelt `after`/`until` id most likely means, found through the ids' deletion variants rather than by comparing it with every id. */

import leven from 'leven';

// A suggestion is at most two edits away, and fewer for short ids.
const mostEdits = 2;

/** Every string made by deleting up to `edits` characters from `text` (itself included). */
function deletions(text: string, edits: number): Set<string> {
  const variants = new Set([text]);
  let frontier = [text];
  for (let round = 0; round < edits; round++) {
    const next: string[] = [];
    for (const variant of frontier) {
      for (let position = 0; position < variant.length; position++) {
        const shorter = variant.slice(0, position) + variant.slice(position + 1);
        if (!variants.has(shorter)) {
          variants.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return variants;
}

// One index per chart's list of ids, built on the first misspelling: two ids within two edits share a deletion variant.
const indexes = new WeakMap<readonly string[], Map<string, Set<string>>>();

function indexOf(known: readonly string[]): Map<string, Set<string>> {
  let index = indexes.get(known);
  if (index) return index;
  index = new Map();
  for (const id of new Set(known)) {
    for (const variant of deletions(id, mostEdits)) {
      const ids = index.get(variant);
      if (ids) ids.add(id);
      else index.set(variant, new Set([id]));
    }
  }
  indexes.set(known, index);
  return index;
}

/** The known id one or two edits away from a misspelt one (one for ids under six characters), when exactly one is that close. */
export function closestId(id: string, known: readonly string[]): string | null {
  const edits = Math.min(mostEdits, Math.floor(id.length / 3));
  const index = indexOf(known);
  const close = new Set<string>();
  for (const variant of deletions(id, edits)) {
    for (const candidate of index.get(variant) ?? []) {
      if (leven(id, candidate) <= edits) close.add(candidate);
    }
  }
  return close.size === 1 ? ([...close][0] ?? null) : null;
}
