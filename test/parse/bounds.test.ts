import { describe, expect, it } from 'vitest';
import { boundLines, overDeepMarker } from '../../src/parse/bounds.js';
import { parseLog } from '../../src/parse/log.js';

/** Items each indented two columns further than the one before: `- [ ] item 0`, `  - [ ] item 1`, … */
const staircase = (count: number): string[] => Array.from({ length: count }, (_, index) => `${'  '.repeat(index)}- [ ] item ${index}`);

describe('overDeepMarker: where a line opens a container deeper than the limit', () => {
  it.each([
    ['> > > x', 3, -1],
    ['> > > > x', 3, 6],
    ['>>>>x', 3, 3],
    ['- - - - [ ] x', 3, 6],
    ['1. 2. 3. 4. x', 3, 10],
    ['[^a]: [^b]: [^c]: [^d]: x', 3, 18],
    ['      - x', 3, 6],
    ['    - x', 3, -1],
    ['\t\t- x', 3, 2],
    ['- - - -', 3, -1],
    ['* * * * * *', 3, -1],
    ['- - - - x', 3, 6],
    ['-x -y -z -w', 3, -1],
    ['        code at any indentation', 3, -1],
  ])('%j with limit %i → %i', (line, limit, index) => {
    expect(overDeepMarker(line, limit)).toBe(index);
  });
});

describe('boundLines: nesting deeper than the limit becomes text', () => {
  it('escapes the marker that goes one level too deep, and lets the rest continue the open paragraph lazily', () => {
    const { lines, diagnostics } = boundLines(staircase(6), { nestingDepth: 3, tableColumns: 1000 });
    expect(lines).toEqual(['- [ ] item 0', '  - [ ] item 1', '    - [ ] item 2', '\\- [ ] item 3', '\\- [ ] item 4', '\\- [ ] item 5']);
    expect(diagnostics).toEqual([{
      ruleId: 'parse/nesting-limit',
      severity: 'warning',
      message: 'lists or block quotes nested more than 3 deep (`limits.nestingDepth`): the rest of this line is read as text; so are the next 2 lines',
      line: 4,
      column: 7,
    }]);
  });

  it('keeps the indentation of an over-deep line that follows no open paragraph', () => {
    const { lines } = boundLines(['- a', '  - b', '', '    - c'], { nestingDepth: 2, tableColumns: 1000 });
    expect(lines).toEqual(['- a', '  - b', '', '    \\- c']);
  });

  it('keeps the number of an ordered marker and escapes its delimiter', () => {
    const { lines } = boundLines(['1. 2. 3. x', '- x'], { nestingDepth: 2, tableColumns: 1000 });
    expect(lines[0]).toBe('1. 2. 3\\. x');
  });

  it('reports each run of over-deep lines once, where it starts', () => {
    const { diagnostics } = boundLines(['>>> a', '>>> b', 'c', '>>> d'], { nestingDepth: 2, tableColumns: 1000 });
    expect(diagnostics.map((found) => [found.line, found.column, found.message.endsWith('next 1 lines')])).toEqual([[1, 3, true], [4, 3, false]]);
  });

  it('leaves a log within the limit as it is', () => {
    const { lines, diagnostics } = boundLines(staircase(100), { nestingDepth: 100, tableColumns: 1000 });
    expect(lines).toEqual(staircase(100));
    expect(diagnostics).toEqual([]);
  });
});

describe('parseLog with a nesting limit', () => {
  it('reads the items nested too deep as the text of the deepest item it keeps', () => {
    const log = parseLog(['# 2023-11-14', '', ...staircase(6)].join('\n'), { file: 'deep.md', nestingDepth: 3 });
    expect(log.items.map((item) => [item.depth, item.text])).toEqual([
      [0, 'item 0'], [1, 'item 1'], [2, 'item 2 - [ ] item 3 - [ ] item 4 - [ ] item 5'],
    ]);
    expect(log.diagnostics.map((found) => [found.ruleId, found.line])).toEqual([['parse/nesting-limit', 6]]);
  });

  it('keeps an over-deep quote as a note at the limit', () => {
    const log = parseLog('# 2023-11-14\n\n>>>>> 邮件的最后一行\n', { file: 'quote.md', nestingDepth: 3 });
    expect(log.notes).toMatchObject([{ kind: 'paragraph', text: '>> 邮件的最后一行', line: 3 }]);
  });

  it.each([
    ['4,000 list levels on one line', `${'- '.repeat(4000)}[ ] x`],
    ['4,000 ordered list levels on one line', `${'1. '.repeat(4000)}x`],
    ['10,000 block quotes', `${'>'.repeat(10_000)} x`],
    ['5,000 footnote definitions in one another', `${'[^a]: '.repeat(5000)}x`],
    ['quotes and list items by turns', `${'> - '.repeat(3000)}x`],
  ])('reads %s at the default limit, with a diagnostic', (_name, line) => {
    const log = parseLog(`# 2023-11-14\n\n${line}\n`, { file: 'deep.md' });
    expect(log.diagnostics.map((found) => found.ruleId)).toEqual(['parse/nesting-limit']);
    expect(log.notes.at(-1)?.text.length).toBeGreaterThan(0);
  });
});

describe('boundLines: a table wider than the column limit becomes text', () => {
  const bounds = { nestingDepth: 100, tableColumns: 3 };

  it('breaks a table whose delimiter row has too many columns with one escaped `|`', () => {
    const { lines, diagnostics } = boundLines(['| a | b | c | d |', '|---|---|---|---|', '| 1 | 2 | 3 | 4 |'], bounds);
    expect(lines).toEqual(['| a | b | c | d |', '\\|---|---|---|---|', '| 1 | 2 | 3 | 4 |']);
    expect(diagnostics).toEqual([{
      ruleId: 'parse/table-cells',
      severity: 'warning',
      message: 'this table has 4 columns, more than the 3 worklog reads: it is read as text',
      line: 2,
      column: 1,
    }]);
  });

  it('breaks a table one of whose rows has too many cells, counting escaped `|` as text', () => {
    const { lines, diagnostics } = boundLines(['| a |', '|---|', '| 1 \\| 2 \\| 3 \\| 4 |', '| 1 | 2 | 3 | 4 |', '', '|---|---|'], bounds);
    expect(lines.slice(0, 2)).toEqual(['| a |', '\\|---|']);
    expect(diagnostics.map((found) => [found.line, found.message])).toEqual([[4, 'this row has 4 cells, more than the 3 worklog reads: its table is read as text']]);
  });

  it('counts a `|` after an escaped backslash as a separator', () => {
    const { diagnostics } = boundLines(['| a |', '|---|', '| 1 \\\\| 2 \\\\| 3 \\\\| 4 |'], bounds);
    expect(diagnostics.map((found) => found.line)).toEqual([3]);
  });

  it('leaves tables within the limit as they are', () => {
    const table = ['| a | b | c |', '|---|---|---|', '| 1 | 2 | 3 |'];
    expect(boundLines(table, bounds)).toEqual({ lines: table, diagnostics: [] });
  });
});
