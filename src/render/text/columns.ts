/** Lays out rows of cells in aligned columns by terminal width, cutting one flexible column to fit. */

import { longest } from '../append.js';
import { neutralise, padEnd, padStart, truncate, width } from '../terminal.js';

export interface Cell {
  text: string;
  paint?: (text: string) => string;
  align?: 'left' | 'right';
}

export interface ColumnLayout {
  /** Index of the column that is cut when a row is too wide. */
  flexible: number;
  /** Columns available, or null for no limit. */
  width: number | null;
  indent?: number;
  gap?: number;
}

export const cell = (text: string, paint?: (text: string) => string, align?: 'left' | 'right'): Cell => ({ text, paint, align });

/** Aligned lines; log text is neutralised here, so callers pass it as written. */
export function layoutColumns(rows: readonly (readonly Cell[])[], layout: ColumnLayout): string[] {
  const gap = layout.gap ?? 2;
  const indent = ' '.repeat(layout.indent ?? 0);
  const safeRows = rows.map((row) => row.map((c) => ({ ...c, text: neutralise(c.text) })));
  const count = longest(safeRows.map((row) => row.length));
  const widths = Array.from({ length: count }, (_, index) => longest(safeRows.map((row) => width(row[index]?.text ?? ''))));
  if (layout.width !== null) {
    const total = indent.length + widths.reduce((sum, w) => sum + w, 0) + gap * (count - 1);
    const over = total - layout.width;
    const flexibleWidth = widths[layout.flexible] ?? 0;
    if (over > 0) widths[layout.flexible] = Math.max(8, flexibleWidth - over);
  }
  return safeRows.map((row) => {
    const parts = row.map((c, index) => {
      const columnWidth = widths[index] ?? 0;
      const text = truncate(c.text, columnWidth);
      const painted = c.paint ? c.paint(text) : text;
      const last = index === row.length - 1;
      if (c.align === 'right') return padStart(painted, columnWidth);
      return last ? painted : padEnd(painted, columnWidth);
    });
    return (indent + parts.join(' '.repeat(gap))).trimEnd();
  });
}
