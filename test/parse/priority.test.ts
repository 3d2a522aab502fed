import { describe, expect, it } from 'vitest';
import { readPriority } from '../../src/parse/priority.js';

describe('readPriority', () => {
  it.each([
    ['P1 资金对账进度跟踪', 'P1', '资金对账进度跟踪'],
    ['[P1] Fix the report', 'P1', 'Fix the report'],
    ['【P0】生产告警', 'P0', '生产告警'],
    ['(P3) Clean up', 'P3', 'Clean up'],
    ['（P4）整理文档', 'P4', '整理文档'],
    ['（P2) mixed brackets', 'P2', 'mixed brackets'],
    ['Rotate the keys P1', 'P1', 'Rotate the keys'],
    ['更新风控规则【P2】', 'P2', '更新风控规则'],
    ['p2 lower case', 'P2', 'lower case'],
    ['Ｐ１ 全角', 'P1', '全角'],
    ['P1：冒号之后', 'P1', '冒号之后'],
    ['Ship it ⏫', 'P1', 'Ship it'],
    ['🔺 Restore', 'P0', 'Restore'],
    ['Tidy 🔼 the wiki', 'P2', 'Tidy the wiki'],
    ['Archive 🔽', 'P3', 'Archive'],
    ['Later ⏬️', 'P4', 'Later'],
    ['P1', 'P1', ''],
    ['Fix login P1', 'P1', 'Fix login'],
    ['资金对账 P1', 'P1', '资金对账'],
    ['deploy the fee-calc hotfix P1', 'P1', 'deploy the fee-calc hotfix'],
    ['Triage the remaining [P1]', 'P1', 'Triage the remaining'],
    ['复盘上周的（P0）', 'P0', '复盘上周的'],
  ])('%s → %s', (text, priority, rest) => {
    const reading = readPriority(text);
    expect(reading.priorities[0]).toBe(priority);
    expect(reading.text).toBe(rest);
  });

  it.each([
    'R3P1 上线检查',
    'P1-026 回归用例',
    '整理P3职级的面试题',
    'Follow up on (P2-006B)',
    'T002 [P] Create the skeleton',
    'Hire a P3 for payments',
    'P5 is not a priority',
    'P10 neither',
    '资金对账P1',
    'Triage the remaining P1',
    'Review all P2',
    'Fix the crash in P0',
    "Go through last week's P0",
    'Close out the P1',
    '复盘上周的 P0',
    '还有 3 个 P2',
    '先处理剩余 P1',
    '关于 P1',
  ])('%s has no priority', (text) => {
    const reading = readPriority(text);
    expect(reading.priorities).toEqual([]);
    expect(reading.text).toBe(text);
  });

  it('lists every priority when there are several, the first one first', () => {
    expect(readPriority('P1 two tags [P3]').priorities).toEqual(['P1', 'P3']);
  });
});
