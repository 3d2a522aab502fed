import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCount, readDrill } from '../../src/analyze/coverage/drill-item.js';
import { buildCoverage } from '../../src/analyze/coverage/matrix.js';
import { subjectOf } from '../../src/analyze/coverage/systems.js';
import { defaultCoverage } from '../../src/config/defaults.js';
import { resolveConfig, validateConfig } from '../../src/config/validate.js';
import type { Coverage } from '../../src/model/coverage.js';
import { fixturesDir, parseFixture, referenceLog } from '../helpers.js';

const cell = (coverage: Coverage, system: string, faultType: string | null) =>
  coverage.cells.find((candidate) => candidate.system === system && candidate.faultType === faultType);

const configFrom = (file: string) => resolveConfig(validateConfig(JSON.parse(readFileSync(file, 'utf8')), file), file).coverage;

describe('coverage of the reference log, without configuration', () => {
  const coverage = buildCoverage([parseFixture(referenceLog)], defaultCoverage);

  it('learns the systems from the drill items', () => {
    expect(coverage.systems.map((system) => system.name)).toEqual(
      ['现金贷', '钱包', '支付中台', '收银台', '支付风控', '营销', '商账户', 'web', '信用卡', '信贷风控'],
    );
  });

  it('has disk done for 现金贷, 钱包, 支付中台, 收银台, 支付风控, 商账户 and web, and nothing else done', () => {
    const done = coverage.cells.filter((c) => c.state === 'done').map((c) => [c.system, c.faultType]);
    expect(done).toEqual([
      ['现金贷', 'disk'], ['钱包', 'disk'], ['支付中台', 'disk'], ['收银台', 'disk'], ['支付风控', 'disk'], ['商账户', 'disk'], ['web', 'disk'],
    ]);
  });

  it('reads 营销: disk pending, cpu pending on 6 nodes, memory pending on 1', () => {
    expect(cell(coverage, '营销', 'disk')).toMatchObject({ state: 'pending', lines: [33, 40] });
    expect(cell(coverage, '营销', 'cpu')).toMatchObject({ state: 'pending', nodes: 6, lines: [40] });
    expect(cell(coverage, '营销', 'memory')).toMatchObject({ state: 'pending', nodes: 1, lines: [40] });
  });

  it('reads web cpu as an alarm problem on 9 nodes, 信贷风控 cpu and memory pending, 信用卡 an alarm with no fault type', () => {
    expect(cell(coverage, 'web', 'cpu')).toMatchObject({ state: 'alarm', nodes: 9, lines: [37] });
    expect(cell(coverage, '信贷风控', 'cpu')?.state).toBe('pending');
    expect(cell(coverage, '信贷风控', 'memory')?.state).toBe('pending');
    expect(cell(coverage, '信用卡', null)).toMatchObject({ state: 'alarm', lines: [38] });
  });

  it('lists what it cannot attribute, including lines 44 and 45', () => {
    expect(coverage.unattributed.map((drill) => drill.line)).toEqual([36, 44, 45, 46]);
  });

  it('scores 7 done cells and one alarm over 10 systems × 4 required fault types', () => {
    expect(coverage.score).toEqual({ done: 7.5, required: 40, ratio: 0.188 });
    expect(coverage.systems.find((system) => system.name === 'web')?.score).toEqual({ done: 1.5, required: 4, ratio: 0.375 });
  });
});

describe('coverage with configured systems', () => {
  const coverage = buildCoverage(
    [parseFixture(join(fixturesDir, 'coverage/configured.md'))],
    configFrom(join(fixturesDir, 'coverage/configured.config.json')),
  );

  it('uses only the configured systems and their required matrix', () => {
    expect(coverage.systems.map((system) => [system.name, system.source, system.score.required])).toEqual([['钱包', 'config', 4], ['信用卡', 'config', 2]]);
  });

  it('attributes a host list through a host-name alias (creditcard → 信用卡)', () => {
    expect(cell(coverage, '信用卡', null)).toMatchObject({ state: 'pending', lines: [6], nodes: 4 });
    expect(cell(coverage, '信用卡', null)?.hosts).toHaveLength(2);
  });

  it('lists drills of systems it was not told about as unattributed', () => {
    expect(coverage.unattributed.map((drill) => drill.text)).toEqual(['营销磁盘放火']);
  });

  it('attributes the reference log host list to 信用卡 when learning as well', () => {
    const config = { ...defaultCoverage, systems: [{ name: '信用卡', aliases: ['creditcard'], required: null }], learnSystems: true };
    const reference = buildCoverage([parseFixture(referenceLog)], config);
    expect(reference.unattributed.map((drill) => drill.line)).toEqual([36, 44, 46]);
    expect(cell(reference, '信用卡', null)?.lines).toEqual([38, 45]);
  });
});

describe('coverage across several logs', () => {
  const logs = ['2023-08-01', '2023-10-20', '2023-11-12'].map((date) => parseFixture(join(fixturesDir, `coverage/history/${date}.md`)));
  const coverage = buildCoverage(logs, defaultCoverage);

  it('lets the latest log decide and keeps the date a drill was last done', () => {
    expect(cell(coverage, '钱包', 'memory')).toMatchObject({ state: 'pending', lastDone: '2023-08-01', file: 'fixtures/coverage/history/2023-10-20.md' });
    expect(cell(coverage, '收银台', 'disk')).toMatchObject({ state: 'done', lastDone: '2023-11-12' });
  });

  it('expires a drill done more than 90 days before the newest log, and weighs it 0.75', () => {
    expect(cell(coverage, '钱包', 'cpu')).toMatchObject({ state: 'expired', lastDone: '2023-08-01' });
    expect(coverage.systems.find((system) => system.name === '钱包')?.score.done).toBe(0.75);
    const longer = buildCoverage(logs, { ...defaultCoverage, expiryDays: 120 });
    expect(cell(longer, '钱包', 'cpu')?.state).toBe('done');
  });

  it('takes today from the newest log, whatever the order given', () => {
    expect(buildCoverage([...logs].reverse(), defaultCoverage)).toEqual(coverage);
    expect(coverage.today).toBe('2023-11-12');
  });
});

describe('English drill items', () => {
  const coverage = buildCoverage([parseFixture(join(fixturesDir, 'coverage/english.md'))], defaultCoverage);

  it('learns subjects and reads English fault types, alarms and node counts', () => {
    expect(coverage.systems.map((system) => system.name)).toEqual(['checkout', 'payments', 'ledger', 'gateway']);
    expect(cell(coverage, 'checkout', 'disk')?.state).toBe('done');
    expect(cell(coverage, 'payments', 'cpu')).toMatchObject({ state: 'alarm', nodes: 3 });
    expect(cell(coverage, 'ledger', 'network')?.state).toBe('pending');
    expect(cell(coverage, 'gateway', 'network')).toMatchObject({ state: 'pending', lines: [12] });
  });

  it('ignores cancelled drills and lists what it cannot attribute', () => {
    expect(coverage.systems.map((system) => system.name)).not.toContain('search');
    expect(coverage.unattributed.map((drill) => drill.text)).toEqual(['Write the game day runbook']);
  });
});

describe('subjectOf', () => {
  it.each([
    ['钱包磁盘放火', '钱包'],
    ['账户中心 网络延迟演练', '账户中心'],
    ['checkout disk fill drill', 'checkout'],
    ['信贷风控有一个新识别的节点未完成放火（内存、CPU）在正式环境放火', '信贷风控'],
    ['信用卡未配置预发节点报警，待后续放火', '信用卡'],
    ['web放火发现9个节点没有配置CPU报警，需要继续放火', 'web'],
    ['营销方向的放火（磁盘全部，CPU6个，内存1个）', '营销'],
    ['payment gateway cpu burn drill', 'payment gateway'],
    ['钱包的内存放火', '钱包'],
  ])('%s → %s', (text, subject) => {
    expect(subjectOf(text, defaultCoverage)).toBe(subject);
  });

  it.each([
    'metric报警放火能力调研',
    '待重新注入内存',
    "四个节点：['a.b.example.com']",
    '线上故障放火的复盘模板-监控报警',
    '复盘模板待与佳骐沟通',
    'Write the game day runbook',
    '跟踪营销放火支持情况',
  ])('%s names no system', (text) => {
    expect(subjectOf(text, defaultCoverage)).toBeNull();
  });
});

describe('readDrill', () => {
  it.each([
    'web放火发现9个节点没有配置CPU报警',
    '信用卡未配置预发节点报警',
    '营销放火未触发报警的节点改造跟踪',
    '支付风控放火后报警未触发',
    '钱包告警没有触发',
    'checkout cpu drill: alert did not fire',
    'ledger memory drill, no alert on 2 nodes',
    'gateway network drill: the alarms never fired',
    'search drill found missing alerts',
  ])('%s says an alarm failed', (text) => {
    expect(readDrill(text, defaultCoverage).alarm).toBe(true);
  });

  it.each(['线上故障放火的复盘模板-监控报警', 'metric报警放火能力调研', '钱包磁盘放火，报警正常', 'alerts fired as expected'])('%s does not', (text) => {
    expect(readDrill(text, defaultCoverage).alarm).toBe(false);
  });

  it('reads fault types with their own node counts, and an item-wide count', () => {
    expect(readDrill('营销方向的放火（磁盘全部，CPU6个，内存1个）', defaultCoverage)).toEqual({
      faults: [{ faultType: 'disk', nodes: null }, { faultType: 'cpu', nodes: 6 }, { faultType: 'memory', nodes: 1 }],
      nodes: null,
      alarm: false,
    });
    expect(readDrill("四个节点：['a.b.example.com']", defaultCoverage).nodes).toBe(4);
    expect(readDrill('ledger memory pressure drill on 3 nodes', defaultCoverage)).toMatchObject({ faults: [{ faultType: 'memory', nodes: null }], nodes: 3 });
  });

  it('leaves out a fault named only in a clause about the past, unless nothing else is named', () => {
    const faults = (text: string) => readDrill(text, defaultCoverage).faults.map((fault) => fault.faultType);
    expect(faults('消息推送：上周只做了磁盘，它的内存放火还没排')).toEqual(['memory']);
    expect(faults('inventory: we already did disk last week; memory pressure drill next')).toEqual(['memory']);
    expect(faults('风控引擎内存放火，上次告警未触发')).toEqual(['memory']);
    expect(faults('上次的磁盘放火')).toEqual(['disk']);
  });

  it('uses a weak alias only when nothing else names the fault', () => {
    expect(readDrill('钱包打满放火', defaultCoverage).faults.map((fault) => fault.faultType)).toEqual(['disk']);
    expect(readDrill('钱包CPU打满放火', defaultCoverage).faults.map((fault) => fault.faultType)).toEqual(['cpu']);
  });

  it('matches Latin aliases as whole words only', () => {
    expect(readDrill('update the memo about IOS', defaultCoverage).faults).toEqual([]);
  });

  it.each([['6', 6], ['四', 4], ['十', 10], ['十二', 12], ['二十三', 23], ['两', 2], ['abc', null]])('readCount(%s) = %s', (text, count) => {
    expect(readCount(text)).toBe(count);
  });
});

describe('drill record tables', () => {
  const zh = buildCoverage([parseFixture(join(fixturesDir, 'coverage/records.md'))], defaultCoverage);
  const en = buildCoverage([parseFixture(join(fixturesDir, 'coverage/records-en.md'))], defaultCoverage);

  it('learns the systems of a table with system and fault columns, and none of an incident table or a skipped row', () => {
    expect(zh.systems.map((system) => [system.name, system.line])).toEqual([['钱包', 4], ['收银台', 5], ['账户中心', 14]]);
    expect(en.systems.map((system) => system.name)).toEqual(['search-api', 'checkout', 'auth-gateway', 'ledger']);
  });

  it('counts a recorded run as done, with its nodes, for a cell no item names', () => {
    expect(cell(zh, '钱包', 'cpu')).toMatchObject({ state: 'done', lines: [12], nodes: 4 });
    expect(cell(zh, '账户中心', 'network')).toMatchObject({ state: 'done', lines: [14], nodes: 2 });
    expect(cell(en, 'ledger', 'cpu')).toMatchObject({ state: 'done', lines: [8], nodes: 3 });
  });

  it('lets the items decide a cell they name: what is still open, and where', () => {
    expect(cell(zh, '钱包', 'disk')).toMatchObject({ state: 'done', lines: [4] });
    expect(cell(zh, '收银台', 'memory')).toMatchObject({ state: 'pending', lines: [5] });
    expect(cell(en, 'checkout', 'disk')).toMatchObject({ state: 'pending', lines: [15], nodes: 4 });
    expect(cell(en, 'search-api', 'memory')).toMatchObject({ state: 'pending', lines: [14] });
  });
});
