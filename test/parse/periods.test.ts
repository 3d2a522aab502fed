import { describe, expect, it } from 'vitest';
import { findRange, readDate, readPeriod, resolvePeriod, type PeriodContext } from '../../src/parse/periods.js';

const november: PeriodContext = { cycle: { start: '2023-11-06', end: '2023-12-01' }, reference: '2023-11-12' };
const yearEnd: PeriodContext = { cycle: { start: '2023-12-23', end: '2024-01-10' }, reference: '2023-12-20' };

function resolve(text: string, context: PeriodContext) {
  const reading = readPeriod(text);
  if (!reading.ok) return reading;
  const resolved = resolvePeriod(reading.period, context);
  return resolved.ok ? resolved.range : resolved;
}

describe('periods in a cycle', () => {
  it.each([
    ['6-14', '2023-11-06', '2023-11-14'],
    ['06-14', '2023-11-06', '2023-11-14'],
    ['17-20', '2023-11-17', '2023-11-20'],
    ['28-1', '2023-11-28', '2023-12-01'],
    ['1127-1201', '2023-11-27', '2023-12-01'],
    ['11.27-12.01', '2023-11-27', '2023-12-01'],
    ['11/27-12/01', '2023-11-27', '2023-12-01'],
    ['11月27日-12月1日', '2023-11-27', '2023-12-01'],
    ['11月27日～12月1日', '2023-11-27', '2023-12-01'],
    ['11月27-30日', '2023-11-27', '2023-11-30'],
    ['2023-11-27~2023-12-01', '2023-11-27', '2023-12-01'],
    ['2023-11-27 - 2023-12-01', '2023-11-27', '2023-12-01'],
    ['2023/11/27 至 2023/12/01', '2023-11-27', '2023-12-01'],
    ['20231127-20231201', '2023-11-27', '2023-12-01'],
    ['１１２７－１２０１', '2023-11-27', '2023-12-01'],
    ['Nov 27 - Dec 1', '2023-11-27', '2023-12-01'],
    ['11.27', '2023-11-27', '2023-11-27'],
    // A bare day before a month-and-day end is in that month, or the month before when its day is later.
    ['28-1201', '2023-11-28', '2023-12-01'],
    ['6-1114', '2023-11-06', '2023-11-14'],
    ['1127-1', '2023-11-27', '2023-12-01'],
  ])('%s → %s … %s', (text, start, end) => {
    expect(resolve(text, november)).toEqual({ start, end });
  });

  it.each([
    ['12.25-12.29', '2023-12-25', '2023-12-29'],
    ['1/2-1/10', '2024-01-02', '2024-01-10'],
    ['12.28-1.3', '2023-12-28', '2024-01-03'],
    ['0102-0105', '2024-01-02', '2024-01-05'],
    ['2-5', '2024-01-02', '2024-01-05'],
    ['27-29', '2023-12-27', '2023-12-29'],
  ])('across a year end: %s → %s … %s', (text, start, end) => {
    expect(resolve(text, yearEnd)).toEqual({ start, end });
  });

  it('keeps a period outside the cycle as near as it can be, for the caller to flag', () => {
    expect(resolve('1127-1215', november)).toEqual({ start: '2023-11-27', end: '2023-12-15' });
  });

  it.each([
    ['13-35', 'day 35 does not exist'],
    ['next week', 'is not a date range'],
    ['6-14-20', 'is not a date range'],
    ['2023-02-30~2023-03-02', 'does not exist'],
    ['2023-12-01~2023-11-01', 'ends before it starts'],
  ])('%s cannot be resolved: %s', (text, reason) => {
    expect(resolve(text, november)).toMatchObject({ ok: false, reason: expect.stringContaining(reason) });
  });

  it('needs a year from somewhere', () => {
    expect(resolve('11.27-12.01', { cycle: null, reference: null })).toMatchObject({ ok: false, reason: expect.stringContaining('no year') });
    expect(resolve('2023-11-27~2023-12-01', { cycle: null, reference: null })).toEqual({ start: '2023-11-27', end: '2023-12-01' });
  });

  it('reads periods in a cycle thousands of years long as in its first months, or nearest its end', () => {
    const endless: PeriodContext = { cycle: { start: '2023-11-06', end: '9999-12-31' }, reference: '2023-11-12' };
    expect(resolve('6-14', endless)).toEqual({ start: '2023-11-06', end: '2023-11-14' });
    expect(resolve('30-31', endless)).toEqual({ start: '2023-12-30', end: '2023-12-31' });
    expect(resolve('3-5', endless)).toEqual({ start: '2023-12-03', end: '2023-12-05' });
    expect(resolve('12.28-1.3', { cycle: { start: '9999-12-01', end: '9999-12-31' }, reference: null })).toEqual({ start: '9999-12-28', end: '10000-01-03' });
  });

  it('reads bare days against the log month when there is no cycle', () => {
    expect(resolve('6-14', { cycle: null, reference: '2023-11-12' })).toEqual({ start: '2023-11-06', end: '2023-11-14' });
  });
});

describe('findRange in headings and paragraphs', () => {
  it.each([
    ['商账户人力排期（11.06-12.01）', { year: null, month: 11, day: 6 }, { year: null, month: 12, day: 1 }],
    ['Sprint staffing (12.23-01.10)', { year: null, month: 12, day: 23 }, { year: null, month: 1, day: 10 }],
    ['人力排期 2024-03-11 ~ 2024-03-29', { year: 2024, month: 3, day: 11 }, { year: 2024, month: 3, day: 29 }],
    ['排期 11月6日-12月1日', { year: null, month: 11, day: 6 }, { year: null, month: 12, day: 1 }],
  ])('%s', (text, start, end) => {
    expect(findRange(text)).toEqual({ start, end });
  });

  it.each(['本周期20天', '今日工作 2023年11月12日', 'Capacity: 15 working days', 'v2.4 notes'])('%s has no range', (text) => {
    expect(findRange(text)).toBeNull();
  });
});

describe('readDate for start and end columns', () => {
  it.each([
    ['01-11', { year: null, month: 1, day: 11 }],
    ['11.27', { year: null, month: 11, day: 27 }],
    ['1127', { year: null, month: 11, day: 27 }],
    ['2024-01-08', { year: 2024, month: 1, day: 8 }],
    ['1月8日', { year: null, month: 1, day: 8 }],
  ])('%s', (text, date) => {
    expect(readDate(text)).toEqual(date);
  });

  it.each(['13-40', 'soon', '1127-1201'])('%s is not one date', (text) => {
    expect(readDate(text)).toBeNull();
  });
});
