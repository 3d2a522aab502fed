/** Which header names make a table a staffing table, in Chinese and English. */

import type { StaffingColumn } from '../model/log.js';

export type HeaderAliases = Readonly<Record<StaffingColumn, readonly string[]>>;

export const defaultHeaderAliases: HeaderAliases = {
  project: ['项目', '任务', '事项', '工作', '工作内容', '需求', 'project', 'task', 'stream', 'item', 'work'],
  days: ['天数', '人天', '工时', '工期', '工作量', '预计工期', 'days', 'effort', 'estimate', 'est', 'man-days', 'person-days'],
  person: ['人员', '负责人', '姓名', '执行人', '成员', 'owner', 'assignee', 'person', 'people', 'developer', 'who', 'name'],
  period: ['时间周期', '周期', '时间', '日期', '排期', '时间段', 'period', 'dates', 'date', 'schedule', 'when'],
  start: ['开始', '开始时间', '开始日期', '起始', '起始日期', 'start', 'start date', 'begin', 'from'],
  end: ['结束', '结束时间', '结束日期', '完成日期', '截止', '截止日期', 'end', 'end date', 'due', 'due date', 'finish', 'until'],
};

/** The text without a unit in brackets at its end (`天数(天)`); found by index, as a pattern would retry every `(`. */
function withoutTrailingUnit(text: string): string {
  const end = text.trimEnd();
  if (!end.endsWith(')')) return text;
  const open = end.indexOf('(', end.lastIndexOf(')', end.length - 2) + 1);
  return open >= 0 ? end.slice(0, open) : text;
}

/** A header cell as compared: NFKC, lower case, no emphasis, no trailing unit in brackets (`天数(天)`). */
export function normaliseHeader(text: string): string {
  return withoutTrailingUnit(text.normalize('NFKC').toLowerCase().replace(/[*_`]/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The column each header cell stands for, or null; the first cell of a kind wins. */
export function classifyHeaders(headers: readonly string[], aliases: HeaderAliases): (StaffingColumn | null)[] {
  const lookup = new Map<string, StaffingColumn>();
  for (const [column, names] of Object.entries(aliases) as [StaffingColumn, readonly string[]][]) {
    for (const name of names) lookup.set(normaliseHeader(name), column);
  }
  const taken = new Set<StaffingColumn>();
  return headers.map((header) => {
    const column = lookup.get(normaliseHeader(header)) ?? null;
    if (column === null || taken.has(column)) return null;
    taken.add(column);
    return column;
  });
}

/** A table is a staffing table when it names a person and a period (or a start). */
export function isStaffingTable(columns: readonly (StaffingColumn | null)[]): boolean {
  return columns.includes('person') && (columns.includes('period') || columns.includes('start'));
}

/** The built-in header names plus a configuration's own, per column. */
export function withExtraHeaders(extra: Partial<Record<StaffingColumn, readonly string[]>>): HeaderAliases {
  const merged = { ...defaultHeaderAliases };
  for (const [column, names] of Object.entries(extra) as [StaffingColumn, readonly string[]][]) {
    merged[column] = [...merged[column], ...names];
  }
  return merged;
}
