import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGantt } from '../../src/parse/mermaid/gantt.js';
import { readGanttStatements } from '../../src/parse/mermaid/gantt-statements.js';
import { fixturesDir, referenceLog } from '../helpers.js';

const today = '2023-11-12';
const chart = (name: string): string => readFileSync(join(fixturesDir, 'gantt', name), 'utf8');
const parse = (source: string): ReturnType<typeof parseGantt> => parseGantt(source, { today });

describe('the reference log\'s gantt (fixtures/2023-11-12.md, lines 87–133)', () => {
  const lines = readFileSync(referenceLog, 'utf8').split('\n');
  const source = `${lines.slice(86, 133).join('\n')}\n`;
  const { chart: gantt, diagnostics } = parse(source);

  it('is the chart kept as fixtures/gantt/reference.mmd', () => {
    expect(chart('reference.mmd')).toBe(source);
  });

  it('has 22 tasks in six people\'s sections, and nothing to report', () => {
    expect(gantt.tasks).toHaveLength(22);
    expect(gantt.sections).toEqual(['王健', '张迪', '乔宇', '杨桂明', '顾畅', '张明彩']);
    expect(diagnostics).toEqual([]);
    expect(gantt).toMatchObject({ title: '商账户人力排期一览(商户、运营、客资、报表、返佣方向)', dateFormat: 'YYYY-MM-DD', axisFormat: '%m/%d', excludes: ['weekends'] });
  });

  it('draws 张迪\'s first AWS主链路验证 from 2023-11-13 up to (not including) 2023-11-16', () => {
    const task = gantt.tasks.find((candidate) => candidate.section === '张迪' && candidate.name === 'AWS主链路验证');
    expect(task).toMatchObject({ start: '2023-11-13T00:00:00', end: '2023-11-16T00:00:00', renderEnd: null, line: 14, column: 5 });
  });

  it('reads the tab-separated tasks in 顾畅\'s section', () => {
    const task = gantt.tasks.find((candidate) => candidate.section === '顾畅');
    expect(task).toMatchObject({
      name: 'didi account platform 清结算链路搭建', tags: ['active'], data: 'active,\t2023-10-23,\t2023-11-03',
      start: '2023-10-23T00:00:00', end: '2023-11-03T00:00:00',
    });
  });
});

describe('reading statements as mermaid\'s lexer does', () => {
  it('reads keywords in any case, with tabs or spaces', () => {
    const { chart: gantt } = parse(chart('tabs-and-case.mmd'));
    expect(gantt).toMatchObject({ title: 'Mixed tabs and spaces, keywords in any case', dateFormat: 'YYYY-MM-DD', excludes: ['weekends'], sections: ['Ops', 'Dev'] });
    expect(gantt.tasks.map((task) => task.name)).toEqual(['Rotate keys', 'Patch hosts', 'Drain queue', 'Refactor']);
  });

  it('takes the title from front matter, drops directives and comments, and keeps source lines', () => {
    const { chart: gantt } = parse(chart('front-matter.mmd'));
    expect(gantt.title).toBe('Q4 roadmap');
    expect(gantt.tasks.map((task) => [task.name, task.line, task.column])).toEqual([['Discovery', 11, 5], ['Build', 13, 5], ['Launch', 14, 5]]);
  });

  it('ends a task\'s data at `;` and reads the rest of the line as the next statement', () => {
    const { chart: gantt } = parse('gantt\n  dateFormat YYYY-MM-DD\n  a: 2023-11-13, 2d; b: 1d\n');
    expect(gantt.tasks.map((task) => [task.name, task.data, task.line, task.column])).toEqual([['a', '2023-11-13, 2d', 3, 3], ['; b', '1d', 3, 20]]);
  });

  it('drops a line whose second character is `%`', () => {
    const { chart: gantt } = parse('gantt\n  dateFormat YYYY-MM-DD\n  a: 2023-11-13, 2d\n  5% rollout: 1d\n');
    expect(gantt.tasks.map((task) => task.name)).toEqual(['a']);
  });

  it('reads a task named after a keyword as that keyword', () => {
    const { chart: gantt } = parse('gantt\n  dateFormat YYYY-MM-DD\n  Title page: 2023-11-13, 2d\n  Section A: 2023-11-13, 2d\n');
    expect(gantt.title).toBe('page: 2023-11-13, 2d');
    expect(gantt.sections).toEqual(['A: 2023-11-13, 2d']);
    expect(gantt.tasks).toEqual([]);
  });

  it('keeps click, accessibility and every setting out of the tasks', () => {
    const { chart: gantt, diagnostics } = parse(chart('settings.mmd'));
    expect(diagnostics).toEqual([]);
    expect(gantt).toMatchObject({ axisFormat: '%d %b', tickInterval: '1week', weekday: 'monday', todayMarker: 'stroke-width:5px,stroke:#0f0,opacity:0.5' });
    expect(gantt.tasks.map((task) => task.id)).toEqual(['a1', 'b1']);
  });

  it('gives statements in order with their tokens', () => {
    const reading = readGanttStatements('gantt\n  dateFormat YYYY-MM-DD\n  section A\n  a: 1d\n  oops\n');
    expect(reading.statements.map((statement) => statement.kind)).toEqual(['diagram', 'setting', 'section', 'task', 'rejected']);
    expect(reading.tasks[0]).toMatchObject({ section: 'A', tags: [], fields: [{ text: '1d' }] });
  });

  it('counts lines and columns of CRLF sources like LF ones', () => {
    const { chart: gantt } = parse(chart('crlf.mmd'));
    expect(gantt.tasks.map((task) => [task.line, task.column])).toEqual([[5, 5], [6, 5]]);
  });
});

// Hostile and degenerate charts (empty, unclosed directives, prototype ids, huge numbers) are conformance fixtures in
// fixtures/gantt/edge: their models are checked in, and mermaid itself decides whether each one is refused.
describe('never throwing', () => {
  it('reads random text', () => {
    let seed = 42;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['gantt', '\n', ' ', '\t', ':', ',', ';', '#', '%', '%%', '{', '}', '(', ')', '"', 'after a', 'until b', 'section', 'title', 'a', '1d', '2023-11-13', 'crit', 'click', 'call', 'href', '任务', 'dateFormat ', 'excludes '];
    for (let round = 0; round < 300; round++) {
      const source = Array.from({ length: 40 }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(() => parse(source)).not.toThrow();
    }
  });
});
