import { describe, expect, it } from 'vitest';
import { groupRepeated, lineList } from '../../src/analyze/repeated.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { MermaidBlock } from '../../src/model/log.js';
import { parseLog } from '../../src/parse/log.js';

const marker = (line: number, mark = '~'): Diagnostic => ({
  ruleId: 'parse/unknown-marker', severity: 'warning', line, column: 1,
  message: `\`[${mark}]\` is not a status marker worklog knows`,
});
const unused = (line: number, id: string): Diagnostic => ({
  ruleId: 'sequence/unused-participant', severity: 'warning', line, column: 13, message: `\`${id}\` is declared but never used`,
});
const block = (line: number): MermaidBlock => ({ line, type: 'sequenceDiagram', source: '', sourceLine: line + 1, heading: null });

describe('repeated diagnostics', () => {
  it('reports the same rule and message on many lines once, at the first line, with every line', () => {
    const grouped = groupRepeated({ diagnostics: [3, 5, 9, 16].map((line) => marker(line)), diagrams: [] });
    expect(grouped).toEqual([{
      ...marker(3),
      message: '`[~]` is not a status marker worklog knows (on 4 lines: 3, 5, 9, 16)',
      lines: [3, 5, 9, 16],
    }]);
  });

  it('keeps different messages of one rule apart', () => {
    const grouped = groupRepeated({ diagnostics: [marker(3), marker(4, '?'), marker(5)], diagrams: [] });
    expect(grouped.map((diagnostic) => [diagnostic.line, diagnostic.lines])).toEqual([[3, [3, 5]], [4, undefined]]);
  });

  it('never folds a different severity or rule into a group', () => {
    const info: Diagnostic = { ...marker(4), severity: 'info' };
    const other: Diagnostic = { ...marker(5), ruleId: 'parse/lenient-checkbox' };
    const grouped = groupRepeated({ diagnostics: [marker(3), info, other], diagrams: [] });
    expect(grouped).toEqual([marker(3), info, other]);
  });

  it('takes lenient items written in the same form as one habit, whatever each says, and keeps other forms apart', () => {
    const log = parseLog(['# 2024-06-18', '', '- ☑ 代码冻结', '- ☐ DBA 审核', '- ☒ 缓存预热（不涉及）', '1、 [x] 提测', '', '- [ ] 正常的任务', ''].join('\n'), { file: 'list.md' });
    const grouped = groupRepeated(log).filter((diagnostic) => diagnostic.ruleId === 'parse/lenient-checkbox');
    expect(grouped.map((diagnostic) => [diagnostic.line, diagnostic.lines])).toEqual([[3, [3, 4, 5]], [6, undefined]]);
    expect(grouped[0]?.message).toBe('these items are not GFM tasks (a ballot box instead of `[ ]`), so GitHub shows them as plain text: write each as GFM does, e.g. `- [x] …` (on 3 lines: 3, 4, 5)');
    expect(grouped[1]?.message).toBe('`1、 [x]` is not a GFM task (`、` after the number), so GitHub shows it as plain text: write `1. [x] 提测`');
  });

  it('leaves a message that is on one line alone, even twice there', () => {
    const twice = [marker(3), { ...marker(3), column: 9 }];
    expect(groupRepeated({ diagnostics: twice, diagrams: [] })).toEqual(twice);
  });

  it('groups a diagram rule within its diagram only: a block copied into two diagrams is two things to fix', () => {
    const diagnostics = [unused(3, 'cs'), unused(4, 'cs'), unused(12, 'cs')];
    const grouped = groupRepeated({ diagnostics, diagrams: [block(1), block(10)] });
    expect(grouped.map((diagnostic) => [diagnostic.line, diagnostic.lines])).toEqual([[3, [3, 4]], [12, undefined]]);
  });

  it('lists a dozen lines and counts the rest', () => {
    expect(lineList([1, 2, 3])).toBe('1, 2, 3');
    expect(lineList(Array.from({ length: 16 }, (_, index) => index + 1))).toBe('1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 4 more');
  });
});
