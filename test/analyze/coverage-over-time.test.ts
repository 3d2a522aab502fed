import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCoverage, doneSince, hasExpired } from '../../src/analyze/coverage/matrix.js';
import { buildCalendar } from '../../src/calendar/build.js';
import { makeCalendar, weekdaysOnly } from '../../src/calendar/working-days.js';
import { defaultCoverage } from '../../src/config/defaults.js';
import { resolveConfig, validateConfig } from '../../src/config/validate.js';
import type { Coverage } from '../../src/model/coverage.js';
import { parseLog } from '../../src/parse/log.js';
import { expectedJson, fixturesDir, parseFixture, runCli } from '../helpers.js';

const folder = join(fixturesDir, 'coverage/over-time');
const configFile = join(folder, 'worklog.config.json');
const config = resolveConfig(validateConfig(JSON.parse(readFileSync(configFile, 'utf8')), configFile), configFile);
const logs = readdirSync(folder).filter((name) => name.endsWith('.md')).sort().map((name) => parseFixture(join(folder, name)));
const calendar = buildCalendar(config.calendar);

const cell = (coverage: Coverage, system: string, faultType: string | null) =>
  coverage.cells.find((candidate) => candidate.system === system && candidate.faultType === faultType);

describe('coverage over three weeks of logs (fixtures/coverage/over-time, Qingming 2024 and its make-up Sunday)', () => {
  const coverage = buildCoverage(logs, config.coverage, calendar);

  it('matches the state, lastDone and deciding log of every cell written beside the folder', () => {
    const actual = {
      today: coverage.today,
      score: coverage.score,
      cells: coverage.cells.map(({ system, faultType, state, lastDone, file, lines, nodes }) => ({ system, faultType, state, lastDone, file, lines, nodes })),
    };
    expect(actual).toEqual(expectedJson(join(fixturesDir, 'coverage/over-time.expected.json'), actual));
  });

  it('keeps the first day of a done line copied forward every day, so the drill expires', () => {
    expect(cell(coverage, '钱包', 'disk')).toMatchObject({ state: 'expired', lastDone: '2024-03-26', file: 'fixtures/coverage/over-time/2024-04-12.md' });
  });

  it('dates a drill reopened and done again by the day it was redone', () => {
    expect(cell(coverage, '收银台', 'disk')).toMatchObject({ state: 'done', lastDone: '2024-04-09' });
  });

  it('starts a new run after a log that leaves the done line out', () => {
    expect(cell(coverage, '钱包', 'cpu')).toMatchObject({ state: 'done', lastDone: '2024-04-03' });
  });

  it('expires a drill done once and dropped, counting working days only', () => {
    expect(cell(coverage, '账户中心', 'memory')).toMatchObject({ state: 'expired', lastDone: '2024-03-25', file: 'fixtures/coverage/over-time/2024-03-25.md' });
    // Ten working days after 28 March under the official calendar (the Qingming holiday off, the make-up Sunday on): not yet expired.
    expect(cell(coverage, '收银台', 'cpu')).toMatchObject({ state: 'done', lastDone: '2024-03-28' });
    // Eleven weekdays when the holiday is counted as a working day and the make-up Sunday is not.
    expect(cell(buildCoverage(logs, config.coverage, weekdaysOnly), '收银台', 'cpu')?.state).toBe('expired');
  });

  it('lets a specific tick decide a cell while the umbrella item stays open', () => {
    expect(cell(coverage, '营销', 'disk')).toMatchObject({ state: 'done', lastDone: '2024-04-01' });
    expect(cell(coverage, '营销', 'cpu')).toMatchObject({ state: 'pending', nodes: 6, lastDone: null });
    expect(cell(coverage, '营销', 'memory')).toMatchObject({ state: 'pending', nodes: 1, lastDone: null });
  });

  it('takes the worst of equally specific items in one log, and keeps when the drill was last done', () => {
    expect(cell(coverage, '账户中心', 'network')).toMatchObject({ state: 'alarm', lastDone: '2024-04-10' });
  });

  it('weighs an expired cell 0.75', () => {
    expect(coverage.systems.find((system) => system.name === '钱包')?.score).toEqual({ done: 1.75, required: 4, ratio: 0.438 });
  });

  it('reads the same whatever the order the logs are given in', () => {
    expect(buildCoverage([...logs].reverse(), config.coverage, calendar)).toEqual(coverage);
  });
});

describe('worklog coverage on the folder, with its configuration found from the working directory', () => {
  it('lists each expired drill with the day it was last done, in the terminal and in markdown', async () => {
    const text = await runCli(['coverage', '.'], { cwd: folder });
    expect(text.stdout).toContain('Expired drills\n  钱包 磁盘, last done 2024-03-26\n  账户中心 内存, last done 2024-03-25\n');
    const markdown = await runCli(['coverage', '--format', 'markdown', '.'], { cwd: folder });
    expect(markdown.stdout).toContain('## Expired drills\n\n- 钱包 磁盘, last done 2024-03-26\n- 账户中心 内存, last done 2024-03-25\n');
  });

  it('says expired, and when, in the status summary and the JSON', async () => {
    const status = await runCli(['status', '.'], { cwd: folder });
    expect(status.stdout).toContain('expired: 钱包 磁盘, last done 2024-03-26; 账户中心 内存, last done 2024-03-25');
    const json = JSON.parse((await runCli(['coverage', '--format', 'json', '.'], { cwd: folder })).stdout) as { coverage: Coverage };
    expect(cell(json.coverage, '钱包', 'disk')).toMatchObject({ state: 'expired', lastDone: '2024-03-26' });
  });
});

describe('the most specific item decides a cell', () => {
  const umbrella = '- [ ] 营销方向的放火（磁盘全部，CPU6个，内存1个）';
  const specific = '- [x] 营销磁盘放火';
  const coverageOf = (...lines: string[]) =>
    buildCoverage([parseLog(`# 2024-04-12\n\n## 放火工作\n${lines.join('\n')}\n`, { file: 'log.md' })], defaultCoverage);

  it.each([
    ['after the umbrella', [umbrella, specific], [5, 4]],
    ['before the umbrella', [specific, umbrella], [4, 5]],
  ])('whether written %s, and lists both lines', (_order, lines, cellLines) => {
    const coverage = coverageOf(...lines);
    expect(cell(coverage, '营销', 'disk')).toMatchObject({ state: 'done', lines: cellLines });
    expect(cell(coverage, '营销', 'cpu')).toMatchObject({ state: 'pending', nodes: 6 });
  });

  it('lets an open specific item outweigh a ticked umbrella', () => {
    const coverage = coverageOf('- [ ] 营销磁盘放火', '- [x] 营销方向的放火（磁盘全部，CPU6个，内存1个）');
    expect(cell(coverage, '营销', 'disk')?.state).toBe('pending');
    expect(cell(coverage, '营销', 'cpu')?.state).toBe('done');
  });

  it('keeps a run going across a log with no drill in it', () => {
    const log = (date: string, drills: string) => parseLog(`# ${date}\n\n## 今日工作\n- [ ] 对账服务迁移方案评审\n${drills}`, { file: `${date}.md` });
    const coverage = buildCoverage([
      log('2024-04-08', '\n## 放火工作\n- [x] 钱包磁盘放火\n'),
      log('2024-04-09', ''),
      log('2024-04-10', '\n## 放火工作\n- [x] 钱包磁盘放火\n'),
    ], defaultCoverage);
    expect(cell(coverage, '钱包', 'disk')?.lastDone).toBe('2024-04-08');
  });

  it('takes the worst state among equally specific items', () => {
    expect(cell(coverageOf('- [x] 钱包磁盘放火', '- [ ] 钱包磁盘放火复测'), '钱包', 'disk')?.state).toBe('pending');
  });
});

describe('doneSince', () => {
  const day = (entries: [string, 'done' | 'pending' | 'alarm'][]) => new Map(entries);

  it('keeps the first day of an unbroken run, and restarts after a break or a silent day', () => {
    const since = doneSince(new Map([
      ['2024-04-01', day([['a', 'done'], ['b', 'done'], ['c', 'done']])],
      ['2024-04-02', day([['a', 'done'], ['b', 'pending']])],
      ['2024-04-03', day([['a', 'done'], ['b', 'done'], ['c', 'done']])],
      ['2024-04-04', day([['b', 'pending']])],
    ]));
    expect(Object.fromEntries(since)).toEqual({ a: '2024-04-01', b: '2024-04-03', c: '2024-04-03' });
  });
});

describe('hasExpired', () => {
  const qingming = makeCalendar(['2024-04-04', '2024-04-05'], ['2024-04-07']);

  it.each([
    ['2024-03-28', '2024-04-12', 10, qingming, false],
    ['2024-03-28', '2024-04-12', 9, qingming, true],
    ['2024-03-28', '2024-04-12', 10, weekdaysOnly, true],
    ['2024-04-12', '2024-04-12', 0, weekdaysOnly, false],
    ['2024-04-12', '2024-04-11', 1, weekdaysOnly, false],
  ])('done %s, today %s, %i working days: %s', (lastDone, today, days, workCalendar, expired) => {
    expect(hasExpired(lastDone, today, days, workCalendar)).toBe(expired);
  });
});
