import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/parse/log.js';

// A gantt chart in a list item and a sequence diagram in a blockquote, both fenced away from the first column.
const log = [
  '# 2023-11-12 排期', //                        1
  '',
  '- 计划',
  '  ```mermaid', //                             4
  '  gantt',
  '      dateFormat YYYY-MM-DD',
  '      section 张迪',
  '      AWS主链路验证 : 2023-11-13, 3d', //        8
  '      回归 : 2023-11-16, 3x', //                 9
  '  ```',
  '',
  '> 冻结流程',
  '> ```mermaid', //                             13
  '> sequenceDiagram',
  '>     participant 端', //                      15
  '>     端 ->> 钱包: 冻结',
  '>钱包 -->> 端 冻结完成', //                     17: no space after `>`
  '> ```',
  '',
].join('\n');

describe('mermaid blocks nested in a list item or a blockquote', () => {
  const parsed = parseLog(log, { file: 'plan.md' });

  it('places a gantt task and its diagnostic at their file line and column', () => {
    expect(parsed.gantts[0]?.tasks[0]).toMatchObject({ name: 'AWS主链路验证', line: 8, column: 7 });
    expect(parsed.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gantt/invalid-end')).toMatchObject({ line: 9, column: 24 });
  });

  it('places a participant and a message at their file line and column', () => {
    expect(parsed.sequences[0]?.participants[0]).toMatchObject({ id: '端', line: 15, column: 19 });
    expect(parsed.sequences[0]?.messages[0]).toMatchObject({ from: '端', to: '钱包', line: 16, column: 7 });
  });

  it('places a diagnostic on a line the blockquote indents less than the fence', () => {
    expect(parsed.sequences[0]?.messages[1]).toMatchObject({ from: '钱包', line: 17, column: 2 });
    expect(parsed.diagnostics.find((diagnostic) => diagnostic.ruleId === 'sequence/missing-colon')).toMatchObject({ line: 17, column: 10 });
  });

  it('keeps the blocks themselves at their fences', () => {
    expect(parsed.diagrams.map(({ type, line, sourceLine }) => ({ type, line, sourceLine }))).toEqual([
      { type: 'gantt', line: 4, sourceLine: 5 },
      { type: 'sequenceDiagram', line: 13, sourceLine: 14 },
    ]);
  });
});

describe('a mermaid block of one long line', () => {
  // About 1.6 MB, with entity codes and `%%` for the preparation to rewrite all along the line.
  const ganttLine = `${'发布 #35; 冻结 %% '.repeat(100_000)}: 2023-11-13, 3d`;
  const sequenceLine = `端 ->> 钱包: ${'冻结 #35; %% '.repeat(150_000)}`;

  it('is read without throwing', { timeout: 30_000 }, () => {
    const text = [
      '# 2023-11-12', '', '```mermaid', 'gantt', '    dateFormat YYYY-MM-DD', `    ${ganttLine}`, '```', '',
      '```mermaid', 'sequenceDiagram', `    ${sequenceLine}`, '```', '',
    ].join('\n');
    expect(text.length).toBeGreaterThan(1_000_000);
    const parsed = parseLog(text, { file: 'long.md' });
    expect(parsed.gantts[0]?.tasks[0]).toMatchObject({ start: '2023-11-13T00:00:00', line: 6, column: 5 });
    expect(parsed.sequences[0]?.messages[0]).toMatchObject({ from: '端', to: '钱包', line: 11, column: 5 });
  });
});
