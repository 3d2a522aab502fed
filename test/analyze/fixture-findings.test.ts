import { readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/rules/catalog.js';
import { expectedFindings, findingsByFile, readExpectedFindings, ruleOfLine, type FindingRun } from '../fixture-findings.js';
import { filesUnder, fixturesDir, referenceLog, root } from '../helpers.js';

const logsIn = (dir: string): string[] => readdirSync(join(fixturesDir, dir)).filter((name) => name.endsWith('.md')).sort()
  .map((name) => relative(root, join(fixturesDir, dir, name)));

/** Each log alone (with `NAME.config.json` when there is one), and history folders as one run each. */
function runs(): FindingRun[] {
  const alone = ['parse', 'schedule', 'coverage', 'report', 'gantt', 'sequence', 'items'].flatMap(logsIn).map((path) => {
    const config = path.replace(/\.md$/, '.config.json');
    return filesUnder(fixturesDir, '.config.json').some((file) => relative(root, file) === config) ? { paths: [path], config } : { paths: [path] };
  });
  const folders = ['history/days', 'coverage/history', 'report/hostile-history', 'io', 'items/history', 'trend/undated'].map((dir) => ({ paths: [relative(root, join(fixturesDir, dir))] }));
  // A folder is read with the folders in it: `history`'s own logs are one run, `history/days` another.
  folders.unshift({ paths: logsIn('history') });
  // Folders with their own configuration (drills that expire within their three weeks).
  const configured = ['coverage/over-time', 'history/weeks'].map((dir) => ({
    paths: [relative(root, join(fixturesDir, dir))],
    config: relative(root, join(fixturesDir, dir, 'worklog.config.json')),
  }));
  // A team's logs in YYYY/MM/ folders, checked together; its README, template and drafts are no logs.
  const teamLogs = { paths: filesUnder(join(fixturesDir, 'ci/team-logs'), '.md').map((path) => relative(root, path)).filter((path) => /\/\d{4}\/\d{2}\/\d{2}\.md$/.test(path)) };
  return [{ paths: [relative(root, referenceLog)] }, ...alone, ...folders, ...configured, teamLogs];
}

const allRuns = runs();

describe('findings expected beside each fixture log (NAME.findings.txt)', () => {
  it.each(allRuns.map((run) => [run.paths.length > 3 ? `${run.paths[0]} and ${run.paths.length - 1} more` : run.paths.join(' '), run] as const))('%s', async (_name, run) => {
    for (const [file, actual] of await findingsByFile(run)) {
      expect(actual, file).toEqual(expectedFindings(join(root, file), actual));
    }
  }, 60_000); // a folder of 40 logs, on a machine other jobs share

  it('expects every rule in the catalog somewhere: in a fixture log, or as a gantt or sequence lint fixture', () => {
    const expected = new Set(filesUnder(fixturesDir, '.findings.txt')
      .flatMap((file) => readExpectedFindings(file).map(ruleOfLine)));
    // A diagram lint fixture is named after its rule: `gantt/lint/invalid-start-after.mmd`, `sequence/lint/syntax--no-header.mmd`.
    const lintFixtures = ['gantt', 'sequence'].flatMap((kind) => filesUnder(join(fixturesDir, kind, 'lint'), '.mmd')
      .filter((path) => !path.endsWith('.ok.mmd'))
      .map((path) => `${kind}/${basename(path, '.mmd')}`));
    const triggered = (id: string) => expected.has(id) || lintFixtures.some((name) => name === id || name.startsWith(`${id}-`));
    const unexpected = ruleCatalog.map((rule) => rule.id).filter((id) => !triggered(id));
    expect(unexpected).toEqual([]);
  });

  it('has no findings file without its log', () => {
    // The realworld corpus is checked by its own test, for precision and recall.
    const logs = new Set([...allRuns.flatMap((run) => run.paths), ...logsIn('realworld')]);
    const orphans = filesUnder(fixturesDir, '.findings.txt').map((file) => relative(root, file)).filter((file) => {
      const log = file.replace(/\.findings\.txt$/, '.md');
      return !logs.has(log) && ![...logs].some((path) => log.startsWith(`${path}/`));
    });
    expect(orphans).toEqual([]);
  });
});
