import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSequence } from '../../src/parse/mermaid/sequence.js';
import { referenceLog } from '../helpers.js';
import { sequenceDir } from './sequence-fixtures.js';

// The five sequence diagrams of the reference log, as the fences hold them.
const blocks = [...readFileSync(referenceLog, 'utf8').matchAll(/```mermaid\n(sequenceDiagram\n[^]*?)```/g)].map((match) => match[1] ?? '');
const read = blocks.map((source) => parseSequence(source));

describe('the sequence diagrams of the reference log (fixtures/2023-11-12.md)', () => {
  it('has five, copied unchanged into fixtures/sequence/reference-N.mmd', () => {
    expect(blocks).toHaveLength(5);
    blocks.forEach((source, index) => {
      expect(readFileSync(join(sequenceDir, `reference-${index + 1}.mmd`), 'utf8')).toBe(source);
    });
  });

  it('has 5, 5, 4, 9 and 7 messages', () => {
    expect(read.map(({ diagram }) => diagram.messages.length)).toEqual([5, 5, 4, 9, 7]);
  });

  it('reads `penalty ->> risk:上报…` without a space after the colon and `cs -->>  cs` with two spaces', () => {
    const fourth = read[3]?.diagram.messages ?? [];
    expect(fourth[2]).toMatchObject({ from: 'penalty', to: 'risk', arrow: '->>', text: '上报申诉信息(风控)', line: 12, column: 1 });
    expect(read[4]?.diagram.messages[3]).toMatchObject({ from: 'cs', to: 'cs', arrow: '-->>', text: '申诉审核拒绝', line: 13 });
  });

  it('keeps the seven declared participants in order, with their aliases', () => {
    expect(read[0]?.diagram.participants.map(({ id, label, kind, declared }) => [id, label, kind, declared])).toEqual([
      ['phone', '端', 'participant', true],
      ['wallt', '钱包治理中台', 'participant', true],
      ['penalty', '处罚中台', 'participant', true],
      ['cs', '客服中台', 'participant', true],
      ['risk', '风控治理中台(gallon)', 'participant', true],
      ['newton', '牛盾', 'participant', true],
      ['JUD', 'JUD', 'participant', true],
    ]);
  });

  it('reports `cs` and `JUD` as declared but unused in the first, and nothing else', () => {
    expect(read[0]?.diagnostics.map(({ ruleId, severity, line, column }) => ({ ruleId, severity, line, column }))).toEqual([
      { ruleId: 'sequence/unused-participant', severity: 'warning', line: 5, column: 13 },
      { ruleId: 'sequence/unused-participant', severity: 'warning', line: 8, column: 13 },
    ]);
    expect(read[0]?.diagnostics[0]?.message).toContain('`cs` (客服中台) is declared but never');
    expect(read[0]?.diagnostics[1]?.message).toContain('`JUD` is declared but never');
    expect(read[0]?.diagnostics[0]?.message).toContain('mermaid still draws its box and an empty lifeline');
  });

  it('has no title of its own: the log takes it from the heading above', () => {
    expect(read.map(({ diagram }) => diagram.title)).toEqual([null, null, null, null, null]);
  });

  it('finds no error in any of them', () => {
    expect(read.flatMap(({ diagnostics }) => diagnostics).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });
});
