/** Views of a log's items: counts by status, open items by section and by priority. */

import type { Item, ItemStatus, Priority, WorkLog } from '../model/log.js';

export const statuses: readonly ItemStatus[] = ['open', 'in-progress', 'deferred', 'done', 'cancelled'];

export const priorities: readonly Priority[] = ['P0', 'P1', 'P2', 'P3', 'P4'];

/** Still to do: open, in progress or deferred. */
export function isOpen(item: Item): boolean {
  return item.status === 'open' || item.status === 'in-progress' || item.status === 'deferred';
}

/** Sort key: P0 first, unprioritised last. */
export function priorityRank(priority: Priority | null): number {
  return priority === null ? priorities.length : priorities.indexOf(priority);
}

export function byPriorityThenLine(a: Item, b: Item): number {
  return priorityRank(a.priority) - priorityRank(b.priority) || a.line - b.line;
}

export function countByStatus(items: readonly Item[]): Record<ItemStatus, number> {
  const counts = Object.fromEntries(statuses.map((status) => [status, 0])) as Record<ItemStatus, number>;
  for (const item of items) counts[item.status] += 1;
  return counts;
}

export interface SectionGroup {
  section: string[];
  items: Item[];
}

/** Items grouped by heading path in document order, each group highest priority first. */
export function groupBySection(items: readonly Item[]): SectionGroup[] {
  const groups = new Map<string, SectionGroup>();
  for (const item of items) {
    const key = JSON.stringify(item.section);
    const group = groups.get(key) ?? { section: item.section, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({ ...group, items: [...group.items].sort(byPriorityThenLine) }));
}

export function openItems(log: WorkLog): Item[] {
  return log.items.filter(isOpen);
}

export interface PriorityGroup {
  priority: Priority | null;
  items: Item[];
}

/** Open items by priority, P0 first, unprioritised last; empty priorities are left out. */
export function groupByPriority(items: readonly Item[]): PriorityGroup[] {
  return [...priorities, null]
    .map((priority) => ({ priority, items: items.filter((item) => item.priority === priority) }))
    .filter((group) => group.items.length > 0);
}
