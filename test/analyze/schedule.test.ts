import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../src/analyze/findings.js';
import { createContext, runRules, scheduleAnalyses } from '../../src/analyze/index.js';
import type { Rule } from '../../src/analyze/rule.js';
import { calendarUnknownYear } from '../../src/analyze/rules/calendar-unknown-year.js';
import { scheduleDaysMismatch } from '../../src/analyze/rules/schedule-days-mismatch.js';
import { scheduleDrift } from '../../src/analyze/rules/schedule-drift.js';
import { scheduleImplausibleRange } from '../../src/analyze/rules/schedule-implausible-range.js';
import { scheduleNonWorkingDay } from '../../src/analyze/rules/schedule-non-working-day.js';
import { scheduleOverAllocation } from '../../src/analyze/rules/schedule-over-allocation.js';
import { scheduleOverlap } from '../../src/analyze/rules/schedule-overlap.js';
import { readEmbedded } from '../../src/analyze/schedule/embedded.js';
import { loadCharts } from '../../src/analyze/schedule/load.js';
import { projectKey } from '../../src/analyze/schedule/names.js';
import { countWorkingDays } from '../../src/calendar/working-days.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { resolveConfig, validateConfig } from '../../src/config/validate.js';
import type { WorklogConfig } from '../../src/model/config.js';
import type { AnalysisRuleId } from '../../src/model/finding-data.js';
import { parseLog } from '../../src/parse/log.js';
import { fixturesDir, parseFixture, referenceLog } from '../helpers.js';

const contextOf = (path: string, config: WorklogConfig = defaultConfig) => createContext([parseFixture(path)], config);
const fixture = (name: string) => join(fixturesDir, 'schedule', name);
const run = <Id extends AnalysisRuleId>(context: ReturnType<typeof contextOf>, rule: Rule<Id>) => findingsOf(runRules(context, [rule], false), rule.id);
const reference = contextOf(referenceLog);

describe('schedule of the reference log', () => {
  it('finds one overlap in the staffing table: 张迪 on 2023-11-17 and 2023-11-20', () => {
    const table = run(reference, scheduleOverlap).filter((finding) => finding.data.plan?.kind === 'table');
    expect(table.map((finding) => finding.data)).toEqual([
      {
        person: '张迪', days: ['2023-11-17', '2023-11-20'], tasks: ['小米风控桩点更新', 'AWS主链路验证'], plan: { kind: 'table', line: 63 },
        pairs: [{ tasks: ['小米风控桩点更新', 'AWS主链路验证'], days: ['2023-11-17', '2023-11-20'], lines: [66, 68] }], pairCount: 1,
      },
    ]);
  });

  it('finds seven overlapping pairs in the gantt chart, eight in all, one finding per person and plan, none for 杨桂明 or 张明彩', () => {
    const findings = run(reference, scheduleOverlap);
    expect(findings).toHaveLength(5);
    expect(findings.reduce((sum, finding) => sum + finding.data.pairCount, 0)).toBe(8);
    const chart = findings.filter((finding) => finding.data.plan?.kind === 'gantt').map((finding) => finding.data);
    const qiao = chart.find((data) => data.person === '乔宇');
    expect(qiao?.pairs.map((pair) => pair.tasks)).toEqual([
      ['支付+退款(主）', 'AWS主链路验证'],
      ['AWS主链路验证', '【Sofipo】Sofipo bankstatement 银行对账'],
      ['【Sofipo】Sofipo bankstatement 银行对账', 'PM验收'],
    ]);
    expect(qiao?.pairs[0]?.days).toEqual(['2023-11-06', '2023-11-07', '2023-11-08', '2023-11-09']);
    expect(qiao?.pairs[2]?.days).toEqual(['2023-11-20', '2023-11-21', '2023-11-22', '2023-11-23']);
    expect(qiao?.days).toHaveLength(12);
    expect(chart.filter((data) => data.person === '王健').map((data) => data.pairCount)).toEqual([1]);
    expect(chart.filter((data) => data.person === '顾畅').map((data) => data.pairCount)).toEqual([2]);
    expect(chart.filter((data) => data.person === '张迪').map((data) => [data.days, data.tasks])).toEqual([
      [['2023-11-17'], ['AWS主链路验证', '[WEB收银台] 小米风控桩点更新']],
    ]);
    expect(findings.filter((finding) => ['杨桂明', '张明彩'].includes(finding.data.person))).toEqual([]);
  });

  it('finds 张迪 over-allocated, 21 booked in a cycle of 20, and nobody else', () => {
    expect(run(reference, scheduleOverAllocation).map((finding) => finding.data)).toEqual([
      { person: '张迪', booked: 21, capacity: 20, rows: [65, 66, 67, 68] },
    ]);
  });

  it('finds one days mismatch: 张迪 AWS主链路验证, 7 stated, 8 working days', () => {
    expect(run(reference, scheduleDaysMismatch).map((finding) => finding.data)).toEqual([
      { person: '张迪', project: 'AWS主链路验证', stated: 7, workdays: 8, start: '2023-11-15', end: '2023-11-24' },
    ]);
  });

  it('finds the table and the chart drifting apart, explaining mermaid’s exclusive end', () => {
    const drifts = run(reference, scheduleDrift);
    const pairs = drifts.map((finding) => [finding.data.person, finding.data.project]);
    expect(pairs).toEqual(expect.arrayContaining([
      ['张迪', '资金对账'], ['张迪', '结算对账'], ['乔宇', 'AWS主链路验证'], ['杨桂明', '处罚中心'], ['张迪', '小米风控桩点更新'],
    ]));
    const xiaomi = drifts.find((finding) => finding.data.project === '小米风控桩点更新');
    expect(xiaomi?.message).toContain("the chart drops Monday 2023-11-20 because mermaid's end date is exclusive");
    expect(xiaomi?.message).toContain('write 2023-11-21 as the task\'s end, or add `inclusiveEndDates`');
    expect(xiaomi?.data).toMatchObject({ table: { start: '2023-11-17', end: '2023-11-20' }, chart: { start: '2023-11-17', end: '2023-11-17' }, exclusiveEnd: '2023-11-20' });
    expect(drifts.find((finding) => finding.data.project === '资金对账')?.data.exclusiveEnd).toBeNull();
  });

  it('has no non-working-day problem and no year the calendar lacks', () => {
    expect(run(reference, scheduleNonWorkingDay)).toEqual([]);
    expect(run(reference, calendarUnknownYear)).toEqual([]);
  });

  it('charts each person’s load: 张迪 double-booked on 11-17 and 11-20 in the table', () => {
    const [table] = loadCharts(reference.schedule, reference.calendar);
    expect(table?.days).toHaveLength(20);
    const zhang = table?.rows.find((row) => row.person === '张迪');
    const over = zhang?.load.flatMap((count, index) => (count > 1 ? [table?.days[index]] : []));
    expect(over).toEqual(['2023-11-17', '2023-11-20']);
    expect(zhang?.booked).toBe(20);
  });
});

describe('a consistent plan', () => {
  const context = contextOf(fixture('consistent.md'));
  it.each(scheduleAnalyses.map((rule) => [rule.id, rule] as const))('%s finds nothing', (_id, rule) => {
    expect(run(context, rule)).toEqual([]);
  });
});

describe('holidays and make-up days (China, National Day 2023)', () => {
  const china = contextOf(fixture('national-day.md'));

  it('counts make-up days as working days and holidays as days off', () => {
    const mismatches = run(china, scheduleDaysMismatch).map((finding) => [finding.data.project, finding.data.stated, finding.data.workdays]);
    expect(mismatches).toEqual([['值班', 1, 0], ['巡检', 3, 5]]);
    expect(run(china, scheduleDaysMismatch)[1]?.message).toContain('including 2023-10-07 (补班 国庆节), 2023-10-08 (补班 国庆节)');
  });

  it('names the kind of day a period starts or ends on', () => {
    expect(run(china, scheduleNonWorkingDay).map((finding) => finding.message)).toEqual([
      '乔宇 `值班`: the period `10.1` falls on 2023-10-01 (法定假日 国庆节)',
      '顾畅 `复盘`: the period `10.12-10.14` ends on 2023-10-14 (周末)',
    ]);
  });

  it('counts weekdays only when the official calendar is turned off', () => {
    const plain = contextOf(fixture('national-day.md'), { ...defaultConfig, calendar: { china: false, holidays: [], workdays: [] } });
    const mismatches = run(plain, scheduleDaysMismatch).map((finding) => [finding.data.project, finding.data.workdays]);
    expect(mismatches).toEqual([['节后回归', 8], ['值班', 0]]);
  });
});

describe('a cycle across the year end', () => {
  const context = contextOf(fixture('cross-year.md'));

  it('resolves periods into the next year and counts New Year’s Day off', () => {
    expect(run(context, scheduleDaysMismatch)).toEqual([]);
    expect(context.schedule.bookings.find((booking) => booking.project === 'Refund API' && booking.source === 'table')).toMatchObject({
      start: '2023-12-27', end: '2024-01-05', days: ['2023-12-27', '2023-12-28', '2023-12-29', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05'],
    });
  });

  it('finds the overlap on 2023-12-28 once, in the table that the chart draws again, and Ana over-allocated', () => {
    expect(run(context, scheduleOverlap).map((finding) => [finding.data.days, finding.data.plan?.kind, finding.data.restatedIn])).toEqual([
      [['2023-12-28'], 'table', [{ kind: 'gantt', line: 13 }]],
    ]);
    expect(run(context, scheduleOverAllocation).map((finding) => finding.data)).toEqual([{ person: 'Ana', booked: 10, capacity: 9, rows: [8, 9, 10] }]);
    expect(run(context, scheduleDrift)).toEqual([]);
  });
});

describe('weekend edges', () => {
  it('flags staffing periods that begin or end on a weekend and gantt tasks that start on one', () => {
    const context = contextOf(fixture('weekend-edges.md'));
    expect(run(context, scheduleNonWorkingDay).map((finding) => [finding.line, finding.data.date, finding.data.edge])).toEqual([
      [7, '2023-11-11', 'start'],
      [8, '2023-11-26', 'end'],
      [14, '2023-11-18', 'start'],
    ]);
  });
});

describe('calendar/unknown-year', () => {
  it('warns when a plan reaches a year the official calendar does not cover', () => {
    const findings = run(contextOf(fixture('next-year.md')), calendarUnknownYear);
    expect(findings.map((finding) => finding.data)).toEqual([{ years: [2027], covered: { first: 2004, last: 2026 } }]);
  });

  it('is silent without the official calendar', () => {
    const plain = { ...defaultConfig, calendar: { china: false, holidays: [], workdays: [] } };
    expect(run(contextOf(fixture('next-year.md'), plain), calendarUnknownYear)).toEqual([]);
  });
});

describe('people and sections from the configuration', () => {
  const config = resolveConfig(validateConfig(JSON.parse(readFileSync(fixture('aliases.config.json'), 'utf8')), 'aliases.config.json'), null);

  it('matches a person by their other names', () => {
    const context = contextOf(fixture('aliases.md'), config);
    expect(run(context, scheduleOverlap).map((finding) => finding.data.person)).toEqual(['张迪']);
    expect(run(contextOf(fixture('aliases.md')), scheduleOverlap)).toEqual([]);
  });

  it('books nobody from a section when sections are not people', () => {
    const context = contextOf(referenceLog, { ...defaultConfig, staffing: { headers: {}, sectionIsPerson: false } });
    const people = new Set(context.schedule.bookings.filter((booking) => booking.source !== 'table').map((booking) => booking.person));
    expect(people).toEqual(new Set(['张迪', '跃雄', '凤霞']));
  });
});

describe('names', () => {
  it.each([
    ['[客资]资金对账', '资金对账'],
    ['【巴西】处罚中心', '处罚中心'],
    ['支付+退款(主）', '支付+退款'],
    ['[WEB收银台] 小米风控桩点更新', '小米风控桩点更新'],
    ['ＡＷＳ 主链路验证', 'aws主链路验证'],
    ['【支援】', '【支援】'],
  ])('%s compares as %s', (name, key) => {
    expect(projectKey(name)).toBe(key);
  });

  it('reads people embedded in a task name with their ranges, and not tags', () => {
    expect(readEmbedded('AWS主链路验证【张迪（13-24）、跃雄（13-17）、凤霞（13-17）】')).toEqual({
      project: 'AWS主链路验证',
      people: [{ person: '张迪', period: '13-24' }, { person: '跃雄', period: '13-17' }, { person: '凤霞', period: '13-17' }],
    });
    expect(readEmbedded('【巴西】处罚中心')).toBeNull();
    expect(readEmbedded('Rollout [Ana (1/8-1/12), Bo (1/10-1/12)]')?.people).toHaveLength(2);
  });
});

describe('ranges too long, or too far out, to be plans', () => {
  const implausible = (context: ReturnType<typeof contextOf>) => run(context, scheduleImplausibleRange).map((finding) => finding.data);
  const withHorizon = (horizonYears: number): WorklogConfig => ({ ...defaultConfig, limits: { ...defaultConfig.limits, horizonYears } });
  const logOf = (text: string) => createContext([parseLog(text, { file: 'plan.md' })], defaultConfig);

  it('reports a cycle ending 9999-12-31 once, still books its rows, and charts nothing', () => {
    const context = contextOf(fixture('endless-cycle.md'));
    expect(implausible(context)).toEqual([
      { source: 'cycle', problem: 'longer-than-horizon', start: '2023-11-06', end: '9999-12-31', horizonYears: 5, person: null, project: null },
    ]);
    expect(context.schedule.bookings.map((booking) => [booking.project, booking.start, booking.end])).toEqual([
      ['资金对账', '2023-11-06', '2023-11-10'], ['结算对账', '2023-11-13', '2023-11-17'], ['处罚中心', '2023-11-06', '2023-11-17'],
    ]);
    expect(loadCharts(context.schedule, context.calendar)).toEqual([]);
  });

  it('books nothing for a task past year 9999, and says so', () => {
    const context = contextOf(fixture('past-9999.md'));
    expect(implausible(context).map((data) => [data.problem, data.start, data.end])).toEqual([
      ['past-9999', '9999-12-20', '10000-01-19'], ['past-9999', '9999-12-31', '10000-01-02'], ['past-9999', '10000-01-02', '10000-01-04'],
    ]);
    expect(context.schedule.bookings.map((booking) => booking.project)).toEqual(['结算对账']);
  });

  it('takes the horizon from the configuration, and charts a long plan by its first year', () => {
    const context = createContext([parseFixture(fixture('four-centuries.md'))], withHorizon(500));
    expect(implausible(context)).toEqual([]);
    const [chart] = loadCharts(context.schedule, context.calendar);
    expect(chart?.clipped).toBe(true);
    expect(chart?.days[0]).toBe('2023-11-06');
    expect(chart?.days.at(-1)).toBe('2024-11-05');
  });

  it('counts a long overlap without listing its days, and gives its runs', () => {
    const context = logOf([
      '# 2023-11-12', '', '## 排期（2023-01-02 ~ 2026-12-31）', '',
      '|项目|人员|时间周期|', '| -- | -- | -- |', '|账务|张迪|2023-01-02 ~ 2025-12-31|', '|风控|张迪|2024-06-03 ~ 2026-12-31|', '',
    ].join('\n'));
    const [finding] = run(context, scheduleOverlap);
    expect(finding?.data.days).toEqual([]);
    expect(finding?.data.longOverlap?.workdays).toBe(countWorkingDays('2024-06-03', '2025-12-31', context.calendar));
    expect(finding?.data.longOverlap?.runs[0]).toEqual({ start: '2024-06-03', end: '2025-12-31' });
    expect(finding?.message).toContain('2024-06-03 – 2025-12-31');
  });

  it('reports a chart whose short tasks lie years apart, and does not chart it', () => {
    const context = logOf([
      '# 2023-11-12', '', '```mermaid', 'gantt', '    dateFormat YYYY-MM-DD', 'section 张迪',
      '    账务 :2023-11-13, 3d', '    风控 :6023-11-13, 3d', '```', '',
    ].join('\n'));
    expect(implausible(context)).toMatchObject([{ source: 'chart', start: '2023-11-13', end: '6023-11-15' }]);
    expect(context.schedule.bookings).toHaveLength(2);
    expect(loadCharts(context.schedule, context.calendar)).toEqual([]);
    expect(run(context, calendarUnknownYear)).toEqual([]);
  });
});
