/** GFM tables: a staffing table is read into its cycle and rows (and its shape checked), any other table is kept as a note. */

import type { Parents, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, type VisitorResult } from 'unist-util-visit-parents';
import { addDiagnostics, addNote, place, type ParseState } from '../state.js';
import { readStaffingTable, staffingColumns, type TextAbove } from '../staffing.js';
import { checkTableShape, tableText } from '../tables.js';

export function readTable(node: Table, ancestors: readonly Parents[], state: ParseState): VisitorResult {
  const { date, calendar, aliases } = state.settings;
  const columns = staffingColumns(node, aliases);
  // A table worklog does not read is kept as text: its shape is a markdown linter's business (markdownlint MD056), not ours.
  if (!columns) {
    addNote(state, 'table', tableText(node), place(node).line, place(node).column);
    return SKIP;
  }
  // The cycle is written in the paragraphs above the table, up to the nearest heading.
  const above: TextAbove[] = [];
  const siblings = ancestors.at(-1)?.children ?? [];
  for (let index = siblings.indexOf(node) - 1; index >= 0; index--) {
    const sibling = siblings[index];
    if (sibling?.type !== 'paragraph' && sibling?.type !== 'heading') continue;
    above.push({ text: toString(sibling), ...place(sibling) });
    if (sibling.type === 'heading') break;
  }
  const read = readStaffingTable(node, columns, {
    above, reference: date, calendar, aliases, title: state.path.at(-1)?.text ?? null,
  });
  state.log.staffing.push(read.staffing);
  addDiagnostics(state, [...checkTableShape(node), ...read.diagnostics]);
  return SKIP;
}
