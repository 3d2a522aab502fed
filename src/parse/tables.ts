/** Checks the shape of a table worklog reads, and keeps the others as text. */

import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnostic } from '../rules/diagnostic.js';

/** Rows with fewer or more cells than the header: renderers pad the first and drop the second. */
export function checkTableShape(table: Table): Diagnostic[] {
  const width = table.children[0]?.children.length ?? 0;
  const diagnostics: Diagnostic[] = [];
  for (const row of table.children.slice(1)) {
    const count = row.children.length;
    if (count === width) continue;
    const line = row.position?.start.line ?? 1;
    if (count < width) {
      diagnostics.push(diagnostic(
        'parse/table-cells',
        `this row has ${count} of the header's ${width} cells: the missing ones are read as empty`,
        { line, column: row.position?.start.column ?? 1 },
      ));
    } else {
      const extra = row.children.slice(width);
      const text = extra.map((cell) => toString(cell).trim()).join(' | ');
      diagnostics.push(diagnostic(
        'parse/table-cells',
        `this row has ${count} cells but the header has ${width}: \`${text}\` is outside every column and renderers drop it`,
        { line, column: extra[0]?.position?.start.column ?? 1 },
      ));
    }
  }
  return diagnostics;
}

/** The table as text, one row a line, cells joined by ` | `. */
export function tableText(table: Table): string {
  return table.children.map((row) => row.children.map((cell) => toString(cell).trim()).join(' | ')).join('\n');
}
