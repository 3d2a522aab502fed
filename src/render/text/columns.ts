/** Lays out rows of cells in aligned columns by terminal width: free text in the last column wraps, a cell in the middle is cut to fit. */

import { longest } from '../append.js';
import { neutralise, padEnd, padStart, truncate, width, wrapText } from '../terminal.js';

export interface Cell {
  text: string;
  paint?: (text: string) => string;
  align?: 'left' | 'right';
}

export interface ColumnLayout {
  /** Index of the column that gives way when a row is too wide: wrapped when it is the last (a message, an item's text), else cut. */
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
  const flexibleWraps = layout.flexible === count - 1 && layout.width !== null;
  return safeRows.flatMap((row) => {
    const parts = row.map((c, index) => {
      const columnWidth = widths[index] ?? 0;
      if (flexibleWraps && index === layout.flexible) return '';
      const text = truncate(c.text, columnWidth);
      const painted = c.paint ? c.paint(text) : text;
      const last = index === row.length - 1;
      if (c.align === 'right') return padStart(painted, columnWidth);
      return last ? painted : padEnd(painted, columnWidth);
    });
    const line = indent + parts.join(' '.repeat(gap));
    const free = row[layout.flexible];
    if (!flexibleWraps || free === undefined) return [line.trimEnd()];
    return hangingLines(line, free, layout.width ?? 0, indent.length);
  });
}

// Narrower than this, the free text is easier to read on lines of its own below the row.
const narrowest = 30;

/** The row's last cell wrapped with a hanging indent under its first line, or below the row when the terminal is narrow. */
function hangingLines(lead: string, free: Cell, columns: number, indent: number): string[] {
  const start = width(lead);
  const paint = (text: string) => (free.paint ? free.paint(text) : text);
  if (columns - start >= narrowest || start <= indent + 4) {
    const hang = ' '.repeat(start);
    return wrapText(free.text, columns - start).map((text, index) => `${index === 0 ? lead : hang}${paint(text)}`.trimEnd());
  }
  const hang = ' '.repeat(indent + 4);
  return [lead.trimEnd(), ...wrapText(free.text, columns - hang.length).map((text) => `${hang}${paint(text)}`)];
}
