/** Wrapping markdown prose to 80 columns: only at spaces, never before a word that would open a block, list items indented. */

import { describe, expect, it } from 'vitest';
import { tooLong, wrapDocument, wrapLine, wrapMarkdown } from '../../src/render/markdown/wrap.js';
import { fittedTable } from '../../src/render/markdown/table.js';

const sentence = 'is declared but never used: mermaid still draws its box and an empty lifeline; remove the declaration or use it';

describe('wrapMarkdown', () => {
  it('breaks at spaces into lines of at most 80 characters and keeps every word', () => {
    const lines = wrapMarkdown(`\`cs\` (客服中台) ${sentence}`);
    expect(lines.every((line) => line.length <= 80)).toBe(true);
    expect(lines.join(' ')).toBe(`\`cs\` (客服中台) ${sentence}`);
    expect(lines.length).toBe(2);
  });

  it('leaves a CJK run without spaces whole, however long', () => {
    const cjk = '信贷风控有一个新识别的节点未完成放火在正式环境放火'.repeat(6);
    expect(wrapMarkdown(cjk)).toEqual([cjk]);
    expect(wrapLine(`- [ ] ${cjk} — _放火工作_`)).toEqual([`- [ ] ${cjk}`, '  — _放火工作_']);
  });

  it('gives a word longer than a line a line of its own, and never cuts it', () => {
    const hosts = Array.from({ length: 6 }, (_, index) => `us01-v.fbi-rome-gateway-${index}.risk.fintech.example.com`).join(',');
    expect(wrapMarkdown(`四个节点 ${hosts} done`)).toEqual(['四个节点', hosts, 'done']);
  });

  it('never starts a line with a word that would open a list, a thematic break or a heading underline', () => {
    for (const word of ['-', '+', '*', '---', '===', '1.', '2)']) {
      const lines = wrapMarkdown(`${'word '.repeat(15)}${word} after`);
      expect(lines.slice(1).some((line) => line.startsWith(word)), word).toBe(false);
      expect(lines.join(' ')).toBe(`${'word '.repeat(15)}${word} after`);
    }
  });
});

describe('wrapLine and wrapDocument', () => {
  it('indents a list item\'s continuation lines under its text, at any depth', () => {
    expect(wrapLine(`- **146:13** ${sentence}`)).toEqual([
      '- **146:13** is declared but never used: mermaid still draws its box and an',
      '  empty lifeline; remove the declaration or use it',
    ]);
    const nested = wrapLine(`    - [ ] ${sentence}`);
    expect(nested[0]?.startsWith('    - [ ] is')).toBe(true);
    expect(nested.slice(1).every((line) => line.startsWith('      ') && !line.startsWith('       '))).toBe(true);
  });

  it('leaves headings and table rows alone', () => {
    const heading = `## ${sentence}`;
    const row = `| ${sentence} |`;
    expect(wrapDocument([heading, '', row, '', sentence].join('\n')).split('\n').slice(0, 4)).toEqual([heading, '', row, '']);
  });

  it('tooLong is markdownlint\'s non-strict test: whitespace past column 80', () => {
    expect(tooLong('x'.repeat(200))).toBe(false);
    expect(tooLong(`${'x'.repeat(78)} ${'y'.repeat(50)}`)).toBe(false);
    expect(tooLong(`${'x'.repeat(79)} ${'y'.repeat(50)}`)).toBe(true);
  });
});

describe('fittedTable', () => {
  it('pads cells while the table fits and drops the padding and spaces when it does not', () => {
    expect(fittedTable([['a', 'b c'], ['---', '---']])).toEqual(['| a | b c |', '| --- | --- |']);
    const wide = fittedTable([['Person', ...Array.from({ length: 20 }, (_, day) => `M 11-${day + 10}`)], ['---', ...Array.from({ length: 20 }, () => ':---:')]]);
    expect(wide[0]).toMatch(/^\|Person\|M&nbsp;11-10\|/);
    expect(wide.some((row) => /\s/.test(row))).toBe(false);
  });
});
