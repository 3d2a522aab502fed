import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { weekdaysOnly } from '../../src/calendar/working-days.js';
import { buildHistory } from '../../src/history/aging.js';
import { itemKey, matchItems } from '../../src/history/identity.js';
import type { Item, WorkLog } from '../../src/model/log.js';
import { fixturesDir, parseFixture, runCli } from '../helpers.js';

const logs = ['2023-11-08', '2023-11-09', '2023-11-13'].map((date) => parseFixture(join(fixturesDir, `history/${date}.md`)));
const [, , today] = logs as [WorkLog, WorkLog, WorkLog];

describe('item history across dated logs', () => {
  const history = buildHistory(logs, today, weekdaysOnly);
  const byText = (text: string) => [...history.ages.entries()].find(([item]) => item.text === text)?.[1];

  it('follows an item through its runs of open copies, however its priority is written', () => {
    expect(byText('资金对账进度跟踪')).toEqual({ firstSeen: '2023-11-08', age: 3, carriedOver: true });
  });

  it('gives a new item age 0', () => {
    expect(byText('商户清结算进度跟踪')).toEqual({ firstSeen: '2023-11-13', age: 0, carriedOver: false });
  });

  it('lists what was done and what disappeared since the previous log', () => {
    expect(history.previous?.date).toBe('2023-11-09');
    expect(history.doneSincePrevious.map((item) => item.text)).toEqual(['准备季度汇报']);
    expect(history.dropped.map((item) => item.text)).toEqual(['整理测试数据']);
  });

  it('has no previous log and no ages beyond today with a single log', () => {
    const alone = buildHistory([today], today, weekdaysOnly);
    expect(alone.previous).toBeNull();
    expect([...alone.ages.values()].every((age) => age.age === 0 && !age.carriedOver)).toBe(true);
  });

  it('pairs repeated items in order and compares text without width, case or spaces', () => {
    const [first, second] = parseFixture(join(fixturesDir, 'history/2023-11-08.md')).items as [Item, Item];
    expect(itemKey({ ...first, text: 'ＡＢＣ Def' })).toBe(itemKey({ ...first, text: 'abcdef' }));
    const matches = matchItems([first, second], [second, first]);
    expect(matches.get(first)).toBe(first);
    expect(matches.get(second)).toBe(second);
  });
});

describe('status with history', () => {
  it('adds firstSeen, age and carriedOver to open items, and doneSincePrevious and dropped, in JSON', async () => {
    const document = JSON.parse((await runCli(['status', '--format', 'json', 'fixtures/history/*.md'])).stdout);
    expect(document.today).toBe('2023-11-13');
    expect(document.previous).toEqual({ file: 'fixtures/history/2023-11-09.md', date: '2023-11-09' });
    expect(document.open.map((item: { text: string; age: number; firstSeen: string; carriedOver: boolean }) => [item.text, item.firstSeen, item.age, item.carriedOver])).toEqual([
      ['资金对账进度跟踪', '2023-11-08', 3, true],
      ['商户清结算进度跟踪', '2023-11-13', 0, false],
    ]);
    expect(document.doneSincePrevious.map((item: { text: string }) => item.text)).toEqual(['准备季度汇报']);
    expect(document.dropped.map((item: { text: string }) => item.text)).toEqual(['整理测试数据']);
  });

  it('shows ages and the changes since the previous log in the terminal', async () => {
    const { stdout } = await runCli(['status', 'fixtures/history/*.md']);
    expect(stdout).toMatch(/P1 {2}4 {3}3d {2}项目工作 {2}资金对账进度跟踪/);
    expect(stdout).toMatch(/- {3}6 {2}new {2}项目工作 {2}商户清结算进度跟踪/);
    expect(stdout).toContain('Since 2023-11-09  1 done · 1 dropped');
  });
});
