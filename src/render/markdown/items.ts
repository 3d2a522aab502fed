/** `worklog items --format markdown`: sections as headings, items as task lines GitHub renders. */

import { groupBySection, isOpen } from '../../analyze/items.js';
import type { ItemAge } from '../../history/aging.js';
import type { Item } from '../../model/log.js';
import type { LogItems } from '../results.js';
import { sectionLabel } from '../section-label.js';
import { escapeMarkdown } from './escape.js';

export function markdownTask(item: Item): string {
  const priority = item.priority ? `**${item.priority}** ` : '';
  const indent = '  '.repeat(item.depth);
  // GFM draws only `[ ]` and `[x]`: a cancelled item gets no box at all, rather than an empty one that reads as open.
  if (item.status === 'cancelled') return `${indent}- ~~${priority}${escapeMarkdown(item.text)}~~ _(cancelled)_`;
  const box = item.status === 'done' ? '[x]' : '[ ]';
  const status = item.status === 'in-progress' || item.status === 'deferred' ? ` _(${item.status})_` : '';
  return `${indent}- ${box} ${priority}${escapeMarkdown(item.text)}${status}`;
}

/** ` · 3d (since 2024-04-02)` for a carried item, ` · new` for today's; nothing without an earlier log to compare. */
export function ageNote(age: ItemAge | undefined, hasPrevious: boolean): string {
  if (!hasPrevious) return '';
  return age?.carriedOver ? ` · ${age.age}d (since ${age.firstSeen})` : ' · new';
}

export function renderItemsMarkdown(logs: readonly LogItems[]): string {
  const blocks = logs.map(({ log, items, ages, hasPrevious }) => {
    const line = (item: Item) => `${markdownTask(item)}${isOpen(item) ? ageNote(ages.get(item), hasPrevious) : ''}`;
    const title = `## ${escapeMarkdown(log.file)}${log.date ? ` · ${log.date}` : ''}`;
    if (items.length === 0) return `${title}\n\nNothing open.`;
    const sections = groupBySection(items).map((group) =>
      [`### ${escapeMarkdown(sectionLabel(group.section))}`, '', ...group.items.map(line)].join('\n'));
    return [title, ...sections].join('\n\n');
  });
  // One top heading for the page, as markdown linters and wiki pages expect; each log is a section under it.
  return `${['# Items', ...blocks].join('\n\n')}\n`;
}
