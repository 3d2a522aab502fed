/** A GitHub table row as markdown linters expect it: one space either side of each cell, a lone space in an empty one. */

import { tooLong } from './wrap.js';

export function tableRow(cells: readonly string[]): string {
  return `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`;
}

const tightRow = (cells: readonly string[]): string => `|${cells.map((cell) => cell.replace(/ /g, '&nbsp;')).join('|')}|`;

/**
 * A table of short cells (a load chart, the coverage matrix): one space around each cell while every row fits 80
 * columns; past that, no padding and non-breaking spaces inside cells, so no row has a space a line-length rule could
 * break at, and GitHub draws the same table.
 */
export function fittedTable(rows: readonly (readonly string[])[]): string[] {
  const compact = rows.map(tableRow);
  return compact.some((row) => tooLong(row)) ? rows.map(tightRow) : compact;
}
