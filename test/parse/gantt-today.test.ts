import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/parse/log.js';
import { readsToday } from '../../src/parse/mermaid/gantt-today.js';
import { filesUnder, fixturesDir } from '../helpers.js';

const days = ['2023-11-12', '2031-02-03'] as const;

/** A log as each of two days reads it, and whether worklog says the day matters to it. */
function onTwoDays(text: string, file: string): { differs: boolean; reads: boolean } {
  const [first, second] = days.map((today) => parseLog(text, { file, today }));
  if (!first) throw new Error('no model');
  return { differs: JSON.stringify(first) !== JSON.stringify(second), reads: readsToday(first) };
}

// Every log fixture, and every gantt chart fixture placed in a log (sequence diagrams have no dates): whatever a chart is, a model that changes with the day
// must say so. The few fixtures of tens of thousands of lines are there for speed and depth, not for new shapes.
const small = (path: string) => ({ name: relative(fixturesDir, path), text: readFileSync(path, 'utf8') });
const logs = filesUnder(fixturesDir, '.md').map(small).filter(({ text }) => text.length < 50_000);
const charts = filesUnder(join(fixturesDir, 'gantt'), '.mmd').map(small).filter(({ text }) => text.length < 50_000)
  .map(({ name, text }) => ({ name, text: `# 2023-11-12\n\n\`\`\`mermaid\n${text}\n\`\`\`\n` }));

describe('whether a log reads the day worklog runs', () => {
  it('is said of every fixture whose model changes with the day', () => {
    const missed: string[] = [];
    let changing = 0;
    for (const { name, text } of [...logs, ...charts]) {
      const { differs, reads } = onTwoDays(text, name);
      if (differs) changing += 1;
      if (differs && !reads) missed.push(name);
    }
    expect(missed).toEqual([]);
    // Not vacuous: the fixtures hold charts that do read it, among hundreds that do not.
    expect(changing).toBeGreaterThan(3);
    expect(logs.length + charts.length).toBeGreaterThan(350);
  });

  it('is said of a Day Planner chart and of an after naming no task, and not of a chart of dates', () => {
    const chart = (body: string) => `# 2023-11-12\n\n\`\`\`mermaid\ngantt\n${body}\n\`\`\`\n`;
    const reads = (text: string) => onTwoDays(text, 'day.md');
    expect(reads(chart('dateFormat HH:mm\nsection Day\nStand-up :09:00, 15m'))).toEqual({ differs: true, reads: true });
    expect(reads(chart('dateFormat YYYY-MM-DD\nsection A\nTest :a1, after nothing, 2d'))).toEqual({ differs: true, reads: true });
    expect(reads(chart('dateFormat YYYY-MM-DD\nsection A\nBuild :a1, 2023-11-13, 2d\nTest :a2, after a1, 2d'))).toEqual({ differs: false, reads: false });
    expect(reads('# 2023-11-12\n\n- [ ] P1 write the plan\n')).toEqual({ differs: false, reads: false });
  });
});
