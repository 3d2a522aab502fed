import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGantt } from '../../src/parse/mermaid/gantt.js';
import { expectedJson, fixturesDir } from '../helpers.js';

// Charts are read as if viewed on this day (vitest pins TZ=UTC).
const today = '2023-11-12';
const ganttDir = join(fixturesDir, 'gantt');

function chartFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return chartFiles(path);
    return entry.name.endsWith('.mmd') ? [path] : [];
  }).sort();
}

describe('every gantt fixture gives its checked-in model and diagnostics', () => {
  it.each(chartFiles(ganttDir).map((path) => relative(ganttDir, path)))('%s', (name) => {
    const path = join(ganttDir, name);
    const actual = parseGantt(readFileSync(path, 'utf8'), { today });
    expect(actual).toEqual(expectedJson(path.replace(/\.mmd$/, '.expected.json'), actual));
  });
});
