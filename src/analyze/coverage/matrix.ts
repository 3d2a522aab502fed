/** The coverage matrix: systems × fault types across the logs, with a Gremlin-style weighted score. */

import { compareDates } from '../../calendar/day-number.js';
import { addDaysIso } from '../../calendar/iso-date.js';
import { countWorkingDays, weekdaysOnly, type WorkCalendar } from '../../calendar/working-days.js';
import type { CoverageConfig } from '../../model/config.js';
import type { IsoDate } from '../../model/log.js';
import type { CellState, Coverage, CoverageCell, CoverageScore, CoverageSystem, UnattributedDrill } from '../../model/coverage.js';
import type { Item, WorkLog } from '../../model/log.js';
import { inDrillSection, isDrillItem, readDrill } from './drill-item.js';
import { drillRecords } from './drill-table.js';
import { maySystemBe, subjectOf, systemsNamed, type KnownSystem } from './systems.js';

/** How much each state counts towards the score. */
export const stateWeights: Readonly<Record<CellState, number>> = { done: 1, expired: 0.75, alarm: 0.5, pending: 0, never: 0 };

// Within one log the worst word wins: an alarm that did not fire outweighs a drill marked done.
const stateRank: Readonly<Record<'done' | 'pending' | 'alarm', number>> = { done: 1, pending: 2, alarm: 3 };

interface Contribution {
  state: 'done' | 'pending' | 'alarm';
  /** How many cells the deciding statement names: an item naming one fault is more specific than an umbrella item naming several. */
  breadth: number;
  lines: number[];
  nodes: number | null;
  hosts: string[];
}

const cellKey = (system: string, faultType: string | null): string => JSON.stringify([system, faultType]);

function byDate(logs: readonly WorkLog[]): WorkLog[] {
  // Undated logs count as the oldest; the sort is stable for logs of the same date.
  return [...logs].sort((a, b) => (a.date === null || b.date === null ? Number(b.date === null) - Number(a.date === null) : compareDates(a.date, b.date)));
}

/** A log's drill items; a cancelled drill (`search process kill drill (retired)`) neither covers nor leaves a gap. */
function drillItems(log: WorkLog, coverage: CoverageConfig): readonly Item[] {
  // Asked twice a log (learning systems, then reading the cells), and for each day of a trend.
  let found = drillItemsOf.get(coverage);
  if (!found) {
    found = new WeakMap();
    drillItemsOf.set(coverage, found);
  }
  const known = found.get(log);
  if (known) return known;
  const items = log.items.filter((item) => item.status !== 'cancelled' && isDrillItem(item, coverage));
  found.set(log, items);
  return items;
}

const drillItemsOf = new WeakMap<CoverageConfig, WeakMap<WorkLog, readonly Item[]>>();

function itemState(item: Item, alarm: boolean): Contribution['state'] {
  if (alarm) return 'alarm';
  return item.status === 'done' ? 'done' : 'pending';
}

/** A system the matrix has a row for, and where it came from. */
interface SystemRow extends KnownSystem, Omit<CoverageSystem, 'score'> {
  required: string[] | null;
}

/** Configured systems, then (when learning) the subjects of drill items and the systems of drill record tables, in the order they appear. */
export function knownSystems(logs: readonly WorkLog[], coverage: CoverageConfig): SystemRow[] {
  const systems = configuredSystems(coverage);
  for (const log of byDate(logs)) learnSystems(log, systems, coverage);
  return systems;
}

function configuredSystems(coverage: CoverageConfig): SystemRow[] {
  return coverage.systems.map((system) => ({ ...system, source: 'config', file: null, line: null }));
}

/**
 * Adds the systems `log` names that `systems` does not know yet (when learning); a log only ever adds to the end. A
 * learned system is placed where the newest log naming it first names it: that is the log a gap is fixed in.
 */
function learnSystems(log: WorkLog, systems: SystemRow[], coverage: CoverageConfig): void {
  if (!coverage.learnSystems) return;
  const learn = (name: string, line: number) => {
    const named = systemsNamed(name, systems);
    if (named.length === 0) systems.push({ name, aliases: [], required: null, source: 'log', file: log.file, line });
    for (const found of named) {
      const index = systems.findIndex((system) => system.name === found);
      const system = systems[index];
      // Replaced, not changed: a matrix of an earlier day keeps the place it had then.
      if (system?.source === 'log' && system.file !== log.file) systems[index] = { ...system, file: log.file, line };
    }
  };
  for (const item of drillItems(log, coverage)) {
    const subject = subjectOf(item.text, coverage, inDrillSection(item, coverage));
    if (subject) learn(subject, item.line);
  }
  for (const record of drillRecords(log)) {
    if (maySystemBe(record.system)) learn(record.system, record.line);
  }
}

/** What one statement says about a cell: its state, how many cells it names, and where. */
interface Statement {
  state: Contribution['state'];
  breadth: number;
  line: number;
  nodes: number | null;
  hosts: readonly string[];
}

/** One drill's word on a cell, merged into what the log said before: the most specific statement decides, then the worst state. */
function contribute(cells: Map<string, Contribution>, key: string, { state, breadth, line, nodes, hosts }: Statement) {
  const current = cells.get(key);
  if (!current || breadth < current.breadth || (breadth === current.breadth && stateRank[state] > stateRank[current.state])) {
    // The drill that decides the state comes first: it is where the cell is reported.
    cells.set(key, { state, breadth, lines: [line, ...(current?.lines ?? [])], nodes, hosts: [...hosts] });
    return;
  }
  // A broader item still names the cell, so its line is listed, but it says nothing about the state.
  current.lines.push(line);
  if (breadth > current.breadth) return;
  if (state === current.state) {
    if (nodes !== null) current.nodes = Math.max(current.nodes ?? 0, nodes);
    for (const host of hosts.filter((known) => !current.hosts.includes(known))) current.hosts.push(host);
  }
}

/** Each cell's state in one log, from that log's drill items, then its drill record tables. */
/** What one log says about the cells, and the drills it names that no system claims. */
interface LogStatements {
  cells: Map<string, Contribution>;
  unattributed: UnattributedDrill[];
}

function contributionsOf(log: WorkLog, systems: readonly KnownSystem[], coverage: CoverageConfig): LogStatements {
  const cells = new Map<string, Contribution>();
  const unattributed: UnattributedDrill[] = [];
  for (const item of drillItems(log, coverage)) {
    const named = systemsNamed(item.text, systems);
    if (named.length === 0) {
      unattributed.push({ file: log.file, line: item.line, column: item.column, text: item.text });
      continue;
    }
    const reading = readDrill(item.text, coverage);
    const state = itemState(item, reading.alarm);
    const faults = reading.faults.length > 0 ? reading.faults : [{ faultType: null, nodes: null }];
    const breadth = named.length * faults.length;
    for (const system of named) {
      for (const fault of faults) {
        contribute(cells, cellKey(system, fault.faultType), { state, breadth, line: item.line, nodes: fault.nodes ?? reading.nodes, hosts: item.hosts });
      }
    }
  }
  // A recorded run counts for a cell no item names: the items say what is still open about it.
  const namedByItems = new Set(cells.keys());
  for (const record of drillRecords(log)) {
    const reading = readDrill(record.fault, coverage);
    const state = record.alarm || reading.alarm ? 'alarm' : 'done';
    const faults = reading.faults.length > 0 ? reading.faults : [{ faultType: null, nodes: null }];
    const recordSystems = systemsNamed(record.system, systems);
    const breadth = recordSystems.length * faults.length;
    for (const system of recordSystems) {
      for (const fault of faults) {
        const key = cellKey(system, fault.faultType);
        if (!namedByItems.has(key)) contribute(cells, key, { state, breadth, line: record.line, nodes: record.nodes, hosts: [] });
      }
    }
  }
  return { cells, unattributed };
}

function score(cells: readonly CoverageCell[]): CoverageScore {
  const required = cells.filter((cell) => cell.required);
  const done = required.reduce((sum, cell) => sum + stateWeights[cell.state], 0);
  return { done, required: required.length, ratio: required.length === 0 ? 0 : Math.round((done / required.length) * 1000) / 1000 };
}

/**
 * The date each cell's latest run of done statements began: a done line copied into every
 * following log keeps its first date; a log that names the cell otherwise, or leaves it out, ends the run.
 */
export function doneSince(statementsByDate: ReadonlyMap<IsoDate, ReadonlyMap<string, Contribution['state']>>): Map<string, IsoDate> {
  const since = new Map<string, IsoDate>();
  let previous: ReadonlyMap<string, Contribution['state']> = new Map();
  for (const date of [...statementsByDate.keys()].sort()) {
    const statements = statementsByDate.get(date) ?? new Map<string, Contribution['state']>();
    for (const [key, state] of statements) if (state === 'done' && previous.get(key) !== 'done') since.set(key, date);
    previous = statements;
  }
  return since;
}

/** Done on `lastDone` and more than `expiryDays` working days have passed since, up to `today`. */
export function hasExpired(lastDone: IsoDate, today: IsoDate, expiryDays: number, calendar: WorkCalendar): boolean {
  return lastDone < today && countWorkingDays(addDaysIso(lastDone, 1), today, calendar) > expiryDays;
}

/** The matrix across the logs; drills expire by the working days of `calendar` (weekdays when none is given). */
export function buildCoverage(logs: readonly WorkLog[], coverage: CoverageConfig, calendar: WorkCalendar = weekdaysOnly): Coverage {
  const ordered = byDate(logs);
  const systems = knownSystems(ordered, coverage);
  const cells = cellHistory();
  for (const log of ordered) cells.add(log, contributionsOf(log, systems, coverage));
  return matrixOf(cells, systems, coverage, calendar);
}

/**
 * The matrix as each day saw it: the i-th entry is `buildCoverage` of the first i + 1 logs (dated, oldest first).
 * Each log is read once, and again only when a later log teaches a new system that its items might name; each day
 * adds its log to what the days before it said, so the days cost the sum of their logs, not its square.
 */
export function coverageByDay(ordered: readonly WorkLog[], coverage: CoverageConfig, calendar: WorkCalendar = weekdaysOnly): Coverage[] {
  const systems = configuredSystems(coverage);
  let cells = cellHistory();
  let read = 0;
  return ordered.map((log, index) => {
    const known = systems.length;
    learnSystems(log, systems, coverage);
    if (systems.length !== known) {
      cells = cellHistory();
      read = 0;
    }
    for (; read <= index; read++) {
      const earlier = ordered[read] as WorkLog;
      cells.add(earlier, contributionsOf(earlier, systems, coverage));
    }
    return matrixOf(cells, [...systems], coverage, calendar);
  });
}

type Said = Contribution['state'];

/** What the logs added so far (oldest first) say about each cell, the newest deciding. */
interface CellHistory {
  add(log: WorkLog, found: LogStatements): void;
  /** The date of the newest log added (null when it has none): today for expiry. */
  today(): IsoDate | null;
  latest: ReadonlyMap<string, Contribution & { file: string }>;
  /** The drills the newest log names that no system claims. */
  unattributed(): UnattributedDrill[];
  /** The date the cell's latest run of done statements began, as doneSince reads every date. */
  lastDone(key: string): IsoDate | null;
}

/**
 * Keeps each date's statements and, for the dates before the newest, when each cell's run of done statements began,
 * so that asking after each added log costs that log's cells, not every date again.
 */
function cellHistory(): CellHistory {
  let today: IsoDate | null = null;
  let unattributed: UnattributedDrill[] = [];
  const latest = new Map<string, Contribution & { file: string }>();
  const statementsByDate = new Map<IsoDate, Map<string, Said>>();
  // The newest date with statements, the one before it, and doneSince of the dates before the newest.
  let newest: { date: IsoDate; said: Map<string, Said> } | null = null;
  let dayBefore: ReadonlyMap<string, Said> = new Map();
  const settled = new Map<string, IsoDate>();
  // A date older than the newest came after it: every date is read again.
  let unordered = false;

  const moveTo = (date: IsoDate, said: Map<string, Said>) => {
    if (newest !== null && date < newest.date) unordered = true;
    if (newest !== null && date <= newest.date) return;
    if (newest !== null) {
      for (const [key, state] of newest.said) if (state === 'done' && dayBefore.get(key) !== 'done') settled.set(key, newest.date);
      dayBefore = newest.said;
    }
    newest = { date, said };
  };

  return {
    add(log, found) {
      today = log.date;
      unattributed = found.unattributed;
      // A log with no drill in it says nothing about drills, so it neither ends nor starts a run.
      const dated = log.date && found.cells.size > 0 ? log.date : null;
      const said = dated ? statementsByDate.get(dated) ?? new Map<string, Said>() : null;
      if (dated && said) {
        statementsByDate.set(dated, said);
        moveTo(dated, said);
      }
      for (const [key, contribution] of found.cells) {
        latest.set(key, { ...contribution, file: log.file });
        said?.set(key, contribution.state);
      }
    },
    today: () => today,
    latest,
    unattributed: () => unattributed,
    lastDone(key) {
      if (unordered) return doneSince(statementsByDate).get(key) ?? null;
      if (newest !== null && newest.said.get(key) === 'done' && dayBefore.get(key) !== 'done') return newest.date;
      return settled.get(key) ?? null;
    },
  };
}

/** The matrix from what the logs added to `history` say, the newest deciding. */
function matrixOf(history: CellHistory, systems: readonly SystemRow[], coverage: CoverageConfig, calendar: WorkCalendar): Coverage {
  const today = history.today();
  const { latest } = history;
  const unattributed = history.unattributed();
  const faultTypeIds = [...coverage.faultTypes.map((type) => type.id), null];
  const cells: CoverageCell[] = [];
  for (const system of systems) {
    const required = new Set(system.required ?? coverage.required);
    for (const faultType of faultTypeIds) {
      const key = cellKey(system.name, faultType);
      const found = latest.get(key);
      const isRequired = faultType !== null && required.has(faultType);
      if (!found && !isRequired) continue;
      const done = history.lastDone(key);
      const expired = found?.state === 'done' && done !== null && today !== null && hasExpired(done, today, coverage.expiryDays, calendar);
      cells.push({
        system: system.name,
        faultType,
        state: expired ? 'expired' : found?.state ?? 'never',
        required: isRequired,
        file: found?.file ?? null,
        lines: found?.lines ?? [],
        nodes: found?.nodes ?? null,
        hosts: found?.hosts ?? [],
        lastDone: done,
      });
    }
  }

  return {
    today,
    faultTypes: coverage.faultTypes.map((type) => ({ id: type.id, label: type.label })),
    systems: systems.map((system) => ({
      name: system.name,
      source: system.source,
      file: system.file,
      line: system.line,
      score: score(cells.filter((cell) => cell.system === system.name)),
    })),
    cells,
    unattributed,
    score: score(cells),
  };
}
