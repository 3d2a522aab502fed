/** Moves what a mermaid parser reports from the block's own coordinates to the log file's. */

// Every position in the mermaid models is a `line`, `endLine` or `column` field, so one walk moves them all.
function shift(value: unknown, lines: number, columns: number): unknown {
  if (Array.isArray(value)) return value.map((element) => shift(element, lines, columns));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => {
    if (typeof field === 'number' && (key === 'line' || key === 'endLine')) return [key, field + lines];
    if (typeof field === 'number' && key === 'column') return [key, field + columns];
    return [key, shift(field, lines, columns)];
  }));
}

/** `lines` and `columns` are added to every line and column in `value` (a chart, a diagram, diagnostics). */
export function placeInFile<T>(value: T, lines: number, columns: number): T {
  return shift(value, lines, columns) as T;
}
