/** A GitHub table row as markdown linters expect it: one space either side of each cell, a lone space in an empty one. */

export function tableRow(cells: readonly string[]): string {
  return `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`;
}
