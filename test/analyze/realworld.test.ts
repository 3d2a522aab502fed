/**
 * The realworld corpus: logs written the way people really write them, each with its findings beside it
 * (checked, finding for finding, by the fixture-findings harness) and, here, what must hold besides the
 * findings: every item the user wrote is read with its status, and coverage learns exactly the systems
 * a reader would put in the drill matrix.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCoverage } from '../../src/analyze/coverage/matrix.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { ItemStatus } from '../../src/model/log.js';
import { expectedFindings, findingsByFile } from '../fixture-findings.js';
import { fixturesDir, parseFixture, root } from '../helpers.js';

const corpusDir = join(fixturesDir, 'realworld');

interface Expectation {
  /** How many items of each status the log holds (statuses not listed hold none). */
  items: Partial<Record<ItemStatus, number>>;
  /** The systems coverage learns from the log's drills, in matrix order. */
  systems: string[];
  /** Why the counts are what they are, where a reader might doubt it. */
  note?: string;
}

const expectations = JSON.parse(readFileSync(join(corpusDir, 'corpus.json'), 'utf8')) as Record<string, Expectation>;
const logs = readdirSync(corpusDir).filter((name) => name.endsWith('.md')).sort();

describe('the realworld corpus', () => {
  it('has at least 30 logs, each with its expectations', () => {
    expect(logs.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expectations).sort()).toEqual(logs);
  });

  it('reports every finding expected beside each log, and nothing else (precision and recall)', async () => {
    const unexpected: string[] = [];
    const missing: string[] = [];
    // Each log alone, as its author would check it: coverage and today are per log.
    const runs = await Promise.all(logs.map((name) => findingsByFile({ paths: [relative(root, join(corpusDir, name))] })));
    logs.forEach((name, index) => {
      const found = [...(runs[index]?.values() ?? [])].flat();
      const expected = expectedFindings(join(corpusDir, name), found);
      unexpected.push(...found.filter((line) => !expected.includes(line)).map((line) => `${name} ${line}`));
      missing.push(...expected.filter((line) => !found.includes(line)).map((line) => `${name} ${line}`));
    });
    expect({ unexpected, missing }).toEqual({ unexpected: [], missing: [] });
  });

  it.each(logs)('%s: every item is read, with its status', (name) => {
    const log = parseFixture(join(corpusDir, name));
    const counts: Partial<Record<ItemStatus, number>> = {};
    for (const item of log.items) counts[item.status] = (counts[item.status] ?? 0) + 1;
    expect(counts).toEqual(expectations[name]?.items);
  });

  it.each(logs)('%s: coverage learns only the systems the drills name', (name) => {
    const log = parseFixture(join(corpusDir, name));
    const coverage = buildCoverage([log], defaultConfig.coverage);
    expect(coverage.systems.map((system) => system.name)).toEqual(expectations[name]?.systems);
  });
});
