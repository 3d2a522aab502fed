/** The building blocks every section of the HTML report shares: a headed section, a data table, a badge. */

import { html, type Html, type HtmlValue } from './markup.js';
import { colors, styles } from './style.js';

/** A section tests and readers can find: a stable id and `data-section`, under a heading. */
export function section(id: string, title: string, body: HtmlValue): Html {
  return html`<div id="${id}" data-section="${id}">
<h2 style="${styles.h2}">${title}</h2>
${body}</div>
`;
}

export interface Column {
  label: string;
  align?: 'left' | 'right' | 'center';
  /** Cells that must not wrap: numbers, positions, rule ids. */
  nowrap?: boolean;
}

/** Alignment and wrapping as table attributes: every mail client knows them, and they keep the document small. */
function cellAttributes(column: Column | undefined, header: boolean): Html {
  // Header cells centre by default; data cells start left.
  const align = column?.align ?? 'left';
  return html`${header || align !== 'left' ? html` align="${align}"` : ''}${column?.nowrap ? html` nowrap` : ''}`;
}

/** A table with one header row; each row gives a cell per column; `kind` names the table for readers of the source. */
export function dataTable(kind: string, columns: readonly Column[], rows: readonly (readonly HtmlValue[])[]): Html {
  const head = columns.map((column) => html`<th${cellAttributes(column, true)} style="${styles.th}">${column.label}</th>`);
  // Banded rows instead of a border on every cell: the same guide for the eye at a fraction of the size.
  const body = rows.map((row, index) => html`<tr valign="top"${index % 2 === 1 ? html` bgcolor="${colors.band}"` : ''}>${row.map((value, column) => html`<td${cellAttributes(columns[column], false)}>${value}</td>`)}</tr>
`);
  return html`<table class="${kind}" cellpadding="5" cellspacing="0" border="0" style="${styles.table}">
<thead><tr>${head}</tr></thead>
<tbody>
${body}</tbody>
</table>
`;
}

export function badge(text: string, tint: string): Html {
  return html`<span style="${styles.badge};${tint}">${text}</span>`;
}

export function paragraph(content: HtmlValue): Html {
  return html`<p style="${styles.paragraph}">${content}</p>
`;
}

export function heading(text: HtmlValue): Html {
  return html`<h3 style="${styles.h3}">${text}</h3>
`;
}

/** One entry of a legend: its cells in a small table of their own, so entries wrap as words do. */
export function legendEntry(cells: Html): Html {
  // The legend's font is set once, on the legend: entries are many and small.
  return html`<table cellpadding="4" cellspacing="2" border="0" style="font-size:13px;${styles.block};margin-right:0">
<tr>${cells}</tr>
</table>`;
}

/** A legend whose entries flow onto as many lines as the screen needs. */
export function legend(entries: HtmlValue): Html {
  return html`<div class="legend" style="${styles.legend}">${entries}</div>
`;
}
