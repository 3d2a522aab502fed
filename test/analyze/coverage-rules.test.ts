import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../src/analyze/findings.js';
import type { Rule } from '../../src/analyze/rule.js';
import type { AnalysisRuleId } from '../../src/model/finding-data.js';
import { createContext, runRules } from '../../src/analyze/index.js';
import { coverageAlarm } from '../../src/analyze/rules/coverage-alarm.js';
import { coverageGap } from '../../src/analyze/rules/coverage-gap.js';
import { coveragePending } from '../../src/analyze/rules/coverage-pending.js';
import { coverageUnattributed } from '../../src/analyze/rules/coverage-unattributed.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { fixturesDir, parseFixture, referenceLog } from '../helpers.js';

const reference = createContext([parseFixture(referenceLog)], defaultConfig);
const allDone = createContext([parseFixture(join(fixturesDir, 'coverage/all-done.md'))], defaultConfig);
const run = <Id extends AnalysisRuleId>(context: typeof reference, rule: Rule<Id>) => findingsOf(runRules(context, [rule], false), rule.id);

describe('coverage/gap', () => {
  it('reports each required cell no log has drilled, where its system was first named', () => {
    const findings = run(reference, coverageGap);
    expect(findings).toHaveLength(40 - 7 - 1 - 5);
    expect(findings).toContainEqual(expect.objectContaining({
      ruleId: 'coverage/gap', severity: 'info', file: 'fixtures/2023-11-12.md', line: 29, column: 1,
      message: '钱包 has never had a CPU drill', data: expect.objectContaining({ system: '钱包', faultType: 'cpu', state: 'never' }),
    }));
  });

  it('is silent when every required drill is done', () => {
    expect(run(allDone, coverageGap)).toEqual([]);
  });
});

describe('coverage/pending', () => {
  it('reports drills named in open items, with their node counts', () => {
    const findings = run(reference, coveragePending);
    expect(findings.map((finding) => finding.message)).toEqual([
      '营销: the 磁盘 drill is still to do',
      '信贷风控: the CPU drill is still to do (1 node)',
      '信贷风控: the 内存 drill is still to do (1 node)',
      '营销: the CPU drill is still to do (6 nodes)',
      '营销: the 内存 drill is still to do (1 node)',
    ]);
    expect(findings[3]).toMatchObject({ line: 40, data: { system: '营销', faultType: 'cpu', nodes: 6, lines: [40] } });
  });

  it('is silent when no drill is open', () => {
    expect(run(allDone, coveragePending)).toEqual([]);
  });
});

describe('coverage/alarm', () => {
  it('warns where a drill found an alarm missing or not firing', () => {
    const findings = run(reference, coverageAlarm);
    expect(findings.map((finding) => [finding.line, finding.severity, finding.message])).toEqual([
      [37, 'warning', 'web: the CPU drill found an alarm missing or not firing on 9 nodes'],
      [38, 'warning', '信用卡: a drill found an alarm missing or not firing'],
      [41, 'warning', '营销: a drill found an alarm missing or not firing'],
    ]);
  });

  it('is silent when the alarms fired', () => {
    expect(run(allDone, coverageAlarm)).toEqual([]);
  });
});

describe('coverage/unattributed', () => {
  const notSystems = createContext([parseFixture(join(fixturesDir, 'coverage/not-systems.md'))], defaultConfig);

  it('reports a drill that names no system when it is done, found an alarm problem, or has a word in the system\'s place', () => {
    const findings = run(notSystems, coverageUnattributed);
    expect(findings.map((finding) => finding.line)).toEqual([5, 7, 8, 12, 13, 14, 20]);
    expect(findings[1]).toMatchObject({
      severity: 'info', line: 7, column: 1,
      data: { faultTypes: ['disk'], done: true, alarm: false, notASystem: { word: '今天', kind: 'time' } },
    });
  });

  it('leaves the items the reference log lists as unattributed to the coverage report: open, and with nothing in a system\'s place', () => {
    expect(reference.coverage.unattributed.map((drill) => drill.line)).toEqual([36, 44, 45, 46]);
    expect(run(reference, coverageUnattributed)).toEqual([]);
  });
});
