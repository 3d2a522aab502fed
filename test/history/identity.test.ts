import { describe, expect, it } from 'vitest';
import { matchItems, sectionKey, similarityThreshold, textSimilarity } from '../../src/history/identity.js';
import type { Item } from '../../src/model/log.js';

function item(text: string, section: string | string[] = '项目工作', line = 1): Item {
  return { text, status: 'open', marker: '[ ]', priority: null, section: [section].flat(), line, column: 1, depth: 0, parent: null, question: false, mentions: [], hosts: [], dates: [] };
}

describe('text similarity over character bigrams', () => {
  it('is 1 for the same words however spaced, cased or wide, and 0 for nothing in common', () => {
    expect(textSimilarity('Review ＡＰＩ  doc', 'review api doc')).toBe(1);
    expect(textSimilarity('资金对账', '更新值班表')).toBe(0);
  });

  it.each([
    ['商户进件服务压测方案评审', '评审商户进件服务的压测方案'],
    ['评审商户进件服务的压测方案', '评审商户进件服务压测方案'],
    ['资金对账进度跟踪', '资金对账进度跟进'],
    ['Review the payment gateway design doc', 'Review payment gateway design document'],
    ['Write the rollback plan for the ledger migration', 'Write rollback plan for ledger migration'],
  ])('reads %s and %s as one to-do reworded', (before, after) => {
    expect(textSimilarity(before, after)).toBeGreaterThanOrEqual(similarityThreshold);
  });

  it.each([
    ['营销磁盘放火', '支付磁盘放火'],
    ['营销磁盘放火', '营销CPU放火'],
    ['资金对账进度跟踪', '商户清结算进度跟踪'],
    ['Deploy billing service to staging', 'Deploy search service to staging'],
    ['Fix login bug', 'Fix logout bug'],
  ])('keeps %s and %s apart', (before, after) => {
    expect(textSimilarity(before, after)).toBeLessThan(similarityThreshold);
  });
});

describe('matching items across two logs', () => {
  it('pairs the same words in the same section first, in order', () => {
    const first = item('整理测试数据', '项目工作', 1);
    const second = item('整理测试数据', '项目工作', 2);
    const matches = matchItems([first, second], [item('整理测试数据', '项目工作', 1), item('整理测试数据', '项目工作', 2)]);
    expect([...matches.values()]).toEqual([first, second]);
  });

  it('follows an item moved to another section', () => {
    const before = item('更新值班表', '日常');
    const after = item('更新值班表', '项目工作');
    expect(matchItems([before], [after]).get(after)).toBe(before);
  });

  it('follows a reworded item, and never lets two of today\'s items claim one of yesterday\'s', () => {
    const before = item('商户进件服务压测方案评审');
    const reworded = item('评审商户进件服务的压测方案', '项目工作', 1);
    const again = item('评审商户进件服务压测方案', '项目工作', 2);
    const matches = matchItems([before], [reworded, again]);
    expect(matches.size).toBe(1);
    expect(matches.get(again)).toBe(before);
  });

  it('prefers the same section, then the nearest position, among equally similar items', () => {
    const here = item('巡检告警阈值', '项目工作', 9);
    const moved = item('巡检告警阈值', '日常', 2);
    const near = item('巡检告警阈值', '值班', 2);
    const far = item('巡检告警阈值', '值班', 3);
    expect(matchItems([near, far], [moved]).get(moved)).toBe(near);
    const sameSection = item('巡检告警阈值的配置', '日常', 5);
    expect(matchItems([here, item('巡检告警阈值的配置', '日常', 1)], [sameSection]).get(sameSection)?.section).toEqual(['日常']);
  });

  it('leaves a near-duplicate that names another system unmatched', () => {
    const today = item('支付磁盘放火', '日常');
    expect(matchItems([item('营销磁盘放火', '日常')], [today]).size).toBe(0);
  });

  it('compares sections without the dated title, so the same words go to the same section', () => {
    // 清结算's 进度跟踪 was there yesterday; today 资金对账 gets one too, written above it.
    const yesterday = item('进度跟踪', ['今日工作 2025年10月13日 星期一', '项目工作', '清结算'], 5);
    const added = item('进度跟踪', ['今日工作 2025年10月14日 星期二', '项目工作', '资金对账'], 5);
    const kept = item('进度跟踪', ['今日工作 2025年10月14日 星期二', '项目工作', '清结算'], 7);
    const matches = matchItems([yesterday], [added, kept]);
    expect(matches.get(kept)).toBe(yesterday);
    expect(matches.has(added)).toBe(false);
  });
});

describe('the section an item is compared in', () => {
  it.each([
    [['今日工作 2025年10月14日 星期二', '项目工作'], '项目工作'],
    [['2025-10-14', '放火工作'], '放火工作'],
    [['Standup Tue, Oct 14 2025', 'Blockers'], 'Blockers'],
    [['待完成工作', '项目工作'], '待完成工作\u0000项目工作'],
    [['资金对账（截止 10.17）'], '资金对账（截止 10.17）'],
  ])('%j is compared as %j', (section, key) => {
    expect(sectionKey(item('进度跟踪', section))).toBe(key);
  });
});
