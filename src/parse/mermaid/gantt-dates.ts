/** The dates mermaid 11 gives gantt tasks (its ganttDb): start, exclusive end and drawn end, computed the way mermaid computes them. */

import dayjs, { type Dayjs, type ManipulateType } from 'dayjs';
import advancedFormat from 'dayjs/plugin/advancedFormat.js';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import { dayNumber, isoFromDayNumber, weekdayOf } from '../../calendar/day-number.js';
import { timeOnly } from './gantt-today.js';

// mermaid parses and formats gantt dates with dayjs and these three plugins; the same calls give the same dates.
dayjs.extend(isoWeek);
dayjs.extend(customParseFormat);
dayjs.extend(advancedFormat);

export type GanttWeekend = 'friday' | 'saturday';

/** The chart settings mermaid's dates depend on, as mermaid holds them once the whole chart is read. */
export interface GanttCalendar {
  /** The dateFormat as written, '' when the chart has none. */
  dateFormat: string;
  /** Lower-cased entries: `weekends`, weekday names, dates. */
  excludes: string[];
  includes: string[];
  inclusiveEndDates: boolean;
  weekend: GanttWeekend;
  /** Local `YYYY-MM-DD` standing for mermaid's `new Date()` (the start of an unknown `after`/`until` id). */
  today: string;
}

/** One task's data fields after its tags, trimmed, as mermaid splits them at every comma. */
export interface TaskPlan {
  fields: string[];
}

/** Why mermaid cannot draw the chart because of this task. */
export type TaskFailure = 'field-count' | 'no-previous-task' | 'invalid-start' | 'endless-exclusion';
/** How the start was read: by dateFormat, through `new Date()`, as a timestamp, after other tasks, or from the task before. */
export type StartReading = 'date' | 'fallback' | 'timestamp' | 'after' | 'previous-task';
/** How the end was read; `invalid` ends are drawn zero-length (the end is the start). */
export type EndReading = 'date' | 'duration' | 'until' | 'invalid';

/** An `after` or `until` field: the ids mermaid read from it (ASCII letters, digits, `_`, `-`), and those naming no task. */
export interface TaskReference {
  keyword: 'after' | 'until';
  /** The text mermaid read the ids from; shorter than the field when a character it does not read cut it. */
  read: string;
  ids: string[];
  unknownIds: string[];
}

export interface DatedTask {
  /** The id as written, or the `taskN` mermaid generates; null where mermaid gives none. */
  id: string | null;
  start: Date | undefined;
  end: Date | undefined;
  /** Where mermaid stops drawing the bar when excluded days extend the end; else null. */
  renderEnd: Date | null;
  startReading: StartReading | null;
  endReading: EndReading | null;
  /** The `after` (start) and `until` (end) references, as mermaid read them. */
  references: TaskReference[];
  failure: TaskFailure | null;
  /** For a task mermaid leaves without dates: the ids of the tasks it waits for (the task before it, or those its `after`/`until` name); else empty. */
  waitsFor: string[];
}

interface TaskState extends Omit<DatedTask, 'waitsFor'> {
  shape: 'continuation' | 'range' | 'broken';
  startText: string;
  endText: string;
  previousId: string | null;
  processed: boolean;
  manualEnd: boolean;
}

// mermaid's patterns for the task grammar.
export const afterIds = /^after\s+(?<ids>[\d\w- ]+)/;
const untilIds = /^until\s+(?<ids>[\d\w- ]+)/;
const durationPattern = /^(\d+(?:\.\d+)?)([Mdhmswy]|ms)$/;
// mermaid gives up stretching a task over excluded days after this many days.
const maxStretchDays = 10000;
// mermaid re-runs its task compilation this many more times while some task still waits for another.
const extraPasses = 10;

/** A duration such as `3d`, `1.5w` or `90m` as dayjs `add` arguments, or null. */
export function parseDuration(text: string): [number, ManipulateType] | null {
  const match = durationPattern.exec(text.trim());
  return match ? [Number.parseFloat(match[1] ?? ''), (match[2] ?? 'ms') as ManipulateType] : null;
}

/** Whether `text` is a date in `dateFormat` by dayjs' strict parsing, as mermaid checks it. */
export function readsAsDate(text: string, dateFormat: string): boolean {
  return dayjs(text.trim(), dateFormat.trim(), true).isValid();
}

/** mermaid's `excludes`/`includes` lists: lower-cased, split at spaces and commas, each entry once. */
export function mergeDayList(existing: string[], text: string): string[] {
  const entries = text.toLowerCase().split(/[\s,]+/).filter((entry) => entry !== '');
  return [...new Set([...existing, ...entries])];
}

/** A local date-time as `YYYY-MM-DDTHH:mm:ss`, or null for a missing or invalid date. */
export function formatLocal(date: Date | undefined | null): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  // dayjs(date).format('YYYY-MM-DDTHH:mm:ss') written out: the same local fields padded the same way, at a fraction of the cost.
  const padded = (value: number, length: number): string => String(value).padStart(length, '0');
  return `${padded(date.getFullYear(), 4)}-${padded(date.getMonth() + 1, 2)}-${padded(date.getDate(), 2)}T${padded(date.getHours(), 2)}:${padded(date.getMinutes(), 2)}:${padded(date.getSeconds(), 2)}`;
}

/** JavaScript's `a > b` on dates that may be missing or invalid (then false, as in mermaid). */
function later(a: Date | undefined, b: Date | undefined): boolean {
  return a !== undefined && b !== undefined && a.getTime() > b.getTime();
}

/** A task before it is compiled: every field written out, so that all tasks share one shape. */
function taskState(shape: TaskState['shape'], id: string | null, startText: string, endText: string, previousId: string | null): TaskState {
  return {
    id, shape, startText, endText, previousId,
    start: undefined, end: undefined, renderEnd: null, startReading: null, endReading: null,
    references: [], failure: shape === 'broken' ? 'field-count' : null, processed: false, manualEnd: false,
  };
}

function newState(plan: TaskPlan, previousId: string | null, autoId: () => string): TaskState {
  const { fields } = plan;
  switch (fields.length) {
    case 1:
      return taskState('continuation', autoId(), '', fields[0] ?? '', previousId);
    case 2:
      return taskState('range', autoId(), fields[0] ?? '', fields[1] ?? '', previousId);
    case 3:
      return taskState('range', fields[0] ?? '', fields[1] ?? '', fields[2] ?? '', previousId);
    default:
      return taskState('broken', null, '', '', previousId);
  }
}

/** The day-exclusion settings of a chart. */
export type ExclusionSettings = Pick<GanttCalendar, 'dateFormat' | 'excludes' | 'includes' | 'weekend'>;

/** Whether a chart's `excludes` skips this day, as mermaid decides it (`includes` wins over `excludes`). */
export function isExcludedDay(date: Dayjs, settings: ExclusionSettings): boolean {
  // The same tests in mermaid's order, formatting the date only when a list could hold it (formatting is slow, and tasks can be long).
  const format = settings.dateFormat.trim();
  const listed = (list: readonly string[]): boolean => {
    if (list.length === 0) return false;
    const dateOnly = isoDay(date);
    return list.includes(dateOnly) || (format !== 'YYYY-MM-DD' && list.includes(date.format(format)));
  };
  if (listed(settings.includes)) return false;
  const firstWeekendDay = settings.weekend === 'friday' ? 5 : 6;
  const weekday = date.isoWeekday();
  if (settings.excludes.includes('weekends') && (weekday === firstWeekendDay || weekday === firstWeekendDay + 1)) return true;
  if (settings.excludes.includes(weekdayNames[weekday % 7] ?? '')) return true;
  return listed(settings.excludes);
}

/** `date.format('YYYY-MM-DD')`, written out directly for the years it pads to four digits. */
function isoDay(date: Dayjs): string {
  const year = date.year();
  if (!(year >= 0 && year <= 9999)) return date.format('YYYY-MM-DD');
  return `${String(year).padStart(4, '0')}-${String(date.month() + 1).padStart(2, '0')}-${String(date.date()).padStart(2, '0')}`;
}

// dayjs's `dddd` in its default English locale, lower-cased, from Sunday.
const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Whether a chart skips a calendar day (`YYYY-MM-DD`), for counting a task's days. Asked for every day of every task:
 * a real day in a chart dated `YYYY-MM-DD` is decided by day arithmetic, with mermaid's tests in mermaid's order; dayjs decides the rest.
 */
export function chartExcludes(settings: ExclusionSettings, date: string): boolean {
  // Without excludes no day is skipped, whatever the includes say.
  if (settings.excludes.length === 0) return false;
  const day = dayNumber(date);
  const plain = settings.dateFormat.trim() === 'YYYY-MM-DD' && date.length === 10 && date.charCodeAt(0) !== 48 && isoFromDayNumber(day) === date;
  if (!plain) return isExcludedDay(dayjs(date, 'YYYY-MM-DD', true), settings);
  if (settings.includes.includes(date)) return false;
  const firstWeekendDay = settings.weekend === 'friday' ? 5 : 6;
  const isoWeekday = weekdayOf(day) || 7;
  if (settings.excludes.includes('weekends') && (isoWeekday === firstWeekendDay || isoWeekday === firstWeekendDay + 1)) return true;
  if (settings.excludes.includes(weekdayNames[isoWeekday % 7] ?? '')) return true;
  return settings.excludes.includes(date);
}

/**
 * Each task's dates as mermaid 11 computes them: tasks are read in order, then compiled in passes until
 * every forward reference is resolved (or mermaid gives up); a task mermaid would fail on gets a failure.
 */
export function compileGanttTasks(plans: TaskPlan[], calendar: GanttCalendar): DatedTask[] {
  const format = calendar.dateFormat.trim();
  let counter = 0;
  const tasks: TaskState[] = [];
  for (const plan of plans) {
    tasks.push(newState(plan, tasks.at(-1)?.id ?? null, () => `task${++counter}`));
  }
  // The last task with an id wins; mermaid keeps ids in a plain object, where `__proto__` cannot be stored.
  const byId = new Map<string, TaskState>();
  for (const task of tasks) if (task.id !== null && task.id !== '__proto__') byId.set(task.id, task);

  // dayjs compiles the format on every strict parse, and a chart repeats its dates and durations: each text is parsed once.
  const parsedTexts = new Map<string, Dayjs>();
  const parseStrict = (text: string, pattern: string): Dayjs => {
    const key = `${pattern}\n${text}`;
    let parsed = parsedTexts.get(key);
    if (!parsed) parsedTexts.set(key, (parsed = timeOnly(pattern) ? dayjs(`${calendar.today} ${text}`, `YYYY-MM-DD ${pattern}`, true) : dayjs(text, pattern, true)));
    return parsed;
  };
  const today = (): Date => parseStrict(calendar.today, 'YYYY-MM-DD').toDate();

  const lookUp = (task: TaskState, keyword: 'after' | 'until', match: RegExpExecArray): TaskState[] => {
    const ids = (match.groups?.ids ?? '').split(' ');
    const named = ids.filter((id) => id !== '');
    const reference = { keyword, read: match[0], ids: named, unknownIds: named.filter((id) => !byId.has(id)) };
    task.references = [...task.references.filter((other) => other.keyword !== keyword), reference];
    return ids.flatMap((id) => byId.get(id) ?? []);
  };

  const readStart = (task: TaskState): Date | undefined | 'failed' => {
    const text = task.startText.trim();
    if ((format === 'x' || format === 'X') && /^\d+$/.test(text)) {
      task.startReading = 'timestamp';
      return new Date(Number(text));
    }
    const after = afterIds.exec(text);
    if (after) {
      task.startReading = 'after';
      let latest: TaskState | undefined;
      for (const other of lookUp(task, 'after', after)) if (!latest || later(other.end, latest.end)) latest = other;
      return latest ? latest.end : today();
    }
    const parsed = parseStrict(text, format);
    if (parsed.isValid()) {
      task.startReading = 'date';
      return parsed.toDate();
    }
    // The browser's own parser: mermaid's last resort, which reads `2023-11-13` as UTC and rolls `2023-02-30` into March.
    const fallback = new Date(text);
    const year = fallback.getFullYear();
    if (Number.isNaN(fallback.getTime()) || year < -10000 || year > 10000) return 'failed';
    task.startReading = 'fallback';
    return fallback;
  };

  const readEnd = (task: TaskState, start: Date): Date | undefined => {
    const text = task.endText.trim();
    const until = untilIds.exec(text);
    if (until) {
      task.endReading = 'until';
      let earliest: TaskState | undefined;
      for (const other of lookUp(task, 'until', until)) if (!earliest || later(earliest.start, other.start)) earliest = other;
      return earliest ? earliest.start : today();
    }
    const parsed = parseStrict(text, format);
    if (parsed.isValid()) {
      task.endReading = 'date';
      return (calendar.inclusiveEndDates ? parsed.add(1, 'd') : parsed).toDate();
    }
    const duration = parseDuration(text);
    const end = duration ? dayjs(start).add(...duration) : null;
    task.endReading = end?.isValid() ? 'duration' : 'invalid';
    return (end?.isValid() ? end : dayjs(start)).toDate();
  };

  const isExcluded = (date: Dayjs): boolean => isExcludedDay(date, calendar);

  // Excluded days push the end later; the bar is drawn up to the end before the last run of excluded days.
  const stretchOverExcludedDays = (task: TaskState): void => {
    if (calendar.excludes.length === 0 || task.manualEnd) return;
    let day = dayjs(task.start).add(1, 'd');
    let end = dayjs(task.end);
    const limit = end.add(maxStretchDays, 'd');
    let excluded = false;
    let renderEnd: Date | null = null;
    while (day.valueOf() <= end.valueOf()) {
      if (!excluded) renderEnd = end.toDate();
      excluded = isExcluded(day);
      if (excluded) {
        end = end.add(1, 'd');
        if (end.valueOf() > limit.valueOf()) {
          task.failure = 'endless-exclusion';
          return;
        }
      }
      day = day.add(1, 'd');
    }
    task.end = end.toDate();
    task.renderEnd = renderEnd;
  };

  const compile = (task: TaskState): void => {
    if (task.failure) return;
    if (task.shape === 'continuation') {
      const previous = task.previousId === null ? undefined : byId.get(task.previousId);
      if (!previous) {
        task.failure = 'no-previous-task';
        return;
      }
      task.startReading = 'previous-task';
      task.start = previous.end;
    } else {
      const start = readStart(task);
      if (start === 'failed') {
        task.failure = 'invalid-start';
        return;
      }
      // A start after a task not yet compiled stays as it was, to be tried again in the next pass.
      if (start) task.start = start;
    }
    if (!task.start) return;
    task.end = readEnd(task, task.start);
    if (!task.end) return;
    task.processed = true;
    task.manualEnd = parseStrict(task.endText.trim(), 'YYYY-MM-DD').isValid();
    stretchOverExcludedDays(task);
  };

  const pass = (): boolean => {
    let allProcessed = true;
    for (const task of tasks) {
      compile(task);
      allProcessed = allProcessed && task.processed;
    }
    return allProcessed;
  };

  let done = pass();
  for (let count = 0; !done && count < extraPasses; count++) done = pass();

  /** What a task mermaid could not date waits for: the task before it, or the tasks its `after`/`until` name. */
  const waitsFor = (task: TaskState): string[] => {
    if (task.processed || task.failure) return [];
    if (task.shape === 'continuation') return task.previousId === null ? [] : [task.previousId];
    return task.references.flatMap((reference) => reference.ids.filter((id) => byId.has(id)));
  };

  return tasks.map((task) => ({
    id: task.id,
    start: task.start,
    end: task.end,
    renderEnd: task.renderEnd,
    startReading: task.startReading,
    endReading: task.endReading,
    references: task.references,
    failure: task.failure,
    waitsFor: waitsFor(task),
  }));
}
