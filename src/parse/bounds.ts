/** Keeps the markdown reader's work bounded: nesting deeper, and table rows wider, than worklog reads become text, line by line. */

import type { Diagnostic } from '../model/diagnostic.js';
import { diagnostic } from '../rules/diagnostic.js';

export interface ReadingBounds {
  /** Lists, block quotes and footnotes nested deeper than this are read as text (`limits.nestingDepth`). */
  nestingDepth: number;
  /** A table with a row of more cells than this is read as text: micromark spends kilobytes on every cell. */
  tableColumns: number;
}

/** The configuration's defaults, for callers that give none. */
export const defaultReadingBounds: ReadingBounds = { nestingDepth: 100, tableColumns: 1000 };

export interface BoundedLines {
  /** The lines the markdown reader is given: the source's own, where nothing had to be cut. */
  lines: string[];
  diagnostics: Diagnostic[];
}

// What can open a container at a position of a line: a quote, a bullet, an ordered marker (its delimiter is what
// gets escaped), a footnote definition.
const containerMarker = /(>)|([-*+])(?=[ \t]|$)|(\d{1,9})[.)](?=[ \t]|$)|(\[\^[^\]]{1,999}\]:)/y;

/**
 * True when the bullet at `index` belongs to a thematic break (`- - -`, `* * *`): nothing but that character and white
 * space to the end of the line, at least three of them counting those just before it. It opens no container.
 */
function inThematicBreak(line: string, index: number): boolean {
  const char = line[index] ?? '';
  if ((char !== '-' && char !== '*') || !/^[ \t]*$/.test(line.slice(index).replaceAll(char, ''))) return false;
  let count = line.slice(index).split(char).length - 1;
  for (let before = index - 1; before >= 0 && count < 3; before--) {
    if (line[before] === char) count += 1;
    else if (line[before] !== ' ' && line[before] !== '\t') break;
  }
  return count >= 3;
}

/**
 * Where a line opens a container deeper than `limit`: the index to escape, or -1.
 *
 * Read without the lines around it, so it bounds rather than counts: a line is inside at most one container per `>`
 * and per marker on it, plus one list item or footnote per two columns of white space before its first list marker
 * (a list item's content is indented at least two columns further than its parent's). A line that only continues
 * containers opens none, so keeping every line under the limit keeps the whole document under it.
 */
export function overDeepMarker(line: string, limit: number): number {
  let markers = 0;
  let columns = 0;
  let listMarkerSeen = false;
  let index = 0;
  while (index < line.length) {
    const char = line[index];
    if (char === ' ' || char === '\t') {
      if (!listMarkerSeen) columns += char === '\t' ? 4 : 1;
      index += 1;
      continue;
    }
    containerMarker.lastIndex = index;
    const marker = containerMarker.exec(line);
    if (!marker) return -1;
    if (markers + 1 + Math.floor(columns / 2) > limit) {
      if (inThematicBreak(line, index)) return -1;
      return marker[3] === undefined ? index : index + marker[3].length;
    }
    markers += 1;
    index += marker[0].length;
    if (marker[1] === undefined) listMarkerSeen = true;
    // A quote's marker takes one space with it.
    else if (line[index] === ' ') index += 1;
  }
  return -1;
}

// A line whose paragraph stays open for the next line: a list item with words (or a box), or a line made lazy here.
const opensParagraph = /^(?:[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+[\p{L}\p{N}[]|\\[-*+>[]|\d{1,9}\\[.)])/u;

/**
 * Lines that nest too deep get their deepest marker escaped, so what they say is read as text at the limit. A line
 * that is nothing but indentation before that marker, right under an open paragraph, also loses its indentation: it
 * then continues that paragraph lazily, where micromark would otherwise walk every enclosing container for it.
 */
function boundNesting(lines: string[], limit: number): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let run: { line: number; column: number; count: number } | null = null;
  const endRun = (): void => {
    if (!run) return;
    const more = run.count > 1 ? `; so are the next ${run.count - 1} lines` : '';
    diagnostics.push(diagnostic(
      'parse/nesting-limit',
      `lists or block quotes nested more than ${limit} deep (\`limits.nestingDepth\`): the rest of this line is read as text${more}`,
      run,
    ));
    run = null;
  };
  lines.forEach((line, index) => {
    const at = overDeepMarker(line, limit);
    if (at < 0) return endRun();
    const start = line.search(/[^ \t]/);
    const lazy = start === at || (start >= 0 && /^\d+$/.test(line.slice(start, at)));
    lines[index] = `${line.slice(lazy && opensParagraph.test(lines[index - 1] ?? '') ? start : 0, at)}\\${line.slice(at)}`;
    if (run && run.line + run.count === index + 1) run.count += 1;
    else {
      endRun();
      run = { line: index + 1, column: at + 1, count: 1 };
    }
  });
  endRun();
  return diagnostics;
}

/** Cells in a row: one more than its unescaped `|`, less a leading and a trailing one, which open or close none. */
function cellCount(line: string): number {
  let separators = 0;
  let backslashes = 0;
  for (const char of line) {
    if (char === '|' && backslashes % 2 === 0) separators += 1;
    backslashes = char === '\\' ? backslashes + 1 : 0;
  }
  const row = line.replace(/^[ \t>]*/, '').trimEnd();
  const leading = row.startsWith('|') ? 1 : 0;
  const trailing = row.length > 1 && row.endsWith('|') && !row.endsWith('\\|') ? 1 : 0;
  return separators + 1 - leading - trailing;
}

/** A table's delimiter row (`|---|:-:|`), after whatever quotes or indentation it continues. */
const isDelimiterRow = (line: string): boolean => {
  const row = line.replace(/^[ \t>]*/, '');
  return /^[|\-: \t]+$/.test(row) && row.includes('|') && row.includes('-');
};

const isBlank = (line: string): boolean => /^[ \t]*$/.test(line);

/**
 * A table with a row of more than `limit` cells is read as text: one escaped `|` in its delimiter row makes it a
 * paragraph, whose `|` then cost nothing. A row shorter than the limit in characters cannot be that wide.
 */
function boundTableWidth(lines: string[], limit: number): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (let index = 0; index < lines.length; index++) {
    const delimiter = lines[index] ?? '';
    if (!isDelimiterRow(delimiter)) continue;
    let end = index;
    while (end < lines.length && !isBlank(lines[end] ?? '')) end += 1;
    const wide = lines.slice(index, end).findIndex((row) => row.length > limit && cellCount(row) > limit);
    if (wide >= 0) {
      const row = lines[index + wide] ?? '';
      const cells = cellCount(row);
      lines[index] = delimiter.replace('|', '\\|');
      diagnostics.push(diagnostic(
        'parse/table-cells',
        wide === 0
          ? `this table has ${cells} columns, more than the ${limit} worklog reads: it is read as text`
          : `this row has ${cells} cells, more than the ${limit} worklog reads: its table is read as text`,
        { line: index + wide + 1, column: row.search(/[^ \t>]/) + 1 },
      ));
    }
    index = end;
  }
  return diagnostics;
}

/** The source's lines as the markdown reader may be given them, and what had to be cut. */
export function boundLines(source: readonly string[], bounds: ReadingBounds = defaultReadingBounds): BoundedLines {
  const lines = [...source];
  const diagnostics = [...boundNesting(lines, bounds.nestingDepth), ...boundTableWidth(lines, bounds.tableColumns)];
  return { lines, diagnostics };
}
