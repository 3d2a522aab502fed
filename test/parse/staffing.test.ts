import { describe, expect, it } from 'vitest';
import { classifyHeaders, defaultHeaderAliases, isStaffingTable } from '../../src/parse/staffing-headers.js';
import { findCapacity, splitPeople } from '../../src/parse/staffing.js';

describe('staffing headers', () => {
  it.each([
    [['项目', '天数', '人员', '时间周期'], ['project', 'days', 'person', 'period']],
    [['Owner', 'Task', 'Effort', 'Dates'], ['person', 'project', 'days', 'period']],
    [['**任务**', '负责人', '工期(天)', '开始日期', '结束日期'], ['project', 'person', 'days', 'start', 'end']],
    [['Assignee', 'Due Date', 'Task'], ['person', 'end', 'project']],
  ])('%j', (headers, columns) => {
    expect(classifyHeaders(headers, defaultHeaderAliases)).toEqual(columns);
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
  });
});
