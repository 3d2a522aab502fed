import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/render/html/report.js';
import { buildReport, hostileHistory, hostileLog, referenceLog } from '../e2e/build-report.js';
import { fixturesDir } from '../helpers.js';

const sections = ['header', 'open-items', 'schedule', 'coverage', 'diagrams', 'findings', 'footer'];

const domOf = (html: string): Document => new JSDOM(html).window.document;

const texts = (elements: Iterable<Element>): string[] => [...elements].map((element) => element.textContent?.trim() ?? '');

/** The body rows of a table (the report sits inside layout tables, so `tbody tr` would find theirs too). */
function bodyRows(table: Element | null | undefined): HTMLTableRowElement[] {
  return [...((table as HTMLTableElement | null)?.tBodies ?? [])].flatMap((body) => [...body.rows]);
}

const cellTexts = (table: Element | null | undefined): string[][] => bodyRows(table).map((row) => texts(row.cells));

/** Each person's cells of a load chart in one line, its blocks of weeks put back side by side. */
function chartLines(chart: Element | null | undefined): string[] {
  const blocks = [...(chart?.querySelectorAll('table') ?? [])].map(bodyRows);
  return (blocks[0] ?? []).map((_, row) => blocks.map((rows) => texts(rows[row]?.querySelectorAll('td') ?? []).join('')).join(''));
}

function section(document: Document, id: string): Element {
  const found = document.querySelector(`[data-section="${id}"]`);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

/** Every element a report may contain: structure and text, nothing that runs, loads or styles from elsewhere. */
const allowedElements = new Set([
  'HTML', 'HEAD', 'META', 'TITLE', 'BODY', 'DIV', 'H1', 'H2', 'H3', 'P', 'UL', 'LI', 'SPAN', 'STRONG', 'CODE',
  'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD',
]);

describe('the HTML report of the reference log', () => {
  const html = renderReportHtml(buildReport([referenceLog]));
  const document = domOf(html);

  it('matches the reviewed report', async () => {
    await expect(html).toMatchFileSnapshot(join(fixturesDir, '2023-11-12.report.html'));
  });

  it('has every section, each under a heading with a table', () => {
    expect([...document.querySelectorAll('[data-section]')].map((element) => element.id)).toEqual(sections);
    for (const id of sections.filter((name) => name !== 'footer')) {
      expect(section(document, id).querySelector('h1, h2'), id).not.toBeNull();
      if (id !== 'header') expect(section(document, id).querySelector('table'), id).not.toBeNull();
    }
  });

  it('is one self-contained document for mail clients', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<style|<svg|<link|<img|<iframe|<object|<base/i);
    expect(html).not.toMatch(/\b(src|href|srcset|action)\s*=|url\(|@import/i);
    expect([...document.querySelectorAll('*')].map((element) => element.tagName).filter((tag) => !allowedElements.has(tag))).toEqual([]);
    expect(document.body.getAttribute('style')).toContain('background');
    expect(html).toContain('PingFang SC');
  });

  it('stays under the size at which Gmail clips a message (102 KB)', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(102 * 1024);
  });

  it('heads the report with the date, its weekday, the title and the counts', () => {
    const header = section(document, 'header');
    expect(header.querySelector('h1')?.textContent).toBe('今日工作 2023年11月12日');
    expect(header.textContent).toContain('2023-11-12 Sunday');
    expect(texts(header.querySelectorAll('.counts > div')).map((text) => text.replace(/\s+/g, ' '))).toEqual([
      '31 items', '23 open', '0 in progress', '0 deferred', '8 done', '0 cancelled',
    ]);
  });

  it('lists the open items by priority with line, section and text, and no ages without history', () => {
    const table = section(document, 'open-items').querySelector('table');
    expect(texts(table?.querySelectorAll('th') ?? [])).toEqual(['Priority', 'Line', 'Section', 'Item']);
    const rows = cellTexts(table);
    expect(rows).toHaveLength(23);
    expect(rows[0]).toEqual(['P1', '21', '项目工作', '资金对账进度跟踪']);
    expect(rows[1]).toEqual(['P3', '36', '放火工作', 'metric报警放火能力调研']);
    expect(table?.querySelector('tbody td span[title]')?.getAttribute('title')).toBe('待完成工作 › 项目工作');
    expect(document.querySelector('[data-section="since-previous"]')).toBeNull();
  });

  it('charts the load of every plan: people × working days, a character and colour per state, today marked', () => {
    const schedule = section(document, 'schedule');
    expect(schedule.querySelector('p')?.textContent).toBe('8 double bookings · over-allocated: 张迪 21/20 · 1 days mismatch · 6 drifts between table and chart');
    const charts = [...schedule.querySelectorAll('div.load-chart')];
    expect(texts(schedule.querySelectorAll('h3'))).toEqual([
      'Staffing table (line 63) · 商账户人力排期（11.06-12.01） · 2023-11-06 – 2023-12-01 · capacity 20 working days',
      'Gantt chart (line 86) · 商账户人力排期一览(商户、运营、客资、报表、返佣方向) · 2023-10-16 – 2023-12-28 · 54 working days',
    ]);
    const [chart] = charts;
    // Four weeks wrap as two blocks of two weeks, each naming the people again.
    const [table, later] = [...(chart?.querySelectorAll('table') ?? [])];
    expect(chart?.querySelectorAll('table')).toHaveLength(2);
    expect(texts(chart?.querySelectorAll('thead tr:first-child th[colspan]') ?? [])).toEqual(['11-06', '11-13', '11-20', '11-27']);
    expect(texts(chart?.querySelectorAll('thead tr:last-child th') ?? []).join('')).toBe('MTWTF'.repeat(4));
    const rows = bodyRows(table);
    expect(texts(rows.map((row) => row.querySelector('th') as Element))).toEqual(['张迪', '杨桂明', '乔宇', '顾畅', '张明彩']);
    expect(texts(bodyRows(later).map((row) => row.querySelector('th') as Element))).toEqual(['张迪', '杨桂明', '乔宇', '顾畅', '张明彩']);
    const lines = chartLines(chart);
    expect(lines[0]).toBe('#########XX#########20/20');
    expect(lines[3]).toBe('###########.........11/20');
    // Today is a Sunday, so Monday 11-13 (the sixth working day) is the marked column.
    const today = table?.querySelector('th[title^="today"]');
    expect(today?.getAttribute('title')).toBe('today 2023-11-12');
    expect([...(today?.parentElement?.children ?? [])].indexOf(today as Element)).toBe(5);
    const style = (row: number, column: number) => rows[row]?.querySelectorAll('td')[column]?.getAttribute('style') ?? '';
    expect(style(0, 5)).toContain('border-left:2px solid #2563eb');
    // Booked, double-booked and free cells each look different.
    const laterStyle = (row: number, column: number) => bodyRows(later)[row]?.querySelectorAll('td')[column]?.getAttribute('style') ?? '';
    const tints = new Set([laterStyle(0, 0), `${rows[0]?.getAttribute('style')}`, laterStyle(3, 2)]);
    expect(tints.size).toBe(3);
    expect(texts(schedule.querySelectorAll('.legend td'))).toEqual([
      '.', 'free', '#', 'booked', 'X', 'booked on two or more projects', '', 'today 2023-11-12 (not a working day: 2023-11-13 is marked)', 'working days only',
    ]);
  });

  it('shows the coverage matrix with a symbol and colour per state, scores, legend and unattributed drills', () => {
    const coverage = section(document, 'coverage');
    expect(coverage.querySelector('p')?.textContent).toBe('19% of the required drills (7.5/40, weighted: done 1, expired 0.75, alarm 0.5, pending and never 0).');
    const matrix = coverage.querySelector('table.coverage-matrix');
    expect(texts(matrix?.querySelectorAll('thead th') ?? [])).toEqual(['System', '磁盘', 'CPU', '内存', '网络', '(other)', 'Score']);
    const rows = cellTexts(matrix);
    expect(rows).toHaveLength(10);
    expect(rows[5]).toEqual(['营销', 'o', 'o6', 'o1', '.', '!', '0/4']);
    expect(rows[7]).toEqual(['web', '✓', '!9', '.', '.', '', '1.5/4']);
    expect(texts(matrix?.querySelectorAll('tfoot td') ?? [])).toEqual(['', '7.5/40 · 19%']);
    const web = bodyRows(matrix)[7]?.querySelectorAll('td');
    expect(web?.[1]?.getAttribute('title')).toBe('alarm problem · 9 nodes · line 37');
    expect(new Set([0, 1, 2].map((index) => web?.[index]?.getAttribute('style'))).size).toBe(3);
    expect(texts(coverage.querySelectorAll('.legend td'))).toEqual([
      '✓', 'done', '~', 'expired', '!', 'alarm problem', 'o', 'pending', '.', 'never drilled', 'a number after the symbol: nodes',
    ]);
    const unattributed = cellTexts(coverage.querySelector('table.unattributed'));
    expect(unattributed.map(([line]) => line)).toEqual(['36', '44', '45', '46']);
  });

  it('lists the diagrams with their problem counts', () => {
    const rows = cellTexts(section(document, 'diagrams').querySelector('table'));
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual(['86', 'gantt', '商账户人力排期一览(商户、运营、客资、报表、返佣方向)', '22 tasks in 6 sections', 'ok']);
    expect(rows[1]).toEqual(['141', 'sequenceDiagram', '冻结（牛盾）', '7 participants, 5 messages', '2 warnings']);
  });

  it('counts every finding and lists the warnings grouped by rule, most first; notes are counted only', () => {
    const findings = section(document, 'findings');
    expect(findings.querySelector('p')?.textContent).toBe('30 warnings 32 notes');
    expect(texts(findings.querySelectorAll('h3'))).toEqual([
      'sequence/unused-participant 13 warnings', 'schedule/drift 6 warnings', 'schedule/overlap 5 warnings', 'coverage/alarm 3 warnings',
      'parse/lenient-checkbox 1 warning', 'schedule/days-mismatch 1 warning', 'schedule/over-allocation 1 warning',
    ]);
    const tables = [...findings.querySelectorAll('table.findings')];
    expect(tables.flatMap((table) => cellTexts(table))).toHaveLength(30);
    expect(cellTexts(tables[3])[0]).toEqual(['37:1', 'web: the CPU drill found an alarm missing or not firing on 9 nodes']);
    expect(findings.textContent).toContain('Not listed: 32 findings below warning (report.minSeverity)');
  });

  it('at minSeverity info lists notes too, but not the coverage notes the matrix above shows', () => {
    const report = buildReport([referenceLog]);
    const atInfo = { ...report, reportConfig: { ...report.reportConfig, minSeverity: 'info' as const } };
    const withMatrix = section(domOf(renderReportHtml(atInfo)), 'findings');
    expect(texts(withMatrix.querySelectorAll('h3'))).toHaveLength(7);
    expect(withMatrix.textContent).toContain('Not listed: 32 coverage notes shown by the matrix;');
    const withoutMatrix = domOf(renderReportHtml({ ...atInfo, reportConfig: { ...atInfo.reportConfig, sections: ['findings'] } }));
    expect([...withoutMatrix.querySelectorAll('[data-section]')].map((element) => element.id)).toEqual(['header', 'findings', 'footer']);
    expect(texts(section(withoutMatrix, 'findings').querySelectorAll('h3')).slice(-2)).toEqual(['coverage/gap 27 notes', 'coverage/pending 5 notes']);
  });

  it('ends with what the report was made from', () => {
    expect(section(document, 'footer').textContent?.trim())
      .toBe('from fixtures/2023-11-12.md · today 2023-11-12 · calendar: chinese-days (mainland China) · worklog 0.1.0');
  });
});

describe('the HTML report of a hostile log', () => {
  const html = renderReportHtml(buildReport([hostileLog, ...hostileHistory]));
  const document = domOf(html);
  const text = document.body.textContent ?? '';

  it('shows markup from the log as text', () => {
    expect(html).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; 修复日报脚本');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt; 钱包磁盘放火');
    expect(html).toContain('支付 &amp; 结算 &lt;b&gt;加粗&lt;/b&gt;');
    expect(html).not.toMatch(/<script|<img|<b>|<i>|<u>|<\/b>|<\/i>|<\/u>/i);
    expect(document.querySelectorAll('script, img, b, i, u, [onerror]')).toHaveLength(0);
    expect([...document.querySelectorAll('*')].map((element) => element.tagName).filter((tag) => !allowedElements.has(tag))).toEqual([]);
    for (const visible of [
      "<script>alert('x')</script> 修复日报脚本",
      '"><img src=x onerror=alert(1)> 钱包磁盘放火',
      '支付 & 结算 <b>加粗</b>',
      '<i>营销</i>CPU放火',
      `<u>被删掉</u>的事项 & 'single' "double"`,
    ]) expect(text).toContain(visible);
  });

  it('shows escape sequences instead of passing them on', () => {
    expect(html).not.toContain('\u001b');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('清屏测试 ␛[2J 之后的文字');
  });

  it('escapes log text inside attribute values too', () => {
    const titles = [...document.querySelectorAll('[title]')].map((element) => element.getAttribute('title'));
    expect(titles).toContain('今日工作 2023-11-10 › <u>旧的</u>章节 & "引号"');
    expect(html).toContain('title="今日工作 2023-11-10 › &lt;u&gt;旧的&lt;/u&gt;章节 &amp; &quot;引号&quot;"');
  });

  it('shows ages and what changed since the previous log', () => {
    const open = cellTexts(section(document, 'open-items').querySelector('table.open-items'));
    expect(open.map((row) => row.slice(0, 3))).toEqual([['P1', '4', '6d'], ['-', '5', '6d'], ['-', '6', 'new'], ['-', '10', 'new']]);
    const since = section(document, 'since-previous');
    expect(since.querySelector('h3')?.textContent).toBe('Since 2023-11-10');
    expect(cellTexts(since.querySelector('table'))).toEqual([
      ['done', '待完成工作', '支付 & 结算 <b>加粗</b>'],
      ['dropped', '<u>旧的</u>章节 & "引号"', `<u>被删掉</u>的事项 & 'single' "double"`],
    ]);
  });
});

describe('the HTML report of a quiet day', () => {
  const document = domOf(renderReportHtml(buildReport([join(fixturesDir, 'report', 'quiet.md')])));

  it('keeps every section and says there is nothing to show', () => {
    expect([...document.querySelectorAll('[data-section]')].map((element) => element.id)).toEqual(sections);
    expect(section(document, 'open-items').textContent).toContain('Nothing open.');
    expect(section(document, 'schedule').textContent).toContain('No staffing table or gantt chart to chart.');
    expect(section(document, 'coverage').textContent).toContain('No drill items and no configured systems.');
    expect(section(document, 'diagrams').textContent).toContain('No mermaid diagrams.');
    expect(section(document, 'findings').textContent).toContain('No problems.');
  });
});

describe('the HTML report of a plan that starts after today', () => {
  const document = domOf(renderReportHtml(buildReport([join(fixturesDir, 'report', 'next-cycle.md')])));

  it('charts the plan without marking a today it does not include', () => {
    const schedule = section(document, 'schedule');
    const chart = schedule.querySelector('div.load-chart');
    expect(texts(bodyRows(chart?.querySelector('table')).map((row) => row.cells[0] as Element))).toEqual(['张迪', '杨桂明']);
    expect(chartLines(chart)).toEqual(['##########10/10', '##########10/10']);
    expect(schedule.querySelector('[title^="today"]')).toBeNull();
    expect(schedule.querySelector('.legend')?.textContent).not.toContain('today');
  });
});
