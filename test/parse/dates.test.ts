import { describe, expect, it } from 'vitest';
import { dateInFileName, dateInHeading, findDates } from '../../src/parse/dates.js';

describe('the log date', () => {
  it.each([
    ['今日工作 2023年11月12日', '2023-11-12'],
    ['Daily log 2023-11-12', '2023-11-12'],
    ['2023/11/12 周日', '2023-11-12'],
    ['日报 2023.11.12', '2023-11-12'],
    ['Log · Nov 12, 2023', '2023-11-12'],
    ['Log for 12 November 2023', '2023-11-12'],
    ['Sunday, November 12th, 2023', '2023-11-12'],
    ['Standup 2024-06-03', '2024-06-03'],
    ['todo 2024/10/17', '2024-10-17'],
    ['Monday 3 June 2024', '2024-06-03'],
    ['Monday 16 June 2025', '2025-06-16'],
    ['Mon, Jun 3 2024', '2024-06-03'],
    ['Daily sync — Wed, Jun 26 2024', '2024-06-26'],
    ['On-call handover — Mon, Sep 9 2024', '2024-09-09'],
    ['日报 2025年5月13日 星期二', '2025-05-13'],
    ['星期二 2025年5月13日', '2025-05-13'],
    ['周报 2024年6月17日-6月21日', '2024-06-17'],
    ['Sprint 31 Review / 迭代回顾 — 2025-07-11', '2025-07-11'],
  ])('in the heading %s', (heading, date) => {
    expect(dateInHeading(heading)).toBe(date);
  });

  it.each([
    '每日工作', '11月12日 (no year)', 'Release 2.4.0', '2023-02-30', 'App 6.12 提测', 'Release 3.8.1', '6/9 services',
    'Review [[2024-10-04 Fri]]', 'Rotate 📅 2024-06-20', 'see `2024-06-20`', 'notes from [the 2024-06-20 sync](x.md)',
  ])('none in the heading %s', (heading) => {
    expect(dateInHeading(heading)).toBeNull();
  });

  it.each([
    ['logs/2023-11-12.md', '2023-11-12'],
    ['20231112.md', '2023-11-12'],
    ['daily/2023_11_12-notes.md', '2023-11-12'],
    ['C:\\logs\\2023.11.12.md', '2023-11-12'],
    ['logs/2023/11/12.md', '2023-11-12'],
    ['logs/2023-11/12.md', '2023-11-12'],
    ['2023\\11\\12.markdown', '2023-11-12'],
  ])('in the file name %s', (file, date) => {
    expect(dateInFileName(file)).toBe(date);
  });

  it.each(['notes.md', '2023-11-12/notes.md', '20231340.md', '120231112.md', '2023/11/notes-12.md', '12023/11/12.md'])('none in the file name %s', (file) => {
    expect(dateInFileName(file)).toBeNull();
  });
});

describe('dates written in item text', () => {
  it('finds full dates, Chinese dates with the log year and English dates', () => {
    expect(findDates('11月27日发版，12月1日回归', 2023).map((d) => d.date)).toEqual(['2023-11-27', '2023-12-01']);
    expect(findDates('Demo on 2023/12/05 and retro on Dec 8, 2023', 2023)).toEqual([
      { text: '2023/12/05', date: '2023-12-05', column: 9 },
      { text: 'Dec 8, 2023', date: '2023-12-08', column: 33 },
    ]);
  });

  it('does not read versions, counts or ids as dates', () => {
    expect(findDates('版本 mis2.0 和 v1.7，CPU6个，P1-026，1127个节点', 2023)).toEqual([]);
  });

  it('finds a date that follows a word', () => {
    expect(findDates('deploy before 2024-06-20', 2024)).toEqual([{ text: '2024-06-20', date: '2024-06-20', column: 15 }]);
    expect(findDates('部署截止2024-06-20', 2024).map((d) => d.date)).toEqual(['2024-06-20']);
  });

  it('does not read versions or ratios as dates', () => {
    expect(findDates('3 条延期到 3.8.1，鸿蒙 4.2 真机，App 6.12，6/9 services', 2025)).toEqual([]);
  });

  it('drops dates without a year when the log has none', () => {
    expect(findDates('11月27日发版', null)).toEqual([]);
  });
});
