import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Gantt from '../../src/parse/mermaid/gantt.js';
import { forgetCarriedCharts, parseCarriedGantt } from '../../src/parse/mermaid/carried-charts.js';
import { parseGantt } from '../../src/parse/mermaid/gantt.js';
import type { DiagramOrigin } from '../../src/parse/mermaid/prepare.js';
import { filesUnder, fixturesDir } from '../helpers.js';

/** How many charts were read rather than carried. */
const reads = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../src/parse/mermaid/gantt.js', async (importOriginal) => {
  const real = await importOriginal<typeof Gantt>();
  return {
    ...real,
    parseGantt: (...args: Parameters<typeof real.parseGantt>) => {
      reads.count += 1;
      return real.parseGantt(...args);
    },
  };
});

/** Every gantt chart in the fixtures: `.mmd` files, and the gantt blocks of markdown logs. */
function charts(): string[] {
  const found = filesUnder(`${fixturesDir}/gantt`, '.mmd').map((path) => readFileSync(path, 'utf8'));
  for (const path of filesUnder(fixturesDir, '.md')) {
    for (const [, body] of readFileSync(path, 'utf8').matchAll(/^```mermaid\n((?:(?!```)[^])*?)```/gm)) {
      if (/^\s*gantt\b/m.test(body ?? '') && (body ?? '').length < 200_000) found.push(body ?? '');
    }
  }
  return found;
}

const at = (line: number, column = 1, lineColumns?: (number | undefined)[]): DiagramOrigin => ({ line, column, ...(lineColumns ? { lineColumns } : {}) });

describe('gantt charts carried from one log to the next', () => {
  beforeEach(() => {
    forgetCarriedCharts();
    reads.count = 0;
  });

  it('read every fixture chart as a fresh reading does, wherever and whichever day it is read again', () => {
    const all = charts();
    expect(all.length).toBeGreaterThan(50);
    for (const source of all) {
      forgetCarriedCharts();
      for (const [today, origin] of [['2023-11-12', at(3)], ['2023-11-12', at(40)], ['2023-11-13', at(12)], ['2023-11-13', at(12, 3)], ['2023-11-14', at(1, 3, [1])]] as const) {
        const carried = parseCarriedGantt(source, { today, origin });
        expect(carried, `${source.slice(0, 60)} on ${today} at ${JSON.stringify(origin)}`).toEqual(parseGantt(source, { today, origin }));
      }
    }
  });

  it('reads a chart once for the same columns, and moves it to where it stands now', () => {
    const source = 'gantt\ndateFormat YYYY-MM-DD\nsection 李想\n商户进件:a1, 2024-01-02, 3d\n支付退款:after a1, 2d\nbad line\n';
    const first = parseCarriedGantt(source, { today: '2024-01-02', origin: at(10) });
    const later = parseCarriedGantt(source, { today: '2024-01-03', origin: at(25) });
    expect(reads.count).toBe(1);
    expect(later.chart.tasks.map((task) => task.line)).toEqual(first.chart.tasks.map((task) => task.line + 15));
    expect(later.diagnostics.length).toBeGreaterThan(0);
    expect(later.diagnostics.map((found) => found.line)).toEqual(first.diagnostics.map((found) => found.line + 15));
    // Another indentation is another reading.
    parseCarriedGantt(source, { today: '2024-01-03', origin: at(25, 3) });
    expect(reads.count).toBe(2);
  });

  it('reads a chart that depends on the day again on another day: times of day, an after naming no task', () => {
    for (const source of ['gantt\ndateFormat HH:mm\nsection Day\nStand-up :09:00, 15m\n', 'gantt\ndateFormat YYYY-MM-DD\nTask :after nosuch, 2d\n']) {
      forgetCarriedCharts();
      reads.count = 0;
      const monday = parseCarriedGantt(source, { today: '2024-01-01', origin: at(5) });
      expect(parseCarriedGantt(source, { today: '2024-01-01', origin: at(9) }).chart.tasks[0]?.start).toBe(monday.chart.tasks[0]?.start);
      expect(reads.count).toBe(1);
      const tuesday = parseCarriedGantt(source, { today: '2024-01-02', origin: at(5) });
      expect(reads.count).toBe(2);
      expect(tuesday).toEqual(parseGantt(source, { today: '2024-01-02', origin: at(5) }));
      expect(tuesday.chart.tasks[0]?.start).not.toBe(monday.chart.tasks[0]?.start);
    }
  });

  it('hands out copies: changing one reading changes no other', () => {
    const source = 'gantt\ndateFormat YYYY-MM-DD\nexcludes weekends\nsection A\nTask :crit, 2024-01-02, 3d\n';
    const first = parseCarriedGantt(source, { today: '2024-01-02', origin: at(1) });
    first.chart.tasks[0]?.tags.push('done');
    first.chart.excludes.push('friday');
    const second = parseCarriedGantt(source, { today: '2024-01-02', origin: at(1) });
    expect(second).toEqual(parseGantt(source, { today: '2024-01-02', origin: at(1) }));
  });

  it('keeps only the last few charts', () => {
    const chart = (index: number) => `gantt\ndateFormat YYYY-MM-DD\nTask ${index} :2024-01-02, 1d\n`;
    for (let index = 0; index < 20; index++) parseCarriedGantt(chart(index), { today: '2024-01-02', origin: at(1) });
    reads.count = 0;
    parseCarriedGantt(chart(19), { today: '2024-01-02', origin: at(1) });
    parseCarriedGantt(chart(0), { today: '2024-01-02', origin: at(1) });
    expect(reads.count).toBe(1);
  });
});
