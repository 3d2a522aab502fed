import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderParseJson } from '../../src/render/json.js';
import { expectedJson, fixturesDir, parseFixture, referenceLog } from '../helpers.js';

const log = parseFixture(referenceLog);

describe('the reference log (fixtures/2023-11-12.md)', () => {
  it('is dated from its first heading', () => {
    expect(log.date).toBe('2023-11-12');
    expect(log.dateSource).toBe('heading');
    expect(log.title).toBe('今日工作 2023年11月12日');
  });

  it('has 31 items: 23 open and 8 done', () => {
    expect(log.items).toHaveLength(31);
    expect(log.items.filter((item) => item.status === 'open')).toHaveLength(23);
    expect(log.items.filter((item) => item.status === 'done')).toHaveLength(8);
  });

  it('reads priorities and removes their tags from the text', () => {
    const prioritised = log.items.filter((item) => item.priority !== null);
    expect(prioritised.map((item) => [item.text, item.priority, item.line])).toEqual([
      ['资金对账进度跟踪', 'P1', 21],
      ['metric报警放火能力调研', 'P3', 36],
    ]);
  });

  it('warns on line 21 that `- P1 [ ]` is not a GFM task, and has no other markdown problem', () => {
    const markdown = log.diagnostics.filter((diagnostic) => diagnostic.ruleId.startsWith('parse/'));
    expect(markdown).toHaveLength(1);
    expect(markdown[0]).toMatchObject({ ruleId: 'parse/lenient-checkbox', severity: 'warning', line: 21, column: 1 });
    expect(markdown[0]?.message).toContain('`- P1 [ ]` is not a GFM task');
    expect(markdown[0]?.message).toContain('write `- [ ] P1 资金对账进度跟踪`');
  });

  it("reads the gantt chart's 22 tasks with the dates mermaid draws, and finds nothing wrong with it", () => {
    expect(log.gantts).toHaveLength(1);
    const [chart] = log.gantts;
    expect(chart).toMatchObject({ line: 86, dateFormat: 'YYYY-MM-DD', excludes: ['weekends'], inclusiveEndDates: false });
    expect(chart?.tasks).toHaveLength(22);
    expect(chart?.sections).toEqual(['王健', '张迪', '乔宇', '杨桂明', '顾畅', '张明彩']);
    const aws = chart?.tasks.find((task) => task.section === '张迪' && task.name === 'AWS主链路验证');
    expect(aws).toMatchObject({ start: '2023-11-13T00:00:00', end: '2023-11-16T00:00:00', renderEnd: null, line: 100, column: 5 });
    const tabbed = chart?.tasks.find((task) => task.line === 122);
    expect(tabbed).toMatchObject({ section: '顾畅', name: 'didi account platform 清结算链路搭建', tags: ['active'], start: '2023-10-23T00:00:00', end: '2023-11-03T00:00:00' });
    expect(log.diagnostics.filter((diagnostic) => diagnostic.ruleId.startsWith('gantt/'))).toEqual([]);
  });

  it('reads five sequence diagrams titled from their headings, with 5, 5, 4, 9 and 7 messages', () => {
    expect(log.sequences.map((diagram) => [diagram.line, diagram.title, diagram.messages.length])).toEqual([
      [141, '冻结（牛盾）', 5],
      [160, '冻结（钱包治理中台）', 5],
      [179, '冻结（JUD-待确定）', 4],
      [198, '解冻成功（客服、风控均可审批，具体流程待确认）', 9],
      [222, '申诉失败', 7],
    ]);
    expect(log.sequences[0]?.messages[0]).toMatchObject({ from: 'phone', to: 'newton', arrow: '->>', text: '发起风险交易,桩点上报风险信息', line: 151 });
  });

  it('reports `cs` and `JUD` as declared but unused in the first sequence diagram, and nothing else there', () => {
    const first = log.diagnostics.filter((diagnostic) => diagnostic.line >= 141 && diagnostic.line <= 156);
    expect(first.map((diagnostic) => [diagnostic.ruleId, diagnostic.line, diagnostic.column])).toEqual([
      ['sequence/unused-participant', 146, 13],
      ['sequence/unused-participant', 149, 13],
    ]);
    expect(first[0]?.message).toMatch(/^`cs` \(客服中台\) is declared but never used/);
    expect(first[1]?.message).toMatch(/^`JUD` is declared but never used/);
  });

  it('keeps each item under its heading path', () => {
    const item = log.items.find((candidate) => candidate.line === 19);
    expect(item).toMatchObject({ text: '巴西处罚中心路测取消？', question: true, section: ['待完成工作', '项目工作'] });
  });

  it('reads the host list of line 45', () => {
    const item = log.items.find((candidate) => candidate.line === 45);
    expect(item?.hosts).toEqual([
      'us01-creditcard_mx-v.workflow-worker.gemini.risk.fintech.didi.com',
      'us01-creditcard_mx-v.workflow-gate.gemini.risk.fintech.didi.com',
      'us01-creditcard_mx-v.fbi-rome-service-us.fbi.risk.fintech.didi.com',
      'us01-v.fbi-rome-gateway-us.fbi.risk.fintech.didi.com',
    ]);
  });

  it('reads the staffing table: cycle 2023-11-06 … 2023-12-01, capacity 20, 12 rows', () => {
    expect(log.staffing).toHaveLength(1);
    const [table] = log.staffing;
    expect(table?.cycle).toMatchObject({ start: '2023-11-06', end: '2023-12-01', capacity: 20, capacityStated: true, line: 60 });
    expect(table?.rows).toHaveLength(12);
    const row = (person: string, project: string) => table?.rows.find((r) => r.person === person && r.project === project);
    expect(row('张迪', '结算对账')).toMatchObject({ start: '2023-11-27', end: '2023-12-01', days: 5, line: 67 });
    expect(row('张迪', 'AWS主链路验证')).toMatchObject({ start: '2023-11-15', end: '2023-11-24', days: 7, line: 68 });
    expect(row('顾畅', '记账二期')).toMatchObject({ period: '06-14', start: '2023-11-06', end: '2023-11-14' });
  });

  it('finds one gantt and five sequence diagrams with their lines', () => {
    expect(log.diagrams.map((diagram) => [diagram.type, diagram.line])).toEqual([
      ['gantt', 86],
      ['sequenceDiagram', 141],
      ['sequenceDiagram', 160],
      ['sequenceDiagram', 179],
      ['sequenceDiagram', 198],
      ['sequenceDiagram', 222],
    ]);
  });

  it('keeps plain bullets and paragraphs as notes', () => {
    expect(log.notes.map((note) => [note.kind, note.line, note.text])).toEqual([
      ['bullet', 52, 'RPC接口（Thrift）'],
      ['bullet', 53, '数据驱动'],
      ['bullet', 56, '数据构造低代码化'],
      ['bullet', 57, ''],
      ['paragraph', 61, '本周期20天'],
      ['paragraph', 242, '多个节点共用数据库，监控直接取数据，无法确认具体节点 ，会有多个节点写一个表'],
    ]);
  });

  it('matches its full expected model', () => {
    const actual = JSON.parse(renderParseJson([log]));
    expect(actual).toEqual(expectedJson(join(fixturesDir, '2023-11-12.expected.json'), actual));
  });
});
