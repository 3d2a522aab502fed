/** Which header names make a table a staffing table, in Chinese and English, and which column each header stands for. */

import type { StaffingColumn } from '../model/log.js';

export type HeaderAliases = Readonly<Record<StaffingColumn, readonly string[]>>;

// Within a column, earlier names win over later ones: `子任务` over `项目`, `Owner` over `Name`.
export const defaultHeaderAliases: HeaderAliases = {
  project: [
    '子任务', '任务名称', '任务名', '任务', '事项', '工作项', '工作内容', '需求', '名称', '项目', '工作',
    'subtask', 'task name', 'task', 'work item', 'workstream', 'stream', 'deliverable', 'item', 'project', 'work',
  ],
  days: ['人天', '天数', '工时', '工期', '工作量', '预计工期', 'days', 'effort', 'estimate', 'est', 'man-days', 'person-days'],
  person: [
    '负责人', '执行人', '责任人', '人员', '成员', '姓名', 'owner', 'owners', 'assignee', 'assignees', 'assigned to',
    'person', 'people', 'developer', 'who', 'name',
  ],
  period: ['时间周期', '周期', '排期', '时间段', '时间', '日期', 'period', 'dates', 'date', 'schedule', 'when'],
  start: ['开始', '开始时间', '开始日期', '起始', '起始日期', 'start', 'start date', 'begin', 'from'],
  end: ['结束', '结束时间', '结束日期', '完成日期', '截止', '截止日期', 'end', 'end date', 'due', 'due date', 'finish', 'until'],
};

/** A header that is the person when nothing else is, and the task's name beside an owner column: `| Name | Owner |`. */
const personOrTask = new Set(['name']);

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

/**
 * The column each header cell stands for, or null. When two cells name one column, the name listed first wins
 * (then the cell further left); a `Name` cell beside another person column names the task.
 */
export function classifyHeaders(headers: readonly string[], aliases: HeaderAliases): (StaffingColumn | null)[] {
  const lookup = new Map<string, { column: StaffingColumn; rank: number }>();
  for (const [column, names] of Object.entries(aliases) as [StaffingColumn, readonly string[]][]) {
    names.forEach((name, rank) => {
      const key = normaliseHeader(name);
      if (!lookup.has(key)) lookup.set(key, { column, rank });
    });
  }
  const found = headers.map((header) => lookup.get(normaliseHeader(header)) ?? null);
  const winner = new Map<StaffingColumn, number>();
  found.forEach((entry, index) => {
    if (!entry) return;
    const best = winner.get(entry.column);
    if (best === undefined || entry.rank < (found[best]?.rank ?? Infinity)) winner.set(entry.column, index);
  });
  const columns = headers.map((_, index) => {
    const entry = found[index];
    return entry && winner.get(entry.column) === index ? entry.column : null;
  });
  const named = headers.findIndex((header, index) => personOrTask.has(normaliseHeader(header)) && columns[index] === null);
  if (named >= 0 && !winner.has('project')) columns[named] = 'project';
  return columns;
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
