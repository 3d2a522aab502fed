/** Staffing tables: the cycle above them, and each row's person, days and resolved period. */

import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { countWorkingDays, type WorkCalendar } from '../calendar/working-days.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnostic } from '../rules/diagnostic.js';
import type { Cycle, IsoDate, StaffingColumn, StaffingRow, StaffingTable } from '../model/log.js';
import { findRange, readDate, readPeriod, resolvePeriod, type DateRange, type PeriodReading } from './periods.js';
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

/** The cycle of a table: the nearest date range above it, and a stated or counted capacity. */
export function readCycle(context: StaffingContext, tableLine: number): { cycle: Cycle; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const stated = context.above.map((entry) => findCapacity(entry.text)).find((value) => value !== null) ?? null;
  for (const entry of context.above) {
    const expression = findRange(entry.text);
    if (!expression) continue;
    const resolved = resolvePeriod(expression, { cycle: null, reference: context.reference });
    if (!resolved.ok) {
      // One problem, said once: the cycle is there but unreadable, so "no cycle above this table" would be wrong.
      diagnostics.push(diagnostic('parse/cycle-unresolved', `cannot read the cycle in \`${entry.text}\`: ${resolved.reason}; periods are read against the log date`, entry));
      return { cycle: { start: null, end: null, capacity: stated, capacityStated: stated !== null, line: null }, diagnostics };
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
    };
  }
  diagnostics.push(diagnostic(
    'parse/no-cycle',
    'no cycle above this staffing table: write its range in the heading, e.g. `人力排期（11.06-12.01）`; periods are read against the log date',
    { line: tableLine, column: 1 },
  ));
  return { cycle: { start: null, end: null, capacity: stated, capacityStated: stated !== null, line: null }, diagnostics };
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
  if (text === '') return null;
  const match = /^(\d+(?:\.\d+)?)\s*(?:天|日|人天|d|days?)?$/i.exec(text.normalize('NFKC').trim());
  return match ? Number(match[1]) : undefined;
}

/** People named in one cell: `张迪`, `张迪、跃雄`, `Ana / Bo`. */
export function splitPeople(cell: string): string[] {
  return cell.split(/[、,，/／;；&＆]|\s+and\s+/).map((name) => name.trim()).filter((name) => name !== '');
}

/** Headers of a table, when they make it a staffing table. */
export function staffingColumns(table: Table, aliases: HeaderAliases): (StaffingColumn | null)[] | null {
  const headers = (table.children[0]?.children ?? []).map((cell) => toString(cell).trim());
  const columns = classifyHeaders(headers, aliases);
  return isStaffingTable(columns) ? columns : null;
}

export function readStaffingTable(
  table: Table,
  columns: readonly (StaffingColumn | null)[],
  context: StaffingContext,
): { staffing: StaffingTable; diagnostics: Diagnostic[] } {
  const tableLine = table.position?.start.line ?? 1;
  const { cycle, diagnostics } = readCycle(context, tableLine);
  const headerCells = table.children[0]?.children ?? [];
  const named: Partial<Record<StaffingColumn, string>> = {};
  columns.forEach((column, index) => {
    if (column) named[column] = toString(headerCells[index] ?? { type: 'text', value: '' }).trim();
  });
  const cycleRange: DateRange | null = cycle.start && cycle.end ? { start: cycle.start, end: cycle.end } : null;

  const rows: StaffingRow[] = [];
  for (const row of table.children.slice(1)) {
    const cells = row.children.map((cell) => ({
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
    const dayCell = cellOf('days');
    const days = readDays(dayCell?.text ?? '');
    if (days === undefined && dayCell) {
      diagnostics.push(diagnostic('parse/days-invalid', `cannot read days \`${dayCell.text}\`: write a number such as \`5\` or \`0.5\``, dayCell));
    }
    if (person === '') {
      diagnostics.push(diagnostic('parse/person-missing', 'this row names nobody: fill in the person column', { line, column: cellOf('person')?.column ?? 1 }));
    }

    const periodCell = cellOf('period') ?? cellOf('start');
    const endCell = cellOf('period') ? undefined : cellOf('end');
    const period = [periodCell?.text ?? '', endCell?.text ?? ''].filter((part) => part !== '').join(' ~ ');
    const place = { line: periodCell?.line ?? line, column: periodCell?.column ?? 1 };
    let start: IsoDate | null = null;
    let end: IsoDate | null = null;
    if (period === '') {
      diagnostics.push(diagnostic('parse/period-missing', `no period for ${person || 'this row'}: write one such as \`6-14\` or \`11.27-12.01\``, place));
    } else {
      const reading = cellOf('period') ? readPeriod(period) : readStartAndEnd(periodCell?.text ?? '', endCell?.text ?? '');
      const resolved = reading.ok ? resolvePeriod(reading.period, { cycle: cycleRange, reference: context.reference }) : reading;
      if (!resolved.ok) {
        diagnostics.push(diagnostic('parse/period-unresolved', `cannot read period \`${period}\`: ${resolved.reason}`, place));
      } else {
        ({ start, end } = resolved.range);
      }
    }

    rows.push({
      project: cellOf('project')?.text ?? '',
      days: days ?? null,
      person,
      people: splitPeople(person),
      period,
      start,
      end,
      line,
      column: place.column,
    });
  }
  return { staffing: { line: tableLine, title: context.title, columns: named, cycle, rows }, diagnostics };
}
