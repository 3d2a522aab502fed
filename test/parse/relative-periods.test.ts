import { describe, expect, it } from 'vitest';
import { makeCalendar, weekdaysOnly } from '../../src/calendar/working-days.js';
import { readRelativePeriod, resolveRelativePeriod } from '../../src/parse/relative-periods.js';

describe('periods counted from the cycle', () => {
  it.each([
    ['Day 1 ~ Day 3', { unit: 'day', from: 1, to: 3 }],
    ['Day 4', { unit: 'day', from: 4, to: 4 }],
    ['D1-D3', { unit: 'day', from: 1, to: 3 }],
    ['Week 2', { unit: 'week', from: 2, to: 2 }],
    ['week 3-4', { unit: 'week', from: 3, to: 4 }],
    ['W2', { unit: 'week', from: 2, to: 2 }],
    ['第2周', { unit: 'week', from: 2, to: 2 }],
    ['第2-3周', { unit: 'week', from: 2, to: 3 }],
    ['第1天-第3天', { unit: 'day', from: 1, to: 3 }],
    ['第６天', { unit: 'day', from: 6, to: 6 }],
  ])('%s', (text, period) => {
    expect(readRelativePeriod(text)).toEqual(period);
  });

  it.each(['6-14', '2025-09-01 → 2025-09-12', 'Day 0', 'Day 3 ~ Day 1', 'Day 1 ~ Week 2', 'Weekly', 'Wed', '待定', ''])('%j is not one', (text) => {
    expect(readRelativePeriod(text)).toBeNull();
  });

  it('counts days as working days from the cycle start, and weeks as seven days from it', () => {
    const cycle = '2025-09-01';
    expect(resolveRelativePeriod({ unit: 'day', from: 1, to: 3 }, cycle, weekdaysOnly)).toEqual({ start: '2025-09-01', end: '2025-09-03' });
    expect(resolveRelativePeriod({ unit: 'day', from: 5, to: 6 }, cycle, weekdaysOnly)).toEqual({ start: '2025-09-05', end: '2025-09-08' });
    expect(resolveRelativePeriod({ unit: 'week', from: 2, to: 2 }, cycle, weekdaysOnly)).toEqual({ start: '2025-09-08', end: '2025-09-12' });
    expect(resolveRelativePeriod({ unit: 'week', from: 3, to: 4 }, cycle, weekdaysOnly)).toEqual({ start: '2025-09-15', end: '2025-09-26' });
    // A cycle that starts on a Wednesday: its second week runs Wednesday to Tuesday.
    expect(resolveRelativePeriod({ unit: 'week', from: 2, to: 2 }, '2025-09-03', weekdaysOnly)).toEqual({ start: '2025-09-10', end: '2025-09-16' });
  });

  it('skips the days off the calendar names', () => {
    const calendar = makeCalendar(['2025-09-02']);
    expect(resolveRelativePeriod({ unit: 'day', from: 2, to: 2 }, '2025-09-01', calendar)).toEqual({ start: '2025-09-03', end: '2025-09-03' });
    expect(resolveRelativePeriod({ unit: 'week', from: 1, to: 1 }, '2025-09-06', weekdaysOnly)).toEqual({ start: '2025-09-08', end: '2025-09-12' });
  });

  it('names no days past a year of them', () => {
    expect(resolveRelativePeriod({ unit: 'day', from: 1, to: 400 }, '2025-09-01', weekdaysOnly)).toBeNull();
  });
});
