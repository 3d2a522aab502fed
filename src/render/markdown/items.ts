/** `worklog items --format markdown`: sections as headings, items as task lines GitHub renders. */

import { groupBySection, isOpen } from '../../analyze/items.js';
import type { ItemAge } from '../../history/aging.js';
import type { Item } from '../../model/log.js';
import type { LogItems } from '../results.js';
import { sectionLabel } from '../section-label.js';
import { escapeMarkdown } from './escape.js';
import { tooLong, wrapDocument } from './wrap.js';

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

// A heading cannot wrap: a section path too long for one line goes below a heading named by where its items start.
function sectionHeading(label: string, line: number): string[] {
  const heading = `### ${label}`;
  return tooLong(heading) ? [`### Items from line ${line}`, '', `**Section:** ${label}`, ''] : [heading, ''];
}

/** Each item's depth kept within one level of the item above: a sub-item whose parent is not listed moves up. */
function listedDepths(items: readonly Item[]): number[] {
  let above = -1;
  return items.map((item) => (above = Math.min(item.depth, above + 1)));
}

export function renderItemsMarkdown(logs: readonly LogItems[]): string {
  const blocks = logs.map(({ log, items, ages, hasPrevious }) => {
    const line = (item: Item, depth: number) => `${markdownTask({ ...item, depth })}${isOpen(item) ? ageNote(ages.get(item), hasPrevious) : ''}`;
    const title = `## ${escapeMarkdown(log.file)}${log.date ? ` · ${log.date}` : ''}`;
    if (items.length === 0) return `${title}\n\nNothing open.`;
    const sections = groupBySection(items).map((group) => {
      const depths = listedDepths(group.items);
      const heading = sectionHeading(escapeMarkdown(sectionLabel(group.section)), group.items[0]?.line ?? 0);
      return [...heading, ...group.items.map((item, index) => line(item, depths[index] ?? 0))].join('\n');
    });
    return [title, ...sections].join('\n\n');
  });
  // One top heading for the page, as markdown linters and wiki pages expect; each log is a section under it.
  return `${wrapDocument(['# Items', ...blocks].join('\n\n'))}\n`;
}
