import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../src/analyze/findings.js';
import { createContext, runRules } from '../../src/analyze/index.js';
import { scheduleNonWorkingDay } from '../../src/analyze/rules/schedule-non-working-day.js';
import { scheduleOverlap } from '../../src/analyze/rules/schedule-overlap.js';
import { findConflicts, pairLimit } from '../../src/analyze/schedule/conflicts.js';
import { embeddedPeriod, readEmbedded } from '../../src/analyze/schedule/embedded.js';
import { loadCharts } from '../../src/analyze/schedule/load.js';
import { foldName, spellingResolver } from '../../src/analyze/schedule/names.js';
import { readsAsPersonName } from '../../src/analyze/schedule/person-names.js';
import { sectionsThatArePeople } from '../../src/analyze/schedule/sections.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { WorklogConfig } from '../../src/model/config.js';
import type { GanttChart } from '../../src/model/gantt.js';
import type { Booking, Schedule } from '../../src/model/schedule.js';
import { nobodyBooked } from '../../src/render/schedule-view.js';
import { fixturesDir, parseFixture } from '../helpers.js';

const fixture = (name: string) => join(fixturesDir, 'schedule', name);
const withSections = (config: Partial<WorklogConfig['staffing']>): WorklogConfig => ({ ...defaultConfig, staffing: { ...defaultConfig.staffing, ...config } });
const contextOf = (name: string, config: WorklogConfig = defaultConfig, today?: string) =>
  createContext([parseFixture(fixture(name), today ? { today } : {})], config);
const overlaps = (context: ReturnType<typeof contextOf>) => findingsOf(runRules(context, [scheduleOverlap], false), 'schedule/overlap');
const bookedPeople = (context: ReturnType<typeof contextOf>) => [...new Set(context.schedule.bookings.map((booking) => booking.person))];

describe('whether a name reads as a person', () => {
  it.each(['张迪', '李娜', '王磊', '杨桂明', '孙浩然', '欧阳娜娜', '蒋一凡', '凤霞', 'Lena', 'Marco', 'Priya', 'Lena Park'])('reads %s as a person', (name) => {
    expect(readsAsPersonName(name)).toBe(true);
  });

  it.each([
    // Phases and streams, dictionary words that start with a surname (王者, 高可用), and month or verb given names.
    '测试', '开发', '上线', '需求', '联调', '王者', '高可用', '白名单', '商城', '余额', '后端', '里程碑', '第一阶段',
    'Backend', 'Milestones', 'QA', 'Design', 'Mark', 'June', 'May', 'Will', 'Phase 1 — Foundations', 'Tasks', 'Breaks', '下午',
  ])('does not read %s as a person', (name) => {
    expect(readsAsPersonName(name)).toBe(false);
  });

  it('leaves given names without a surname (跃雄, 思远) to the chart or the staffing table', () => {
    expect(readsAsPersonName('跃雄')).toBe(false);
    expect(readsAsPersonName('思远')).toBe(false);
  });
});

describe('which sections are people', () => {
  const chartOf = (sections: string[]): GanttChart => {
    const chart = parseFixture(fixture('mixed-majority.md')).gantts[0];
    if (!chart) throw new Error('no chart');
    return { ...chart, tasks: sections.map((section, index) => ({ ...chart.tasks[0], section, line: index + 1 } as GanttChart['tasks'][number])) };
  };
  const options = { setting: 'auto' as const, known: new Set<string>(), person: (name: string) => name };

  it('takes all sections when most read as people, and none when most do not', () => {
    expect(sectionsThatArePeople(chartOf(['王磊', '陈静', '佳骐']), options)).toEqual(new Set(['王磊', '陈静', '佳骐']));
    expect(sectionsThatArePeople(chartOf(['开发', '测试', '张伟']), options)).toEqual(new Set());
    // Half is not most.
    expect(sectionsThatArePeople(chartOf(['张伟', '开发']), options)).toEqual(new Set());
  });

  it('takes the sections the staffing table names, even when the chart is mostly phases', () => {
    const known = new Set(['佳骐', '文博']);
    expect(sectionsThatArePeople(chartOf(['佳骐', '文博', '思远']), { ...options, known })).toEqual(new Set(['佳骐', '文博', '思远']));
    expect(sectionsThatArePeople(chartOf(['开发', '测试', '上线', '佳骐']), { ...options, known })).toEqual(new Set(['佳骐']));
  });

  it('follows staffing.sectionIsPerson when it is true or false', () => {
    expect(sectionsThatArePeople(chartOf(['Backend', 'QA']), { ...options, setting: true })).toEqual(new Set(['Backend', 'QA']));
    expect(sectionsThatArePeople(chartOf(['Marco', 'Lena']), { ...options, setting: false })).toEqual(new Set());
  });
});

describe('who a chart books', () => {
  it('books nobody from phase sections, in Chinese and English, and the load chart says why', () => {
    for (const name of ['phase-sections-zh.md', 'phase-sections-en.md']) {
      const context = contextOf(name);
      expect(context.schedule.bookings).toEqual([]);
      const [chart] = loadCharts(context.schedule, context.calendar);
      expect(chart?.rows).toEqual([]);
      expect(chart && nobodyBooked(chart)).toMatch(/^Books nobody: its sections read as phases/);
    }
  });

  it('names no phase as the person of a task starting on a holiday', () => {
    const [finding] = findingsOf(runRules(contextOf('phase-sections-zh.md'), [scheduleNonWorkingDay], false), 'schedule/non-working-day');
    expect(finding?.message).toBe('`功能测试` starts on 2024-05-03 (调休休息 劳动节)');
    expect(finding?.data.person).toBe('');
  });

  it('books the @owners of a component chart, never its components', () => {
    expect(bookedPeople(contextOf('components-owners.md'))).toEqual(['omar', 'ana', 'jun', 'lena']);
    expect(overlaps(contextOf('components-owners.md')).map((finding) => finding.data.person)).toEqual(['jun']);
  });

  it('books given-name sections when most of the chart reads as people', () => {
    expect(overlaps(contextOf('given-names.md')).map((finding) => finding.data.person)).toEqual(['跃雄']);
    expect(overlaps(contextOf('mixed-majority.md')).map((finding) => finding.data.person)).toEqual(['佳骐']);
  });

  it('books sections the staffing table names', () => {
    expect(bookedPeople(contextOf('staffing-named.md'))).toEqual(['佳骐', '文博', '思远']);
  });

  it('books every section with sectionIsPerson: true, and only the @owners with false', () => {
    expect(overlaps(contextOf('section-is-person-true.md', withSections({ sectionIsPerson: true }))).map((finding) => finding.data.person)).toEqual(['Backend']);
    expect(overlaps(contextOf('section-is-person-true.md')).map((finding) => finding.data.person)).toEqual([]);
    const owners = contextOf('section-is-person-false.md', withSections({ sectionIsPerson: false }));
    expect(bookedPeople(owners)).toEqual(['lena', 'priya']);
    expect(overlaps(owners).map((finding) => finding.data.person)).toEqual(['priya']);
    expect(overlaps(contextOf('section-is-person-false.md')).map((finding) => finding.data.person).sort()).toEqual(['Marco', 'priya']);
  });

  it('books people embedded in a phase chart: 【张迪（11-13-11-17）】 ranges, bare 【蒋一凡】, and @kwame', () => {
    const context = contextOf('embedded-phase.md');
    expect(bookedPeople(context)).toEqual(['张迪', '程曦', '蒋一凡', 'kwame']);
    const zhang = context.schedule.bookings.filter((booking) => booking.person === '张迪').map((booking) => [booking.start, booking.end]);
    expect(zhang).toEqual([['2023-11-13', '2023-11-17'], ['2023-11-16', '2023-11-20']]);
    expect(overlaps(context).map((finding) => [finding.data.person, finding.data.days])).toEqual([
      ['张迪', ['2023-11-16', '2023-11-17']],
      ['kwame', ['2023-11-22', '2023-11-23']],
    ]);
  });

  it('reads month-day pairs written with hyphens only', () => {
    expect(embeddedPeriod('11-13-11-24')).toBe('11/13-11/24');
    expect(embeddedPeriod('13-24')).toBe('13-24');
    expect(readEmbedded('【R3】商品批量导入接口【王磊（11-10-11-14）】')?.people).toEqual([{ person: '王磊', period: '11-10-11-14' }]);
  });

  it('spells a chart\'s @tomas as the table\'s Tomás', () => {
    expect(foldName('Tomás')).toBe(foldName('@tomas'.slice(1)));
    const spelled = spellingResolver((name) => name.trim(), ['Tomás', 'Kwame']);
    expect([spelled('tomas'), spelled('kwame'), spelled('lena')]).toEqual(['Tomás', 'Kwame', 'lena']);
  });
});

describe('when two bookings clash', () => {
  it('takes a day planner\'s hand-offs as hand-offs, and reports the one real clash', () => {
    const [finding, ...rest] = overlaps(contextOf('day-planner.md'));
    expect(rest).toEqual([]);
    expect(finding?.data).toMatchObject({ person: 'lena', tasks: ['Pairing', 'Interview'], days: ['2023-11-13'], pairCount: 1 });
    expect(finding?.data.pairs[0]?.times).toEqual({ start: '2023-11-13T11:00:00', end: '2023-11-13T11:30:00' });
    expect(finding?.message).toBe('lena is booked on `Pairing` and `Interview` on 1 working day: 2023-11-13, 11:00–11:30 (gantt chart)');
  });

  it('dates an HH:mm chart on the chart\'s today, and finds the same clash there', () => {
    const context = contextOf('day-planner-hh-mm.md', defaultConfig, '2023-11-13');
    expect(context.schedule.bookings.find((booking) => booking.project === 'Interview')?.times).toEqual({ start: '2023-11-13T11:00:00', end: '2023-11-13T11:30:00' });
    expect(overlaps(context).map((finding) => [finding.data.person, finding.data.tasks])).toEqual([['lena', ['Pairing', 'Interview']]]);
  });

  it('groups a person\'s pairs into one finding, lists at most 100, and names the longest pair and the total', () => {
    const [many, one] = overlaps(contextOf('many-pairs.md'));
    expect(many?.data.person).toBe('林晓东');
    expect(many?.data.pairs).toHaveLength(100);
    expect(many?.data.pairCount).toBe(105);
    expect(many?.data.pairs[0]).toEqual({ tasks: ['券包发放', '满减规则'], days: ['2023-11-13', '2023-11-14', '2023-11-15'], lines: [11, 12] });
    expect(many?.message).toBe('林晓东 is booked on two projects at once in more than 100 pairs, on 5 working days in all (gantt chart); '
      + 'the longest: `券包发放` and `秒杀库存` on 5 working days: 2023-11-13 – 2023-11-17');
    expect(one?.data).toMatchObject({ person: '郑雨桐', pairCount: 1, pairs: [{ tasks: ['商城前台大促', '自动化迁移'], lines: [27, 28] }] });
  });
});

describe('findConflicts', () => {
  const booking = (project: string, days: string[], times: [string, string] | null = null): Booking => ({
    person: 'lena', project, key: project, source: 'gantt', plan: 0, start: days[0] ?? '', end: days.at(-1) ?? '', days, stated: null,
    exclusiveEnd: null, times: times ? { start: `${days[0]}T${times[0]}:00`, end: `${days[0]}T${times[1]}:00` } : null, file: 'log.md', line: 1, column: 1,
  });
  const schedule = (...bookings: Booking[]): Schedule => ({ plans: [{ kind: 'gantt', file: 'log.md', line: 1, title: null, start: null, end: null, capacity: null }], bookings, implausible: [] });
  const pairsOf = (...bookings: Booking[]) => findConflicts(schedule(...bookings)).flatMap((conflict) => conflict.pairs.map((pair) => pair.days));

  it('takes whole-day tasks on the same working day as a clash, and tasks on following days as a hand-off', () => {
    expect(pairsOf(booking('a', ['2023-11-16', '2023-11-17']), booking('b', ['2023-11-17', '2023-11-20']))).toEqual([['2023-11-17']]);
    expect(pairsOf(booking('a', ['2023-11-16', '2023-11-17']), booking('b', ['2023-11-20']))).toEqual([]);
  });

  it('takes timed tasks that only touch as a hand-off, and ones whose times intersect as a clash', () => {
    const day = ['2023-11-13'];
    expect(pairsOf(booking('a', day, ['10:00', '10:30']), booking('b', day, ['10:30', '11:00']))).toEqual([]);
    expect(pairsOf(booking('a', day, ['10:00', '10:31']), booking('b', day, ['10:30', '11:00']))).toEqual([day]);
    // A whole-day task holds the whole day, whatever the other's times.
    expect(pairsOf(booking('a', day), booking('b', day, ['18:00', '19:00']))).toEqual([day]);
  });

  it('counts every pair but lists at most the limit', () => {
    const many = Array.from({ length: 16 }, (_, index) => booking(`task ${index}`, ['2023-11-13']));
    const [conflict] = findConflicts(schedule(...many));
    expect(conflict?.pairs).toHaveLength(pairLimit);
    expect(conflict?.pairCount).toBe(120);
  });
});
