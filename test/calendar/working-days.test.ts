import { describe, expect, it } from 'vitest';
import { addDaysIso, daysBetween, makeDate } from '../../src/calendar/iso-date.js';
import { countWorkingDays, dayKind, isWorkingDay, makeCalendar, weekdaysOnly, workingDaysIn } from '../../src/calendar/working-days.js';

describe('working days', () => {
  it('counts Monday to Friday', () => {
    expect(countWorkingDays('2023-11-06', '2023-12-01', weekdaysOnly)).toBe(20);
    expect(workingDaysIn('2023-11-17', '2023-11-20', weekdaysOnly)).toEqual(['2023-11-17', '2023-11-20']);
    expect(countWorkingDays('2023-11-15', '2023-11-24', weekdaysOnly)).toBe(8);
  });

  it('is empty when the end comes first', () => {
    expect(workingDaysIn('2023-11-10', '2023-11-06', weekdaysOnly)).toEqual([]);
  });

  it('takes holidays off and counts make-up days (China 2023 National Day: 10-01…10-06 off, 10-07 and 10-08 worked)', () => {
    const calendar = makeCalendar(
      ['2023-09-29', '2023-10-02', '2023-10-03', '2023-10-04', '2023-10-05', '2023-10-06'],
      ['2023-10-07', '2023-10-08'],
    );
    expect(countWorkingDays('2023-09-25', '2023-10-13', calendar)).toBe(11);
    expect(dayKind('2023-10-02', calendar)).toBe('holiday');
    expect(dayKind('2023-10-07', calendar)).toBe('make-up-workday');
    expect(dayKind('2023-10-14', calendar)).toBe('weekend');
    expect(isWorkingDay('2023-10-08', calendar)).toBe(true);
  });

  it('works across a year end', () => {
    expect(workingDaysIn('2023-12-28', '2024-01-03', weekdaysOnly)).toEqual(['2023-12-28', '2023-12-29', '2024-01-01', '2024-01-02', '2024-01-03']);
  });
});

describe('ISO dates', () => {
  it('refuses days that do not exist', () => {
    expect(makeDate(2023, 2, 29)).toBeNull();
    expect(makeDate(2024, 2, 29)).toBe('2024-02-29');
    expect(makeDate(2023, 13, 1)).toBeNull();
  });

  it('adds days across a daylight-saving change', () => {
    expect(addDaysIso('2024-03-30', 2)).toBe('2024-04-01');
    expect(daysBetween('2023-12-28', '2024-01-03')).toBe(6);
  });
});
