/** Staffing tables: the cycle above them, and each row's person, days and resolved period. */

import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { countWorkingDays, type WorkCalendar } from '../calendar/working-days.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnostic } from '../rules/diagnostic.js';
import type { Cycle, IsoDate, StaffingColumn, StaffingRow, StaffingTable, Unassigned } from '../model/log.js';
import { isMeetingTable } from './meeting-tables.js';
import { findRanges, readDate, readPeriod, resolvePeriod, type DateRange, type PeriodExpression, type PeriodReading } from './periods.js';
import { isPlaceholder, isPlaceholderPeriod } from './placeholders.js';
import { readRelativePeriod, resolveRelativePeriod } from './relative-periods.js';
import { classifyHeaders, isStaffingTable, type HeaderAliases } from './staffing-headers.js';

/** A heading or paragraph above a table, nearest first: where its cycle and capacity are written. */
export interface TextAbove {
  text: string;
  line: number;
  column: number;
}

export interface StaffingContext {
  above: readonly TextAbove[];
  /** The log's date, which gives cycles and periods their year. */
  reference: IsoDate | null;
  calendar: WorkCalendar;
  aliases: HeaderAliases;
  title: string | null;
}

// `本周期20天`, `周期共20个工作日`, `20 working days`, `Capacity: 15 working days`, `Capacity 15`.
// Numbers start where their digits start, and no two runs of spaces meet: either would make long text quadratic.
const capacityPatterns = [
  /周期\s*(?:(?:共|有|为|是)\s*)?(\d+(?:\.\d+)?)\s*(?:个\s*)?(?:工作)?[天日]/,
  /(?<!\d)(\d+(?:\.\d+)?)\s*(?:个\s*)?工作[日天]/,
  /capacity\s*[:=]?\s*(\d+(?:\.\d+)?)/i,
  /(?<!\d)(\d+(?:\.\d+)?)\s*working\s*days?/i,
];

export function findCapacity(text: string): number | null {
  const normalised = text.normalize('NFKC');
  for (const pattern of capacityPatterns) {
    const match = pattern.exec(normalised);
    if (match) return Number(match[1]);
  }
  return null;
}

// A range in a clause about days off is the holiday, not the cycle: `端午（5.31-6.2）不在周期内`, `五一 5.1-5.5 放假`;
// a festival's name alone is not (`国庆人力排期（9.25-10.13）` is the cycle).
const holidayWords = /放假|假期|休假|调休|休息|不在|不含|除外|不算|封网|holidays?\b|vacation|\bleave\b|\bpto\b|\boff\b|freeze|not in\b|except|excluding/i;
const clauseEnd = /[，。；;！？!?\n]|,\s|\.\s/g;

/** The clause of `text` around a range: from the punctuation before it to the punctuation after it. */
function clauseAround(text: string, index: number, length: number): string {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(clauseEnd)) {
    if (match.index < index) from = match.index + match[0].length;
    else if (match.index >= index + length) {
      to = match.index;
      break;
    }
  }
  return text.slice(from, to);
}

/** The first range in a text that is not a holiday written beside the cycle. */
function cycleRange(text: string): PeriodExpression | null {
  const normalised = text.normalize('NFKC');
  const found = findRanges(normalised).find((range) => !holidayWords.test(clauseAround(normalised, range.index, range.length)));
  return found?.period ?? null;
}

/** The cycle read from the text above a table, and whether none was written there at all. */
export interface CycleReading {
  cycle: Cycle;
  diagnostics: Diagnostic[];
  /** No range above the table: periods without a year are read against the log date. */
  missing: boolean;
}

/** The cycle of a table: the nearest date range above it that is not a holiday, and a stated or counted capacity. */
export function readCycle(context: StaffingContext): CycleReading {
  const diagnostics: Diagnostic[] = [];
  // A capacity belongs to the cycle: it is read from the text between the table and the cycle's range.
  const statedUpTo = (last: number): number | null =>
    context.above.slice(0, last + 1).map((entry) => findCapacity(entry.text)).find((value) => value !== null) ?? null;
  for (const [index, entry] of context.above.entries()) {
    const expression = cycleRange(entry.text);
    if (!expression) continue;
    const stated = statedUpTo(index);
    const resolved = resolvePeriod(expression, { cycle: null, reference: context.reference });
    if (!resolved.ok) {
      // One problem, said once: the cycle is there but unreadable, so "no cycle above this table" would be wrong.
      diagnostics.push(diagnostic('parse/cycle-unresolved', `cannot read the cycle in \`${entry.text}\`: ${resolved.reason}; periods are read against the log date`, entry));
      return { cycle: { start: null, end: null, capacity: stated, capacityStated: stated !== null, line: null }, diagnostics, missing: false };
    }
    const { start, end } = resolved.range;
    return {
      cycle: {
        start,
        end,
        capacity: stated ?? countWorkingDays(start, end, context.calendar),
        capacityStated: stated !== null,
        line: entry.line,
      },
      diagnostics,
      missing: false,
    };
  }
  const stated = statedUpTo(context.above.length - 1);
  return { cycle: { start: null, end: null, capacity: stated, capacityStated: stated !== null, line: null }, diagnostics, missing: true };
}

/** A period from a start column and an optional end column, each one date. */
function readStartAndEnd(startText: string, endText: string): PeriodReading {
  const start = readDate(startText);
  const end = endText === '' ? start : readDate(endText);
  if (start && end) return { ok: true, period: { start, end } };
  const bad = start ? endText : startText;
  return { ok: false, reason: `\`${bad}\` is not a date worklog can read (e.g. 11.27, 1127, 2023-11-27, 11月27日)` };
}

function readDays(text: string): number | null | undefined {
  if (text === '' || isPlaceholder(text)) return null;
  const match = /^(\d+(?:\.\d+)?)\s*(?:天|日|人天|d|days?)?$/i.exec(text.normalize('NFKC').trim());
  return match ? Number(match[1]) : undefined;
}

/** People named in one cell: `张迪`, `张迪、跃雄`, `Ana / Bo`, `Ana<br>Tomás`. */
export function splitPeople(cell: string): string[] {
  return cell.split(/[、,，/／;；&＆]|<br\s*\/?>|\s+and\s+/i).map((name) => name.trim()).filter((name) => name !== '');
}

/** The text of each header cell. */
function headerTexts(table: Table): string[] {
  return (table.children[0]?.children ?? []).map((cell) => toString(cell).trim());
}

/** Headers of a table, when they make it a staffing plan: a person and a period, and not a meeting table. */
export function staffingColumns(table: Table, aliases: HeaderAliases): (StaffingColumn | null)[] | null {
  const headers = headerTexts(table);
  const columns = classifyHeaders(headers, aliases);
  if (!isStaffingTable(columns)) return null;
  const timeColumn = columns.includes('period') ? columns.indexOf('period') : columns.indexOf('start');
  const times = table.children.slice(1).map((row) => toString(row.children[timeColumn] ?? { type: 'text', value: '' }).trim());
  return isMeetingTable(headers, times) ? null : columns;
}

/** Whether worklog reads a table as a staffing plan (the rest are kept as notes, unchecked). */
export function isStaffingPlan(table: Table, aliases: HeaderAliases): boolean {
  return staffingColumns(table, aliases) !== null;
}

interface Cell {
  text: string;
  line: number;
  column: number;
}

/** A row's period, read: its dates, whether it leaves them open, and whether it needed the cycle's year. */
interface RowPeriod {
  text: string;
  start: IsoDate | null;
  end: IsoDate | null;
  /** A placeholder, or counted from a cycle the table does not have. */
  open: boolean;
  /** Written without a year, so read against the log date when there is no cycle. */
  yearless: boolean;
  problem: { ruleId: 'parse/period-missing' | 'parse/period-unresolved'; message: string } | null;
}

function readRowPeriod(periodCell: Cell | undefined, endCell: Cell | undefined, fromStart: boolean, cycle: Cycle, context: StaffingContext): RowPeriod {
  const text = [periodCell?.text ?? '', endCell?.text ?? ''].filter((part) => part !== '').join(' ~ ');
  const none = { text, start: null, end: null, open: true, yearless: false, problem: null };
  if (text === '') return { ...none, open: false, problem: { ruleId: 'parse/period-missing', message: 'write one such as `6-14` or `11.27-12.01`' } };
  const cells = [periodCell?.text ?? '', endCell?.text ?? ''].filter((part) => part !== '');
  if (endCell ? cells.some(isPlaceholder) : isPlaceholderPeriod(text)) return none;
  const relative = readRelativePeriod(text);
  if (relative) {
    const range = cycle.start ? resolveRelativePeriod(relative, cycle.start, context.calendar) : null;
    // Without a cycle there is nothing to count from: the row is undated, which is not a mistake in it.
    if (!cycle.start) return none;
    if (!range) return { ...none, open: false, problem: { ruleId: 'parse/period-unresolved', message: `cannot read period \`${text}\`: the cycle has no such day` } };
    return { text, ...range, open: false, yearless: false, problem: null };
  }
  const reading = fromStart ? readStartAndEnd(periodCell?.text ?? '', endCell?.text ?? '') : readPeriod(text);
  const cycleRange: DateRange | null = cycle.start && cycle.end ? { start: cycle.start, end: cycle.end } : null;
  const resolved = reading.ok ? resolvePeriod(reading.period, { cycle: cycleRange, reference: context.reference }) : reading;
  if (!resolved.ok) return { ...none, open: false, problem: { ruleId: 'parse/period-unresolved', message: `cannot read period \`${text}\`: ${resolved.reason}` } };
  const yearless = reading.ok && (reading.period.start.year === null || reading.period.end.year === null);
  return { text, ...resolved.range, open: false, yearless, problem: null };
}

/** The row's `unassigned` field, present only when the row leaves its person or its dates open. */
function unassignedOf(nobody: boolean, datesOpen: boolean): { unassigned?: Unassigned } {
  if (nobody) return { unassigned: datesOpen ? 'person-and-dates' : 'person' };
  return datesOpen ? { unassigned: 'dates' } : {};
}

export function readStaffingTable(
  table: Table,
  columns: readonly (StaffingColumn | null)[],
  context: StaffingContext,
): { staffing: StaffingTable; diagnostics: Diagnostic[] } {
  const tableLine = table.position?.start.line ?? 1;
  const { cycle, diagnostics: cycleDiagnostics, missing } = readCycle(context);
  const diagnostics: Diagnostic[] = [];
  const headerCells = table.children[0]?.children ?? [];
  const named: Partial<Record<StaffingColumn, string>> = {};
  columns.forEach((column, index) => {
    if (column) named[column] = toString(headerCells[index] ?? { type: 'text', value: '' }).trim();
  });
  const periodColumn = columns.includes('period') ? 'period' : 'start';

  let needsCycle = false;
  const rows: StaffingRow[] = [];
  for (const row of table.children.slice(1)) {
    const cells: Cell[] = row.children.map((cell) => ({
      text: toString(cell).trim(),
      line: cell.position?.start.line ?? row.position?.start.line ?? tableLine,
      column: cell.position?.start.column ?? 1,
    }));
    if (cells.every((cell) => cell.text === '')) continue;
    const cellOf = (column: StaffingColumn) => {
      const index = columns.indexOf(column);
      return index >= 0 ? cells[index] : undefined;
    };
    const line = row.position?.start.line ?? tableLine;
    const person = cellOf('person')?.text ?? '';
    // A placeholder is nobody on purpose: the row is listed as unassigned, and nothing else in it is checked.
    const nobody = isPlaceholder(person);
    const dayCell = cellOf('days');
    const days = readDays(dayCell?.text ?? '');
    const periodCell = cellOf(periodColumn);
    const period = readRowPeriod(periodCell, periodColumn === 'start' ? cellOf('end') : undefined, periodColumn === 'start', cycle, context);
    const place = { line: periodCell?.line ?? line, column: periodCell?.column ?? 1 };
    if (!nobody) {
      if (days === undefined && dayCell) {
        diagnostics.push(diagnostic('parse/days-invalid', `cannot read days \`${dayCell.text}\`: write a number such as \`5\` or \`0.5\``, dayCell));
      }
      if (person === '') {
        diagnostics.push(diagnostic('parse/person-missing', 'this row names nobody: fill in the person column', { line, column: cellOf('person')?.column ?? 1 }));
      }
      if (period.problem?.ruleId === 'parse/period-missing') {
        diagnostics.push(diagnostic('parse/period-missing', `no period for ${person || 'this row'}: ${period.problem.message}`, place));
      } else if (period.problem) {
        diagnostics.push(diagnostic(period.problem.ruleId, period.problem.message, place));
      }
      if (period.yearless || period.problem) needsCycle = true;
    }

    rows.push({
      project: cellOf('project')?.text ?? '',
      days: days ?? null,
      person,
      people: nobody ? [] : splitPeople(person),
      period: period.text,
      start: period.start,
      end: period.end,
      line,
      column: place.column,
      ...unassignedOf(nobody, period.open),
    });
  }
  // Only a period without a year is read against the log date; ISO dates need no cycle.
  const noCycle = missing && needsCycle
    ? [diagnostic('parse/no-cycle', 'no cycle above this staffing table: write its range in the heading, e.g. `人力排期（11.06-12.01）`; periods are read against the log date', { line: tableLine, column: 1 })]
    : [];
  return { staffing: { line: tableLine, title: context.title, columns: named, cycle, rows }, diagnostics: [...cycleDiagnostics, ...noCycle, ...diagnostics] };
}
