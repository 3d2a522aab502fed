import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGantt } from '../../src/parse/mermaid/gantt.js';
import { expectedJson, filesUnder, fixturesDir } from '../helpers.js';

// Charts are read as if viewed on this day (vitest pins TZ=UTC).
const today = '2023-11-12';
const ganttDir = join(fixturesDir, 'gantt');

describe('every gantt fixture gives its checked-in model and diagnostics', () => {
  it.each(filesUnder(ganttDir, '.mmd').map((path) => relative(ganttDir, path)))('%s', (name) => {
    const path = join(ganttDir, name);
    const actual = parseGantt(readFileSync(path, 'utf8'), { today });
    expect(actual).toEqual(expectedJson(path.replace(/\.mmd$/, '.expected.json'), actual));
  });
});
