import { describe, expect, it } from 'vitest';
import { format } from 'date-fns';
import { addDaysIso, daysBetween, makeDate, toIsoDate } from '../../src/calendar/iso-date.js';
import { buildCalendar } from '../../src/calendar/build.js';
import { compareDates, dayNumber, isoFromDayNumber, yearOf } from '../../src/calendar/day-number.js';
import { countWorkingDays, dayKind, describeDay, isWorkingDay, makeCalendar, specialDaysIn, weekdaysOnly, workingDaysIn } from '../../src/calendar/working-days.js';

describe('working days', () => {
  it('counts Monday to Friday', () => {
    expect(countWorkingDays('2023-11-06', '2023-12-01', weekdaysOnly)).toBe(20);
    expect(workingDaysIn('2023-11-17', '2023-11-20', weekdaysOnly)).toEqual(['2023-11-17', '2023-11-20']);
    expect(countWorkingDays('2023-11-15', '2023-11-24', weekdaysOnly)).toBe(8);
  });

  it('is empty when the end comes first', () => {
    expect(workingDaysIn('2023-11-10', '2023-11-06', weekdaysOnly)).toEqual([]);
  });

  it('takes company days off and counts extra working days', () => {
    const calendar = makeCalendar(['2023-11-20'], ['2023-11-18']);
    expect(countWorkingDays('2023-11-13', '2023-11-24', calendar)).toBe(10);
    expect(dayKind('2023-11-20', calendar)).toBe('company-holiday');
    expect(dayKind('2023-11-18', calendar)).toBe('company-workday');
    expect(isWorkingDay('2023-11-18', calendar)).toBe(true);
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

  it('writes a date as date-fns writes it, in years of any width and before year 1', () => {
    for (const year of [7, 999, 2024, 12345, 0, -44]) {
      const date = new Date(2000, 1, 29);
      date.setFullYear(year, 1, 3);
      expect(toIsoDate(date)).toBe(format(date, 'yyyy-MM-dd'));
    }
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('adds days across a daylight-saving change', () => {
    expect(addDaysIso('2024-03-30', 2)).toBe('2024-04-01');
    expect(daysBetween('2023-12-28', '2024-01-03')).toBe(6);
  });
});

describe("mainland China's official calendar", () => {
  const china = buildCalendar({ china: true, holidays: [], workdays: [] });

  it('knows 2023 National Day: 09-29…10-06 off, 10-07 and 10-08 worked', () => {
    expect(countWorkingDays('2023-09-25', '2023-10-13', china)).toBe(11);
    expect(workingDaysIn('2023-09-28', '2023-10-09', china)).toEqual(['2023-09-28', '2023-10-07', '2023-10-08', '2023-10-09']);
  });

  it('names each kind of day in plain words', () => {
    expect(describeDay('2023-10-02', china)).toBe('2023-10-02 (法定假日 国庆节)');
    expect(describeDay('2023-10-05', china)).toBe('2023-10-05 (调休休息 国庆节)');
    expect(describeDay('2023-10-07', china)).toBe('2023-10-07 (补班 国庆节)');
    expect(describeDay('2023-11-18', china)).toBe('2023-11-18 (周末)');
    expect(describeDay('2023-11-17', china)).toBe('2023-11-17 (工作日)');
  });

  it('says which years it covers and where it came from', () => {
    expect(china.officialYears).toEqual({ first: 2004, last: 2026 });
    expect(china.source).toBe('chinese-days (mainland China)');
  });

  it('lets the configuration override any date, and be turned off', () => {
    const company = buildCalendar({ china: true, holidays: ['2023-10-09'], workdays: ['2023-10-02'] });
    expect(dayKind('2023-10-09', company)).toBe('company-holiday');
    expect(dayKind('2023-10-02', company)).toBe('company-workday');
    expect(company.source).toBe('chinese-days (mainland China) + company days from the configuration');
    const plain = buildCalendar({ china: false, holidays: [], workdays: [] });
    expect(isWorkingDay('2023-10-02', plain)).toBe(true);
    expect(plain.officialYears).toBeNull();
  });
});

describe('counting without walking the days', () => {
  const china = buildCalendar({ china: true, holidays: ['2023-10-09'], workdays: ['2023-10-02'] });
  // A fixed pseudo-random walk, so a failure names the same range every run.
  let seed = 7;
  const next = (below: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % below;
  };

  it('counts as many working days as it would list, across holidays, make-up days and year ends', () => {
    for (let run = 0; run < 300; run++) {
      const start = addDaysIso('2003-06-01', next(365 * 25));
      const end = addDaysIso(start, next(800) - 20);
      expect(countWorkingDays(start, end, china), `${start} – ${end}`).toBe(workingDaysIn(start, end, china).length);
    }
  });

  it('lists the days dayKind calls working, a special day written other than YYYY-MM-DD never matching', () => {
    const odd = makeCalendar(['2023-11-20', '2023-11-2', '2023-11-21T00:00:00'], ['2023-11-18', '+2023-11-25']);
    for (const calendar of [china, odd]) {
      for (let run = 0; run < 100; run++) {
        const start = addDaysIso('2003-06-01', next(365 * 25));
        const end = addDaysIso(start, next(200) - 20);
        const walked: string[] = [];
        for (let day = start; compareDates(day, end) <= 0; day = addDaysIso(day, 1)) if (isWorkingDay(day, calendar)) walked.push(day);
        expect(workingDaysIn(start, end, calendar), `${start} – ${end}`).toEqual(walked);
      }
      expect(workingDaysIn('2023-11-17', '2023-11-26', calendar)).toEqual(
        ['2023-11-17', '2023-11-18', '2023-11-19', '2023-11-20', '2023-11-21', '2023-11-22', '2023-11-23', '2023-11-24', '2023-11-25', '2023-11-26'].filter((day) => isWorkingDay(day, calendar)),
      );
    }
    expect(workingDaysIn('2023-11-17', '2023-11-21', odd)).toEqual(['2023-11-17', '2023-11-18', '2023-11-21']);
  });

  it('counts a range of thousands of years at once, and finds the special days in a range', () => {
    // 2,913,174 days from a Monday: 416,167 whole weeks of five working days, then Monday to Friday.
    expect(countWorkingDays('2024-01-01', '9999-12-31', weekdaysOnly)).toBe(416_167 * 5 + 5);
    expect(countWorkingDays('2023-09-25', '9999-12-31', china) - countWorkingDays('2023-10-14', '9999-12-31', china)).toBe(11);
    expect(specialDaysIn('2023-10-06', '2023-10-09', china)).toEqual(['2023-10-06', '2023-10-07', '2023-10-08', '2023-10-09']);
  });
});

describe('day numbers', () => {
  it('agree with JavaScript dates, for any year', () => {
    for (const date of ['1970-01-01', '2000-02-29', '2023-11-12', '1600-03-01', '0999-12-31', '9999-12-31']) {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      expect(dayNumber(date)).toBe(Date.UTC(year, month - 1, day) / 86_400_000);
      expect(isoFromDayNumber(dayNumber(date))).toBe(date);
    }
    expect(addDaysIso('9999-12-31', 1)).toBe('10000-01-01');
    expect(compareDates('10000-01-01', '9999-12-31')).toBeGreaterThan(0);
    expect(yearOf('10000-01-03')).toBe(10000);
    expect(Number.isNaN(dayNumber('soon'))).toBe(true);
  });

  it('read the date at the start of any text as the pattern YYYY-MM-DD reads it', () => {
    const utc = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000;
    expect(dayNumber('2023-11-12T10:30:00')).toBe(utc(2023, 11, 12));
    expect(dayNumber('2023-11-123')).toBe(utc(2023, 11, 12));
    expect(dayNumber('2023-1-5')).toBe(utc(2023, 1, 5));
    expect(dayNumber('12345-01-02')).toBe(dayNumber('9999-12-31') + 856_496);
    expect(dayNumber('+2023-11-12')).toBe(utc(2023, 11, 12));
    expect(dayNumber('2023-02-30')).toBe(utc(2023, 3, 2));
    expect(Number.isNaN(dayNumber('2023-11-1'))).toBe(false);
    for (const text of ['2023-11-x2', '2023/11/12', '202a-11-12', ' 2023-11-12']) expect(Number.isNaN(dayNumber(text)), text).toBe(true);
  });
});
