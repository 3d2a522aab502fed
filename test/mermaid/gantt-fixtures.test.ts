import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGantt } from '../../src/parse/mermaid/gantt.js';
import { expectedJson, filesUnder, fixturesDir } from '../helpers.js';

// Charts are read as if viewed on this day (vitest pins TZ=UTC).
const today = '2023-11-12';
const ganttDir = join(fixturesDir, 'gantt');

// A chart with thousands of tasks (a stress fixture) is checked in by its size, its first and last tasks and its diagnostics.
const listedTasks = 100;

/** The model as checked in: whole, or for a very large chart, summed up. */
function checkedIn(reading: ReturnType<typeof parseGantt>): unknown {
  const { chart, diagnostics } = reading;
  if (chart.tasks.length <= listedTasks) return reading;
  return { chart: { ...chart, tasks: { count: chart.tasks.length, first: chart.tasks[0], last: chart.tasks.at(-1) } }, diagnostics };
}

describe('every gantt fixture gives its checked-in model and diagnostics', () => {
  it.each(filesUnder(ganttDir, '.mmd').map((path) => relative(ganttDir, path)))('%s', (name) => {
    const path = join(ganttDir, name);
    const actual = checkedIn(parseGantt(readFileSync(path, 'utf8'), { today }));
    expect(actual).toEqual(expectedJson(path.replace(/\.mmd$/, '.expected.json'), actual));
  });
});
