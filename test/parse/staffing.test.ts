import { describe, expect, it } from 'vitest';
import { classifyHeaders, defaultHeaderAliases, isStaffingTable, withExtraHeaders } from '../../src/parse/staffing-headers.js';
import { isMeetingTable, isTimeOfDay } from '../../src/parse/meeting-tables.js';
import { findCapacity, readCycle, splitPeople } from '../../src/parse/staffing.js';
import { weekdaysOnly } from '../../src/calendar/working-days.js';

describe('staffing headers', () => {
  it.each([
    [['项目', '天数', '人员', '时间周期'], ['project', 'days', 'person', 'period']],
    [['Owner', 'Task', 'Effort', 'Dates'], ['person', 'project', 'days', 'period']],
    [['**任务**', '负责人', '工期(天)', '开始日期', '结束日期'], ['project', 'person', 'days', 'start', 'end']],
    [['Assignee', 'Due Date', 'Task'], ['person', 'end', 'project']],
    // `Name` is the task's name beside an owner column, and the person without one.
    [['Name', 'Owner', 'Start', 'End', 'Est'], ['project', 'person', 'start', 'end', 'days']],
    [['Name', 'Project', 'Dates'], ['person', 'project', 'period']],
    [['Name', 'Task', 'Owner', 'Dates'], [null, 'project', 'person', 'period']],
    [['任务名称', '负责人', '开始时间', '结束时间', '人天'], ['project', 'person', 'start', 'end', 'days']],
    // The task beats the project group it belongs to, wherever it stands.
    [['项目', '子任务', '负责人', '周期', '人天'], [null, 'project', 'person', 'period', 'days']],
    [['阶段', '任务', '开始时间', '结束时间', '负责人', '人天'], [null, 'project', 'start', 'end', 'person', 'days']],
    [['事项', '执行人', '周期'], ['project', 'person', 'period']],
    [['Workstream', 'Assignee', 'Dates', 'Effort'], ['project', 'person', 'period', 'days']],
    [['Work item', 'Owner', 'Start', 'End', 'Days'], ['project', 'person', 'start', 'end', 'days']],
    [['Task name', 'Owner', 'Period'], ['project', 'person', 'period']],
    [['Deliverable', 'Owner', 'Due'], ['project', 'person', 'end']],
    [['Stream', 'Owner', 'Period', 'Status', 'Notes'], ['project', 'person', 'period', null, null]],
  ])('%j', (headers, columns) => {
    expect(classifyHeaders(headers, defaultHeaderAliases)).toEqual(columns);
  });

  it('lets a configured name join a column after the built-in ones', () => {
    const aliases = withExtraHeaders({ person: ['干活的人'], project: ['活儿'] });
    expect(classifyHeaders(['活儿', '干活的人', '时间'], aliases)).toEqual(['project', 'person', 'period']);
    expect(classifyHeaders(['活儿', '任务', '干活的人', '时间'], aliases)).toEqual([null, 'project', 'person', 'period']);
  });

  it('needs a person and a period or a start', () => {
    expect(isStaffingTable(classifyHeaders(['系统', '负责人'], defaultHeaderAliases))).toBe(false);
    expect(isStaffingTable(classifyHeaders(['项目', '时间周期'], defaultHeaderAliases))).toBe(false);
    expect(isStaffingTable(classifyHeaders(['负责人', '开始'], defaultHeaderAliases))).toBe(true);
  });
});

describe('capacity', () => {
  it.each([
    ['本周期20天', 20],
    ['周期共 18 个工作日', 18],
    ['Capacity: 15 working days', 15],
    ['capacity 12', 12],
    ['This sprint has 9 working days', 9],
    ['本周期２０天', 20],
  ])('%s → %d', (text, capacity) => {
    expect(findCapacity(text)).toBe(capacity);
  });

  it.each(['商账户人力排期（11.06-12.01）', '预计20天完成'])('%s states none', (text) => {
    expect(findCapacity(text)).toBeNull();
  });
});

describe('splitPeople', () => {
  it('splits on Chinese and English separators', () => {
    expect(splitPeople('张迪、跃雄')).toEqual(['张迪', '跃雄']);
    expect(splitPeople('Ana / Bo, Chen and Dee')).toEqual(['Ana', 'Bo', 'Chen', 'Dee']);
    expect(splitPeople('')).toEqual([]);
    expect(splitPeople('柯俊、温馨')).toEqual(['柯俊', '温馨']);
    expect(splitPeople('Ana<br>Tomás')).toEqual(['Ana', 'Tomás']);
    expect(splitPeople('Ana<br/>Tomás, Kwame')).toEqual(['Ana', 'Tomás', 'Kwame']);
  });
});

describe('meeting tables', () => {
  it.each(['14:00-15:00', 'Wed 14:00-15:00', '周一 10-11', '周三 14-15', '下午', '9am', 'Mon/Wed/Fri 09:30-09:45', 'Thu 11-12'])('%j is a time of day', (cell) => {
    expect(isTimeOfDay(cell)).toBe(true);
  });

  it.each(['10-11', '11.27-12.01', '2024-03-04 → 2024-03-15', 'Week 2', '周一', '1127-1201', '12月10日-12月17日'])('%j is not', (cell) => {
    expect(isTimeOfDay(cell)).toBe(false);
  });

  it('knows a meeting table by its headers or by times of day in its time column', () => {
    expect(isMeetingTable(['时间', '会议', '参会人'], ['10-11'])).toBe(true);
    expect(isMeetingTable(['Time', 'Meeting', 'Attendees'], ['10:00-10:15'])).toBe(true);
    expect(isMeetingTable(['时间', '事项', '负责人'], ['周一 10-11', '周三 14:00-15:00', '5.12-5.14'])).toBe(true);
    expect(isMeetingTable(['时间', '事项', '负责人'], ['10-11', '5.12-5.14'])).toBe(false);
    expect(isMeetingTable(['项目', '人员', '时间'], ['5.12-5.23', '', '待定'])).toBe(false);
  });
});

describe('the cycle above a table', () => {
  const cycleOf = (...texts: string[]) =>
    readCycle({ above: texts.map((text, index) => ({ text, line: 10 - index, column: 1 })), reference: '2025-05-13', calendar: weekdaysOnly, aliases: defaultHeaderAliases, title: null }).cycle;

  it('passes over a holiday written beside it', () => {
    expect(cycleOf('本周期15天，端午（5.31-6.2）不在周期内', '本期人力（5.12-5.30）')).toMatchObject({ start: '2025-05-12', end: '2025-05-30', capacity: 15 });
    expect(cycleOf('本周期18天（含 4.27 补班，五一 5.1-5.5 放假）', '风控组人力排期（4.21-5.16）')).toMatchObject({ start: '2025-04-21', end: '2025-05-16', capacity: 18 });
    expect(cycleOf('Staffing (Jun 2 – Jun 20); the office is off Jun 9 – Jun 10')).toMatchObject({ start: '2025-06-02', end: '2025-06-20' });
  });

  it("reads a festival in the cycle's own name as the cycle", () => {
    expect(cycleOf('国庆人力排期（9.25-10.13）')).toMatchObject({ start: '2025-09-25', end: '2025-10-13' });
  });

  it('reads month names, an en dash and a capacity per person', () => {
    expect(cycleOf('Sprint 24 (Mar 4 – Mar 15), capacity 9 days per person')).toMatchObject({ start: '2025-03-04', end: '2025-03-15', capacity: 9, capacityStated: true });
  });

  it('takes the capacity from the text between the table and the cycle, not from further up', () => {
    expect(cycleOf('人力排期（5.12-5.30）', '上期本周期20天')).toMatchObject({ capacity: 15, capacityStated: false });
  });
});
