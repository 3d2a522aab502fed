/** GFM tables: a staffing table is read into its cycle and rows (and its shape checked), any other table is kept as a note. */

import type { Parents, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, type VisitorResult } from 'unist-util-visit-parents';
import { addDiagnostics, addNote, place, type ParseState } from '../state.js';
import { readStaffingTable, staffingColumns, type TextAbove } from '../staffing.js';
import { checkTableShape, tableText } from '../tables.js';

/**
 * Where a table's cycle may be written, nearest first: the paragraphs above it up to its heading, and then the
 * enclosing section's own text above that heading (`Cycle 7 runs 2025-09-01 ~ 2025-09-26` before `## Workstreams`)
 * up to and including the enclosing heading, but never a sibling section's.
 */
function textAbove(table: Table, siblings: readonly RootContent[]): TextAbove[] {
  const above: TextAbove[] = [];
  let own: number | null = null;
  let outer: TextAbove[] = [];
  for (let index = siblings.indexOf(table) - 1; index >= 0; index--) {
    const sibling = siblings[index];
    if (sibling?.type !== 'paragraph' && sibling?.type !== 'heading') continue;
    const entry = { text: toString(sibling), ...place(sibling) };
    if (own === null) {
      above.push(entry);
      if (sibling.type === 'heading') own = sibling.depth;
      continue;
    }
    if (sibling.type === 'paragraph') {
      outer.push(entry);
      continue;
    }
    // The paragraphs just read belong to this heading's section: the enclosing one's only when it is shallower.
    if (sibling.depth >= own) outer = [];
    else outer.push(entry);
    return [...above, ...outer];
  }
  return [...above, ...outer];
}

export function readTable(node: Table, ancestors: readonly Parents[], state: ParseState): VisitorResult {
  const { date, calendar, aliases } = state.settings;
  const columns = staffingColumns(node, aliases);
  // A table worklog does not read is kept as text: its shape is a markdown linter's business (markdownlint MD056), not ours.
  if (!columns) {
    addNote(state, 'table', tableText(node), place(node).line, place(node).column);
    return SKIP;
  }
  const above = textAbove(node, ancestors.at(-1)?.children ?? []);
  const read = readStaffingTable(node, columns, {
    above, reference: date, calendar, aliases, title: state.path.at(-1)?.text ?? null,
  });
  state.log.staffing.push(read.staffing);
  addDiagnostics(state, [...checkTableShape(node), ...read.diagnostics]);
  return SKIP;
}
