import { describe, expect, it } from 'vitest';
import { readItemDates } from '../../src/parse/item-dates.js';

describe('the dates an item carries', () => {
  it.each([
    ['截止 11.17', '2024-11-17'],
    ['截止日期：11月17日', '2024-11-17'],
    ['截止到 11/17', '2024-11-17'],
    ['DDL 11/17', '2024-11-17'],
    ['（DDL：11.17）', '2024-11-17'],
    ['due 2024-06-20', '2024-06-20'],
    ['due: 2024-06-20', '2024-06-20'],
    ['due Jun 20', '2024-06-20'],
    ['due date 20 June', '2024-06-20'],
    ['deadline: 2024-06-20', '2024-06-20'],
    ['deadline [[2024-06-20 Thu]]', '2024-06-20'],
    ['DEADLINE: <2024-06-20 Thu>', '2024-06-20'],
    ['ship it 📅 2024-06-21 (the list said due 6/20)', '2024-06-21'],
  ])('reads %s as due %s in a log of 2024-06-19', (text, due) => {
    expect(readItemDates(text, '2024-06-19').dates?.due).toBe(due);
  });

  it.each([
    ['overdue since 6/20'],
    ['delayed due to 3 outages'],
    ['fix the DDL script'],
    ['merge by 6/20'],
    ['截止 2.30'],
    ['📅 2024-02-30'],
    ['deadline soon'],
  ])('reads no due date in %s', (text) => {
    expect(readItemDates(text, '2024-06-19').dates?.due).toBeUndefined();
  });

  it('places a date without a year in the year nearest the log date, around new year', () => {
    expect(readItemDates('截止 12.30', '2025-01-02').dates?.due).toBe('2024-12-30');
    expect(readItemDates('DDL 1/3', '2024-12-30').dates?.due).toBe('2025-01-03');
    expect(readItemDates('due Jul 1', '2025-01-02').dates?.due).toBe('2025-07-01');
  });

  it('reads no yearless due date in a log without a date, but a full one', () => {
    expect(readItemDates('截止 12.30', null).dates).toBeUndefined();
    expect(readItemDates('due 2024-12-30', null).dates).toEqual({ due: '2024-12-30' });
  });

  it('reads every Obsidian Tasks date and keeps the recurrence as written', () => {
    expect(readItemDates('Ops review 🔁 every week on Monday ⏳ 2024-06-17 🛫 2024-06-16 ➕ 2024-06-01 📅 2024-06-18 ✅ 2024-06-18', null).dates).toEqual({
      due: '2024-06-18', scheduled: '2024-06-17', start: '2024-06-16', created: '2024-06-01', done: '2024-06-18', recurrence: 'every week on Monday',
    });
    expect(readItemDates('Move standup ❌ 2024-06-18', null).dates).toEqual({ cancelled: '2024-06-18' });
  });

  it('has nothing to say about an item without dates', () => {
    expect(readItemDates('Review the failover runbook 2.3', '2024-06-19')).toEqual({ dates: undefined, impossible: [] });
  });

  it.each([
    ['📅 6/20', '2024-06-20'],
    ['📅 2024/06/20', '2024-06-20'],
    ['📅 6月20日', '2024-06-20'],
    ['📅 Jun 20', '2024-06-20'],
    ['截止 20号', '2024-06-20'],
    ['DDL 17日', '2024-06-17'],
  ])('reads %s, a form people write beside the Tasks one, as due %s in a log of 2024-06-19', (text, due) => {
    expect(readItemDates(text, '2024-06-19')).toEqual({ dates: { due }, impossible: [] });
  });

  it('places a bare day after a due word in the month nearest the log date', () => {
    expect(readItemDates('截止 2号', '2024-06-29').dates?.due).toBe('2024-07-02');
    expect(readItemDates('截止 28号', '2024-07-02').dates?.due).toBe('2024-06-28');
  });

  it.each([
    ['✅ 3 cases passed'],
    ['✅ 2023 plan reviewed'],
    ['❌ 2 failures'],
    ['📅 周会'],
    ['due 3 days after the release'],
    ['DDL 30'],
  ])('reads no date from a count or a word after an emoji or due word: %s', (text) => {
    expect(readItemDates(text, '2024-06-19')).toEqual({ dates: undefined, impossible: [] });
  });

  it.each([
    ['截止 2.30', '截止 2.30'],
    ['📅 2024-02-30', '📅 2024-02-30'],
    ['DDL 2/30', 'DDL 2/30'],
    ['📅 2024-13-45', '📅 2024-13-45'],
    ['截止日期：13月5日', '截止日期：13月5日'],
  ])('names %s as a date that names no day, rather than dropping it', (text, written) => {
    expect(readItemDates(text, '2024-06-19')).toEqual({ dates: undefined, impossible: [written] });
  });
});
