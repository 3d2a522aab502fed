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
    expect(readItemDates(text, '2024-06-19')?.due).toBe(due);
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
    expect(readItemDates(text, '2024-06-19')?.due).toBeUndefined();
  });

  it('places a date without a year in the year nearest the log date, around new year', () => {
    expect(readItemDates('截止 12.30', '2025-01-02')?.due).toBe('2024-12-30');
    expect(readItemDates('DDL 1/3', '2024-12-30')?.due).toBe('2025-01-03');
    expect(readItemDates('due Jul 1', '2025-01-02')?.due).toBe('2025-07-01');
  });

  it('reads no yearless due date in a log without a date, but a full one', () => {
    expect(readItemDates('截止 12.30', null)).toBeUndefined();
    expect(readItemDates('due 2024-12-30', null)).toEqual({ due: '2024-12-30' });
  });

  it('reads every Obsidian Tasks date and keeps the recurrence as written', () => {
    expect(readItemDates('Ops review 🔁 every week on Monday ⏳ 2024-06-17 🛫 2024-06-16 ➕ 2024-06-01 📅 2024-06-18 ✅ 2024-06-18', null)).toEqual({
      due: '2024-06-18', scheduled: '2024-06-17', start: '2024-06-16', created: '2024-06-01', done: '2024-06-18', recurrence: 'every week on Monday',
    });
    expect(readItemDates('Move standup ❌ 2024-06-18', null)).toEqual({ cancelled: '2024-06-18' });
  });

  it('has nothing to say about an item without dates', () => {
    expect(readItemDates('Review the failover runbook 2.3', '2024-06-19')).toBeUndefined();
  });
});
