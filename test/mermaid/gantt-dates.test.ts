import dayjs from 'dayjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chartExcludes, compileGanttTasks, formatLocal, isExcludedDay, mergeDayList, parseDuration, readsAsDate, type ExclusionSettings, type GanttCalendar,
} from '../../src/parse/mermaid/gantt-dates.js';
import { addDaysIso } from '../../src/calendar/iso-date.js';

const iso: GanttCalendar = {
  dateFormat: 'YYYY-MM-DD', excludes: [], includes: [], inclusiveEndDates: false, weekend: 'saturday', today: '2023-11-12',
};

/** Each task's [start, end, renderEnd] for data fields written `a, b, c` (tags already removed). */
function dates(tasks: string[], calendar: Partial<GanttCalendar> = {}): Array<[string | null, string | null, string | null]> {
  const plans = tasks.map((data) => ({ fields: data.split(',').map((field) => field.trim()) }));
  return compileGanttTasks(plans, { ...iso, ...calendar }).map((task) => [formatLocal(task.start), formatLocal(task.end), formatLocal(task.renderEnd)]);
}

const day = (date: string): string => `${date}T00:00:00`;

describe('start and end', () => {
  it('ends are exclusive: 2023-11-13 to 2023-11-16 is three days', () => {
    expect(dates(['2023-11-13, 2023-11-16'])).toEqual([[day('2023-11-13'), day('2023-11-16'), null]]);
  });

  it('reads start-duration, id-start-end and one-field continuations', () => {
    const tasks = compileGanttTasks([
      { fields: ['2023-11-13', '2d'] },
      { fields: ['build', '2023-11-15', '2023-11-20'] },
      { fields: ['1w'] },
    ], iso);
    expect(tasks.map((task) => [task.id, formatLocal(task.start), formatLocal(task.end)])).toEqual([
      ['task1', day('2023-11-13'), day('2023-11-15')],
      ['build', day('2023-11-15'), day('2023-11-20')],
      ['task2', day('2023-11-20'), day('2023-11-27')],
    ]);
  });

  it('adds durations the way dayjs does, decimals included', () => {
    const start = '2023-11-13 09:00';
    const calendar = { dateFormat: 'YYYY-MM-DD HH:mm' };
    const ends = ['1500ms', '90s', '45m', '2.5h', '1.5d', '0.5w', '1.5M', '1y'].map((duration) => dates([`${start}, ${duration}`], calendar)[0]?.[1]);
    expect(ends).toEqual([
      '2023-11-13T09:00:01', '2023-11-13T09:01:30', '2023-11-13T09:45:00', '2023-11-13T11:30:00',
      // Days and weeks are rounded to whole days; months and years are whole calendar steps.
      '2023-11-15T09:00:00', '2023-11-17T09:00:00', '2023-12-13T09:00:00', '2024-11-13T09:00:00',
    ]);
  });

  it('draws an end it cannot read zero-length', () => {
    const [task] = compileGanttTasks([{ fields: ['2023-11-13', '3 days'] }], iso);
    expect(task?.endReading).toBe('invalid');
    expect(formatLocal(task?.end)).toBe(formatLocal(task?.start));
  });

  it('reads starts it cannot parse through new Date(), ISO dates as UTC', () => {
    const [task] = compileGanttTasks([{ fields: ['2023-02-30', '1d'] }], iso);
    expect(task?.startReading).toBe('fallback');
    expect(formatLocal(task?.start)).toBe(day('2023-03-02'));
  });

  it('fails on a start no parser can read, as mermaid does', () => {
    expect(compileGanttTasks([{ fields: ['2023-13-01', '1d'] }], iso)[0]?.failure).toBe('invalid-start');
    expect(compileGanttTasks([{ fields: ['after 任务', '1d'] }], iso)[0]?.failure).toBe('invalid-start');
  });

  it('fails on a first task without a start, and on more than three fields', () => {
    expect(compileGanttTasks([{ fields: ['2d'] }], iso)[0]?.failure).toBe('no-previous-task');
    expect(compileGanttTasks([{ fields: ['a', '2023-11-13', '2d', '1d'] }], iso)[0]?.failure).toBe('field-count');
    expect(compileGanttTasks([{ fields: [] }], iso)[0]?.failure).toBe('field-count');
  });

  it('reads epoch milliseconds as starts with dateFormat x', () => {
    expect(dates(['1699866000000, 1s'], { dateFormat: 'x' })[0]?.[0]).toBe(formatLocal(new Date(1699866000000)));
  });
});

describe('inclusiveEndDates', () => {
  it('adds a day to end dates, not to durations or until', () => {
    const calendar = { inclusiveEndDates: true };
    expect(dates(['one, 2023-11-13, 2023-11-13', '2023-11-13, 3d', '2023-11-13, until one'], calendar).map((task) => task[1])).toEqual([
      day('2023-11-14'), day('2023-11-16'), day('2023-11-13'),
    ]);
  });
});

describe('excludes and includes', () => {
  const weekends = { excludes: ['weekends'] };

  it('stretches a duration over a weekend, drawing the bar to where the last working stretch ends', () => {
    expect(dates(['2023-11-16, 3d', '2023-11-17, 1d'], weekends)).toEqual([
      [day('2023-11-16'), day('2023-11-21'), day('2023-11-21')],
      [day('2023-11-17'), day('2023-11-20'), day('2023-11-18')],
    ]);
  });

  it('never stretches an explicit YYYY-MM-DD end', () => {
    expect(dates(['2023-11-16, 2023-11-21'], weekends)).toEqual([[day('2023-11-16'), day('2023-11-21'), null]]);
  });

  it('stretches continuations, until and ends in another dateFormat', () => {
    expect(dates(['mon, 2023-11-20, 1d', '2023-11-16, 2d', '1d', '2023-11-17, until mon'], weekends).map((task) => task[1])).toEqual([
      day('2023-11-21'), day('2023-11-20'), day('2023-11-21'), day('2023-11-22'),
    ]);
    expect(dates(['16/11/2023, 20/11/2023'], { ...weekends, dateFormat: 'DD/MM/YYYY' })[0]?.[1]).toBe(day('2023-11-22'));
  });

  it('excludes weekday names and dates, and includes override them', () => {
    expect(dates(['2023-11-20, 4d'], { excludes: ['2023-11-23', 'friday'] })[0]?.[1]).toBe(day('2023-11-26'));
    expect(dates(['2023-11-16, 3d'], { excludes: ['weekends'], includes: ['2023-11-18'] })[0]?.[1]).toBe(day('2023-11-20'));
  });

  it('takes Friday and Saturday as the weekend with weekend friday', () => {
    expect(dates(['2023-11-16, 2d'], { excludes: ['weekends'], weekend: 'friday' })[0]?.[1]).toBe(day('2023-11-20'));
  });

  it('skips the days a chart excludes by day arithmetic exactly as mermaid does with dayjs', () => {
    const charts: ExclusionSettings[] = [
      { dateFormat: 'YYYY-MM-DD', excludes: [], includes: ['2023-11-18'], weekend: 'saturday' },
      { dateFormat: 'YYYY-MM-DD', excludes: ['weekends'], includes: [], weekend: 'saturday' },
      { dateFormat: 'YYYY-MM-DD', excludes: ['weekends', '2024-02-29', 'wednesday'], includes: ['2024-03-02'], weekend: 'friday' },
      { dateFormat: 'DD/MM/YYYY', excludes: ['weekends', '01/03/2024'], includes: ['02/03/2024'], weekend: 'saturday' },
    ];
    for (const chart of charts) {
      for (let offset = 0; offset < 30; offset++) {
        const date = addDaysIso('2024-02-20', offset);
        expect(chartExcludes(chart, date), `${date} in ${JSON.stringify(chart)}`).toBe(isExcludedDay(dayjs(date, 'YYYY-MM-DD', true), chart));
      }
      for (const odd of ['2023-02-30', '0999-01-02', '10000-01-01', 'soon']) {
        expect(chartExcludes(chart, odd), odd).toBe(isExcludedDay(dayjs(odd, 'YYYY-MM-DD', true), chart));
      }
    }
  });

  it('fails when excludes leave no day to end on', () => {
    const everyDay = ['weekends', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
    expect(compileGanttTasks([{ fields: ['2023-11-13', '2d'] }], { ...iso, excludes: everyDay })[0]?.failure).toBe('endless-exclusion');
  });
});

describe('after, until and ids', () => {
  it('starts after the latest of its ids and ends at the earliest start of its until ids', () => {
    expect(dates(['a, 2023-11-13, 2d', 'b, 2023-11-14, 3d', 'after a b, until c', 'c, 2023-11-25, 1d', 'd, 2023-11-22, 1d', '2023-11-13, until c d'])
      .map((task) => [task[0], task[1]])).toEqual([
      [day('2023-11-13'), day('2023-11-15')],
      [day('2023-11-14'), day('2023-11-17')],
      [day('2023-11-17'), day('2023-11-25')],
      [day('2023-11-25'), day('2023-11-26')],
      [day('2023-11-22'), day('2023-11-23')],
      [day('2023-11-13'), day('2023-11-22')],
    ]);
  });

  it('resolves forward references in later passes', () => {
    expect(dates(['x, after y, 1d', 'y, after z, 2d', 'z, 2023-11-13, 1d']).map((task) => task[0])).toEqual([
      day('2023-11-16'), day('2023-11-14'), day('2023-11-13'),
    ]);
  });

  it('lets the last definition of a repeated id win, even for tasks written before it', () => {
    expect(dates(['spec, 2023-11-01, 3d', 'after spec, 2d', 'spec, 2023-11-20, 1w']).map((task) => task[0])).toEqual([
      day('2023-11-01'), day('2023-11-27'), day('2023-11-20'),
    ]);
  });

  it('uses today for an unknown id, and notes it', () => {
    const [task] = compileGanttTasks([{ fields: ['after nope', '2d'] }], iso);
    expect([formatLocal(task?.start), formatLocal(task?.end)]).toEqual([day('2023-11-12'), day('2023-11-14')]);
    expect(task?.references).toEqual([{ keyword: 'after', read: 'after nope', ids: ['nope'], unknownIds: ['nope'] }]);
  });

  it('never finds `__proto__`, which mermaid cannot store as an id', () => {
    expect(dates(['__proto__, 2023-11-01, 1d', 'after __proto__, 1d'])[1]?.[0]).toBe(day('2023-11-12'));
  });

  it('reads ids only as far as ASCII letters, digits, `_` and `-` go', () => {
    const [, task] = compileGanttTasks([{ fields: ['k1', '2023-11-01', '1d'] }, { fields: ['after k1.2', '1d'] }], iso);
    expect(task?.references[0]).toMatchObject({ read: 'after k1', ids: ['k1'], unknownIds: [] });
  });

  it('leaves circular references without dates', () => {
    expect(dates(['a, after b, 1d', 'b, after a, 1d'])).toEqual([[null, null, null], [null, null, null]]);
  });
});

describe('local time', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('adds hours as elapsed time and days as calendar days across a DST change', () => {
    process.env.TZ = 'America/New_York';
    const calendar = { dateFormat: 'YYYY-MM-DD HH:mm' };
    expect(dates(['2023-03-11 22:00, 6h', '2023-03-11 12:00, 1d'], calendar).map((task) => task[1])).toEqual([
      '2023-03-12T05:00:00', '2023-03-12T12:00:00',
    ]);
  });
});

describe('helpers', () => {
  it('reads durations as mermaid does', () => {
    expect(parseDuration('1.5d')).toEqual([1.5, 'd']);
    expect(parseDuration(' 10ms ')).toEqual([10, 'ms']);
    expect(parseDuration('2M')).toEqual([2, 'M']);
    expect(['3 days', '2D', '.5d', '-1d', 'd'].map(parseDuration)).toEqual([null, null, null, null, null]);
  });

  it('checks dates strictly against the dateFormat', () => {
    expect(readsAsDate('2023-11-13', 'YYYY-MM-DD')).toBe(true);
    expect(readsAsDate('2023-2-3', 'YYYY-MM-DD')).toBe(false);
    expect(readsAsDate('2023-02-30', 'YYYY-MM-DD')).toBe(false);
    expect(readsAsDate('13/11/2023', ' DD/MM/YYYY ')).toBe(true);
  });

  it('merges excludes lists lower-cased, split at spaces and commas', () => {
    expect(mergeDayList(['weekends'], 'Weekends, 2023-11-20  Friday')).toEqual(['weekends', '2023-11-20', 'friday']);
  });

  it('writes local date-times, and null for missing or invalid dates', () => {
    expect(formatLocal(new Date(2023, 10, 13, 9, 5, 7))).toBe('2023-11-13T09:05:07');
    expect(formatLocal(new Date(Number.NaN))).toBeNull();
    expect(formatLocal(undefined)).toBeNull();
  });

  it('writes a date-time as dayjs formats it, in years of any width', () => {
    const local = (year: number): Date => {
      const date = new Date(2000, 0, 2, 3, 4, 5);
      date.setFullYear(year);
      return date;
    };
    for (const date of [new Date(2023, 10, 13, 23, 59, 59), local(7), local(999), local(0), local(-44), local(12345)]) {
      expect(formatLocal(date)).toBe(dayjs(date).format('YYYY-MM-DDTHH:mm:ss'));
    }
  });
});
