import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseGantt } from '../../src/parse/mermaid/gantt.js';
import { filesUnder, fixturesDir } from '../helpers.js';
import { loadMermaidGantt, type ReferenceChart, type ReferenceTask } from './mermaid-reference.js';

// The day the charts are "viewed": mermaid's new Date() and worklog's today.
const today = '2023-11-12';
const zones = ['Asia/Shanghai', 'America/New_York'];
const ganttDir = join(fixturesDir, 'gantt');

const charts = filesUnder(ganttDir, '.mmd').map((path) => ({ name: relative(ganttDir, path), source: readFileSync(path, 'utf8') }));

/** worklog's reading of a chart, in the reference's terms. */
function worklogChart(source: string): { title: string; tasks: ReferenceTask[]; lines: number[]; errors: string[]; undrawn: number[]; explained: number[] } {
  const { chart, diagnostics } = parseGantt(source, { today });
  // gantt/after-cycle is an error about tasks, not the chart: mermaid draws the chart, and no bar for those tasks.
  const perTask = (diagnostic: (typeof diagnostics)[number]) => diagnostic.ruleId === 'gantt/after-cycle';
  return {
    title: chart.title ?? '',
    tasks: chart.tasks.map(({ id, section, start, end, renderEnd, tags }) => ({ id, section, start, end, renderEnd, tags })),
    lines: chart.tasks.map((task) => task.line),
    errors: diagnostics.filter((diagnostic) => diagnostic.severity === 'error' && !perTask(diagnostic)).map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId}`),
    undrawn: diagnostics.filter(perTask).map((diagnostic) => diagnostic.line),
    explained: diagnostics.filter((diagnostic) => !perTask(diagnostic)).map((diagnostic) => diagnostic.line),
  };
}

describe.each(zones)('worklog draws every gantt chart as mermaid 11 does, in %s', (zone) => {
  const reference = new Map<string, ReferenceChart>();
  const ours = new Map<string, ReturnType<typeof worklogChart>>();
  const originalZone = process.env.TZ;

  beforeAll(async () => {
    process.env.TZ = zone;
    vi.useFakeTimers({ toFake: ['Date'] });
    // Mid-morning local time on `today`, so mermaid's "today" is that day in every zone.
    vi.setSystemTime(new Date(2023, 10, 12, 10, 30));
    // worklog first, before mermaid loads (and registers dayjs plugins of its own).
    for (const chart of charts) ours.set(chart.name, worklogChart(chart.source));
    const readWithMermaid = await loadMermaidGantt();
    for (const chart of charts) reference.set(chart.name, await readWithMermaid(chart.source));
  }, 60_000);

  afterAll(() => {
    vi.useRealTimers();
    process.env.TZ = originalZone;
  });

  it('has a corpus of at least 40 charts', () => {
    expect(charts.length).toBeGreaterThanOrEqual(40);
  });

  it.each(charts.map((chart) => chart.name))('%s', (name) => {
    const expected = reference.get(name);
    const actual = ours.get(name);
    if (expected?.drawn) {
      expect(actual?.errors, 'mermaid draws this chart, so worklog reports no error').toEqual([]);
      // Tasks mermaid leaves without dates: gantt/after-cycle names those no other diagnostic explains (an unreadable date), and no others.
      const undated = expected.tasks.flatMap((task, index) => (task.start === null || task.end === null ? [actual?.lines[index] ?? 0] : []));
      const unexplained = undated.filter((line) => !actual?.explained.includes(line));
      expect(actual?.undrawn.filter((line) => !undated.includes(line)), 'gantt/after-cycle only for tasks mermaid leaves without dates').toEqual([]);
      expect(unexplained.filter((line) => !actual?.undrawn.includes(line)), 'every task mermaid leaves without dates is explained').toEqual([]);
      expect(actual?.tasks).toEqual(expected.tasks);
      expect(actual?.title, 'the title mermaid draws').toBe(expected.title.trim());
    } else {
      expect(actual?.errors.length, `mermaid refuses this chart (${expected?.error ?? ''}), so worklog reports an error`).toBeGreaterThan(0);
    }
  });
});
