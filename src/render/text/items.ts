/** `worklog items` for the terminal: items grouped by section, highest priority first. */

import { groupBySection, isOpen } from '../../analyze/items.js';
import type { Item } from '../../model/log.js';
import type { FormatContext } from '../formatter.js';
import type { LogItems } from '../results.js';
import { neutralise } from '../terminal.js';
import { cell, layoutColumns } from './columns.js';
import { sectionLabel } from '../section-label.js';
import { ageCell } from './age-cell.js';
import { paintPriority, statusBox, type TextStyle } from './style.js';

/** With an earlier log to compare, an open item shows its age in working days (`new` for today's), as in `status`. */
function itemRow(item: Item, style: TextStyle, ages: LogItems['ages'] | null) {
  const indent = '  '.repeat(item.depth);
  return [
    cell(String(item.line), style.chalk.gray, 'right'),
    cell(statusBox[item.status], item.status === 'done' ? style.chalk.green : undefined),
    cell(item.priority ?? '-', () => paintPriority(style, item.priority)),
    ...(ages ? [ageCell(ages.get(item), style, isOpen(item))] : []),
    cell(indent + item.text),
  ];
}

/** One block per log: its file and date, then each section's items. */
export function renderItemsText(logs: readonly LogItems[], { style }: FormatContext): string {
  const { chalk } = style;
  const blocks = logs.map(({ log, items, ages, hasPrevious }) => {
    const header = chalk.bold(neutralise(`${log.file}${log.date ? ` · ${log.date}` : ''}`));
    if (items.length === 0) return `${header}\n  ${chalk.green('nothing open')}`;
    const sections = groupBySection(items).map((group) => {
      const rows = group.items.map((item) => itemRow(item, style, hasPrevious ? ages : null));
      const lines = layoutColumns(rows, { flexible: hasPrevious ? 4 : 3, width: style.width, indent: 2 });
      return [chalk.cyan(neutralise(sectionLabel(group.section))), ...lines].join('\n');
    });
    return [header, ...sections].join('\n\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
