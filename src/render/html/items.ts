/** The report's head and its to-dos: date, title and counts; open items with their ages; what changed since the previous log. */

import { format } from 'date-fns';
import type { StatusReport } from '../../analyze/status.js';
import { statuses } from '../../analyze/items.js';
import { fromIsoDate } from '../../calendar/iso-date.js';
import type { IsoDate, Item, ItemStatus } from '../../model/log.js';
import { plural } from '../../words/plural.js';
import { sectionLabel } from '../section-label.js';
import { changeCounts, changedItems } from '../history-changes.js';
import { badge, dataTable, heading, paragraph, section, type Column } from './layout.js';
import { html, type Html } from './markup.js';
import { dueCounts, dueLabel, lateness } from '../due-words.js';
import { budgetWords, noCuts, type Cuts } from './budget.js';
import { agedTint, colors, droppedTint, newTint, okTint, overdueTint, priorityTint, styles } from './style.js';

const statusWords: Readonly<Record<ItemStatus, string>> = {
  open: 'open',
  'in-progress': 'in progress',
  deferred: 'deferred',
  done: 'done',
  cancelled: 'cancelled',
};

/** `2023-11-12 Sunday`, or `no date` for a log without one. */
export function dayLabel(date: IsoDate | null): string {
  return date ? `${date} ${format(fromIsoDate(date), 'EEEE')}` : 'no date';
}

export function headerSection(report: StatusReport): Html {
  const { log, counts } = report;
  // Each count is a block of its own, so on a phone they wrap onto a second line.
  const stat = (count: number, label: string) => html`<div style="${styles.stat};${styles.inline}"><div style="${styles.statNumber};color:${count === 0 ? colors.faint : colors.text}">${count}</div>
<div style="${styles.statLabel}">${label}</div></div>`;
  return html`<div id="header" data-section="header">
<h1 style="${styles.h1}">${log.title ?? log.file}</h1>
<p style="${styles.paragraph};${styles.muted}">Daily test report · ${dayLabel(log.date)}</p>
<div class="counts">${stat(log.items.length, 'items')}${statuses.map((status) => stat(counts[status], statusWords[status]))}</div>
</div>
`;
}

/** The item's text, with its status when it is not plainly open. */
function itemText(item: Item): Html {
  return html`${item.text}${item.status === 'open' ? '' : html` <span style="${styles.muted}">(${statusWords[item.status]})</span>`}`;
}

/** The last heading shows; the whole path is there on hover. */
function sectionCell(item: Item): Html {
  return html`<span title="${sectionLabel(item.section)}" style="${styles.muted}">${sectionLabel(item.section.slice(-1))}</span>`;
}

// Past the mail's budget the items done or dropped since are only counted: they need nothing more from anyone.
export function sinceSection(report: StatusReport, cuts: Cuts = noCuts): Html {
  const { history } = report;
  const previous = history.previous;
  if (!previous) return html``;
  const changes = changeCounts(history).map(({ change, count }) => `${count} ${change}`);
  const rows = changedItems(history).map(({ change, item }) => [badge(change, change === 'done' ? okTint : droppedTint), sectionCell(item), item.text]);
  const list = cuts.changedItems
    ? paragraph(`${plural(rows.length, 'item')} done, cancelled or dropped since ${previous.date ?? previous.file} left out ${budgetWords}.`)
    : dataTable('changes', [{ label: 'Change' }, { label: 'Section', nowrap: true }, { label: 'Item' }], rows);
  return html`<div id="since-previous" data-section="since-previous">
${heading(`Since ${previous.date ?? previous.file}`)}${paragraph(changes.join(' · ') || 'Nothing done or dropped.')}
${rows.length > 0 ? list : ''}</div>
`;
}

/** Overdue and due-today items, before the open ones: what the day must not forget. */
export function dueSection(report: StatusReport): Html {
  if (report.due.length === 0) return html``;
  const columns: Column[] = [{ label: 'Due', nowrap: true }, { label: 'Line', align: 'right', nowrap: true }, { label: 'When', nowrap: true }, { label: 'Item' }];
  const rows = report.due.map((entry) => [
    badge(dueLabel(entry), entry.daysLate > 0 ? overdueTint : agedTint),
    entry.item.line,
    entry.daysLate > 0 ? lateness(entry) : entry.due,
    itemText(entry.item),
  ]);
  return html`<div id="due-items" data-section="due-items">
${heading('Due')}${paragraph(`${dueCounts(report.due)}.`)}
${dataTable('due-items', columns, rows)}</div>
`;
}

export function openSection(report: StatusReport): Html {
  const { history } = report;
  const withAge = history.previous !== null;
  const age = (item: Item) => {
    const entry = history.ages.get(item);
    if (!entry?.carriedOver) return badge('new', newTint);
    return html`<span title="open since ${entry.firstSeen}" style="${styles.number}${entry.age >= 5 ? `;${agedTint};padding:0 4px` : ''}">${entry.age}d</span>`;
  };
  const columns: Column[] = [
    { label: 'Priority', nowrap: true },
    { label: 'Line', align: 'right', nowrap: true },
    ...(withAge ? [{ label: 'Age', align: 'right', nowrap: true } as const] : []),
    { label: 'Section', nowrap: true },
    { label: 'Item' },
  ];
  const rows = report.open.map((item) => [
    badge(item.priority ?? '-', priorityTint(item.priority)),
    item.line,
    ...(withAge ? [age(item)] : []),
    sectionCell(item),
    itemText(item),
  ]);
  const summary = report.open.length === 0 ? 'Nothing open.' : `${plural(report.open.length, 'open item')}, highest priority first.`;
  return section('open-items', 'Open items', [paragraph(summary), rows.length > 0 ? dataTable('open-items', columns, rows) : '']);
}
