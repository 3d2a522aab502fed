import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/build.js';
import { isWorkingDay } from '../../src/calendar/working-days.js';
import { defaultCalendar } from '../../src/config/defaults.js';
import { fixturesDir, root, runCli } from '../helpers.js';

/** An item as the status document lists it: its text, and the fields a day's expectation names. */
interface StatusItem {
  text: string;
  firstSeen?: string;
  age?: number;
  carriedOver?: boolean;
  due?: string;
  daysLate?: number;
  workingDaysLate?: number;
}

interface StatusJson {
  today: string;
  open: StatusItem[];
  doneSincePrevious: StatusItem[];
  cancelledSincePrevious: StatusItem[];
  dropped: StatusItem[];
  overdue: StatusItem[];
  dueToday: StatusItem[];
  coverage: {
    score: { done: number; required: number; ratio: number };
    cells: { system: string; faultType: string | null; state: string; lastDone: string | null; nodes: number | null }[];
  };
}

type DueEntry = Required<Pick<StatusItem, 'text' | 'due' | 'daysLate' | 'workingDaysLate'>>;

/** What `fixtures/history/weeks/expected.json` says of one day, with that day's log as today and the logs before it as history. */
interface ExpectedDay {
  open: Record<string, { firstSeen: string; age: number; carriedOver: boolean }>;
  doneSincePrevious: string[];
  cancelledSincePrevious: string[];
  dropped: string[];
  overdue: DueEntry[];
  dueToday: DueEntry[];
  /** Cells named `system faultType`. */
  coverage: { score: StatusJson['coverage']['score']; cells: Record<string, { state: string; lastDone: string | null; nodes: number | null }> };
}

const folder = join(fixturesDir, 'history/weeks');
const config = relative(root, join(folder, 'worklog.config.json'));
const logs = readdirSync(folder).filter((name) => name.endsWith('.md')).sort().map((name) => relative(root, join(folder, name)));
const dayOf = (path: string): string => path.slice(-'YYYY-MM-DD.md'.length, -'.md'.length);
// Written by hand from the calendar before the program was run on the folder; never rewritten from its output.
const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Record<string, ExpectedDay>;

/** The status document's answer for one day, in the shape of the expectation. */
function asExpected(status: StatusJson, expectedCells: ExpectedDay['coverage']['cells']): ExpectedDay {
  const texts = (items: StatusItem[]) => items.map((item) => item.text);
  const due = (items: StatusItem[]): DueEntry[] => items.map(({ text, due: date, daysLate, workingDaysLate }) => ({ text, due: date ?? '', daysLate: daysLate ?? -1, workingDaysLate: workingDaysLate ?? -1 }));
  const cells = Object.fromEntries(Object.keys(expectedCells).map((name) => {
    const [system, faultType] = name.split(' ');
    const cell = status.coverage.cells.find((candidate) => candidate.system === system && candidate.faultType === faultType);
    return [name, cell ? { state: cell.state, lastDone: cell.lastDone, nodes: cell.nodes } : { state: 'absent', lastDone: null, nodes: null }];
  }));
  return {
    open: Object.fromEntries(status.open.map(({ text, firstSeen, age, carriedOver }) => [text, { firstSeen: firstSeen ?? '', age: age ?? -1, carriedOver: carriedOver ?? false }])),
    doneSincePrevious: texts(status.doneSincePrevious),
    cancelledSincePrevious: texts(status.cancelledSincePrevious),
    dropped: texts(status.dropped),
    overdue: due(status.overdue),
    dueToday: due(status.dueToday),
    coverage: { score: status.coverage.score, cells },
  };
}

describe('three weeks of logs around National Day 2025 (fixtures/history/weeks)', () => {
  const calendar = buildCalendar(defaultCalendar);

  it('holds a log for every working day from 22 September to 14 October: the weekend and the holiday skipped, both make-up days written', () => {
    expect(logs.length).toBeGreaterThanOrEqual(13);
    const days = logs.map(dayOf);
    expect(days.every((day) => isWorkingDay(day, calendar))).toBe(true);
    expect(days).toEqual(expect.arrayContaining(['2025-09-28', '2025-10-11']));
    expect(days.some((day) => day >= '2025-10-01' && day <= '2025-10-08')).toBe(false);
    expect(Object.keys(expected)).toEqual(days);
  });

  it.each(logs.map((log, index) => [dayOf(log), logs.slice(0, index + 1)] as const))(
    '%s: ages, what changed since the previous log, what is due and the drills as written beside the folder',
    async (day, paths) => {
      const result = await runCli(['status', '--format', 'json', '--no-provenance', '--config', config, ...paths], { env: { WORKLOG_TODAY: day } });
      expect(result.stderr).toBe('');
      const status = JSON.parse(result.stdout) as StatusJson;
      expect(status.today).toBe(day);
      const want = expected[day];
      if (!want) throw new Error(`no expectation for ${day}`);
      expect(asExpected(status, want.coverage.cells)).toEqual(want);
    },
  );
});
