import { describe, expect, it } from 'vitest';
import { rewriteDate } from '../../src/history/date-forms.js';
import { dateInLogPath, siblingPath } from '../../src/history/next-name.js';

describe('a date rewritten in the form it was written in', () => {
  it.each([
    ['# 2024-04-08', '# 2024-04-09'],
    ['# 工作日志 2024年4月8日 星期一', '# 工作日志 2024年4月9日 星期二'],
    ['# 2024 年 04 月 08 号（周一）', '# 2024 年 04 月 09 号（周二）'],
    ['# 4月8日 礼拜一', '# 4月9日 礼拜二'],
    ['# 2024.04.08', '# 2024.04.09'],
    ['# 2024/4/8 Mon', '# 2024/4/9 Tue'],
    ['# Standup — Monday, Apr 8, 2024', '# Standup — Tuesday, Apr 9, 2024'],
    ['# Standup — MONDAY, APRIL 8TH 2024', '# Standup — TUESDAY, APRIL 9TH 2024'],
    ['# 8 April 2024', '# 9 April 2024'],
    ['# Mon. 8th Apr. 2024', '# Tue. 9th Apr. 2024'],
    ['date: "2024-04-08"', 'date: "2024-04-09"'],
  ])('%s', (written, expected) => {
    expect(rewriteDate(written, '2024-04-08', '2024-04-09')).toEqual({ text: expected, rewritten: true });
  });

  it('moves the month, the year and Sunday as written', () => {
    expect(rewriteDate('# Sunday, 31 March 2024', '2024-03-31', '2024-04-01').text).toBe('# Monday, 1 April 2024');
    expect(rewriteDate('# 2024年12月31日 周二', '2024-12-31', '2025-01-05').text).toBe('# 2025年1月5日 周日');
    expect(rewriteDate('# 2024年12月31日 礼拜二', '2024-12-31', '2025-01-05').text).toBe('# 2025年1月5日 礼拜日');
    expect(rewriteDate('# Dec 31, 2024', '2024-12-31', '2025-01-02').text).toBe('# Jan 2, 2025');
    expect(rewriteDate('# 1st Nov 2024', '2024-11-01', '2024-11-22').text).toBe('# 22nd Nov 2024');
  });

  it('leaves other dates, and a title without the date, as they are', () => {
    expect(rewriteDate('# Sprint 2024-04-01 ~ 2024-04-12, Monday 2024-04-08', '2024-04-08', '2024-04-09').text)
      .toBe('# Sprint 2024-04-01 ~ 2024-04-12, Tuesday 2024-04-09');
    expect(rewriteDate('# 今日工作 Monday', '2024-04-08', '2024-04-09')).toEqual({ text: '# 今日工作 Monday', rewritten: false });
    expect(rewriteDate('# 20240408123', '2024-04-08', '2024-04-09').rewritten).toBe(false);
  });
});

describe('a log named like its sibling', () => {
  it.each([
    ['2024-04-08.md', '2024-04-09.md'],
    ['20240408.md', '20240409.md'],
    ['2024/04/08.md', '2024/04/09.md'],
    ['standup-2024-04-08.md', 'standup-2024-04-09.md'],
    ['2024/2024-04-08.md', '2024/2024-04-09.md'],
    ['2024_04_08 日志.md', '2024_04_09 日志.md'],
  ])('%s', (sibling, expected) => {
    expect(dateInLogPath(sibling)).toBe('2024-04-08');
    expect(siblingPath(sibling, '2024-04-08', '2024-04-09')).toBe(expected);
  });

  it('moves year and month folders on with the date', () => {
    expect(siblingPath('2024/12/31.md', '2024-12-31', '2025-01-02')).toBe('2025/01/02.md');
    expect(siblingPath('2024/2024-12/2024-12-31.md', '2024-12-31', '2025-01-02')).toBe('2025/2025-01/2025-01-02.md');
  });

  it('finds no date in a name without one', () => {
    expect(dateInLogPath('notes.md')).toBeNull();
    expect(dateInLogPath('2024/notes-0408.md')).toBeNull();
    expect(siblingPath('notes.md', '2024-04-08', '2024-04-09')).toBeNull();
  });
});
