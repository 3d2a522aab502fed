import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { cutsInOrder, mailBudgetBytes, noCuts } from '../../src/render/html/budget.js';
import { renderReportHtml, reportBody, reportPage } from '../../src/render/html/report.js';
import { buildReport, referenceLog, referenceWithMoreFindings, referenceWithMoreItems } from '../e2e/build-report.js';

// Notes listed too, and not the coverage section that would make most of them redundant: the biggest report asked for.
const everyNote = { ...defaultConfig, report: { sections: defaultConfig.report.sections.filter((name) => name !== 'coverage'), minSeverity: 'info' as const } };
const work = mkdtempSync(join(tmpdir(), 'worklog-budget-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the HTML report within the mail budget', () => {
  it('is 100 KB, under the 102 KB at which Gmail clips a message', () => {
    expect(mailBudgetBytes).toBe(100 * 1024);
  });

  it('shows the whole reference report, within the budget', () => {
    const page = renderReportHtml(buildReport([referenceLog]));
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(mailBudgetBytes);
    expect(page).not.toContain('left out');
  });

  it('fits the reference log with 100 more items by leaving out the load charts\' past weeks, and says so', () => {
    const page = renderReportHtml(buildReport([referenceWithMoreItems(mkdtempSync(join(work, 'default-')), 100)]));
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(mailBudgetBytes);
    expect(page).toContain('4 past weeks left out to keep this mail under 100 KB.');
    // The notes are below the report's least severity by default: counted, never listed, so there are none to leave out.
    expect(page).not.toContain('notes left out');
  });

  it('leaves out the notes first when every note is asked for, then past weeks, and says so', () => {
    const page = renderReportHtml(buildReport([referenceWithMoreItems(mkdtempSync(join(work, 'more-')), 150)], everyNote));
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(mailBudgetBytes);
    expect(page).toMatch(/\d+ notes left out to keep this mail under 100 KB: `worklog check` lists them\./);
    expect(page).toContain('past weeks left out to keep this mail under 100 KB.');
  });

  it('lists the first findings of each rule, with how many more, when findings alone are too many', () => {
    const page = renderReportHtml(buildReport([referenceWithMoreFindings(mkdtempSync(join(work, 'findings-')), 2_000)]));
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(mailBudgetBytes);
    // The count stays exact: 2,013 declared and unused, three listed.
    expect(page).toContain('2013 warnings');
    expect(page).toContain('and 2010 more `sequence/unused-participant` left out to keep this mail under 100 KB: `worklog check` lists every finding.');
    expect(page).toContain('巡检节点2');
    expect(page).not.toContain('巡检节点3');
    expect(page).not.toContain('over the 100 KB mail budget');
  });

  it('keeps every open item of the reference log with 300 more, and says on the page and on stderr that Gmail will clip it', () => {
    const warnings: string[] = [];
    const report = buildReport([referenceWithMoreItems(mkdtempSync(join(work, 'busy-')), 300)]);
    const page = renderReportHtml(report, { warn: (message) => warnings.push(message) });
    const kb = Math.ceil(Buffer.byteLength(page) / 1024);
    expect(kb).toBeGreaterThan(100);
    expect(warnings).toEqual([`report is ${kb} KB, over the 100 KB mail budget: Gmail will clip it`]);
    expect(page).toContain(`This report is ${kb} KB, over the 100 KB mail budget: Gmail will clip it.`);
    expect(report.open.length).toBeGreaterThan(200);
    for (const item of report.open) expect(page).toContain(`>${item.line}</td>`);
    // Every other cut was made first.
    expect(page).toContain('past weeks left out to keep this mail under 100 KB.');
    expect(page).toMatch(/and \d+ more `coverage\/alarm` left out to keep this mail under 100 KB/);
  });

  it('warns about the reference log with 150 more items too: its open items alone nearly fill the budget', () => {
    const warnings: string[] = [];
    const page = renderReportHtml(buildReport([referenceWithMoreItems(mkdtempSync(join(work, 'busier-')), 150)]), { warn: (message) => warnings.push(message) });
    expect(Buffer.byteLength(page) <= mailBudgetBytes || warnings.length === 1).toBe(true);
    expect(page.includes('over the 100 KB mail budget')).toBe(warnings.length === 1);
  });

  it('counts the items done or dropped since the previous log instead of listing them, after the findings', () => {
    const dir = mkdtempSync(join(work, 'history-'));
    const today = referenceWithMoreItems(dir, 300);
    // The day before, every item was still open.
    const previous = join(dir, '2023-11-10.md');
    writeFileSync(previous, readFileSync(today, 'utf8').replace('2023年11月12日', '2023年11月10日').replace(/^- \[x\] /gm, '- [ ] '));
    const report = buildReport([previous, today]);
    const done = report.history.doneSincePrevious.length;
    expect(done).toBeGreaterThan(50);
    const whole = reportPage('whole', reportBody(report, noCuts));
    expect(whole).toContain('<table class="changes"');
    const page = renderReportHtml(report);
    expect(page).toContain(`${done} items done, cancelled or dropped since 2023-11-10 left out to keep this mail under 100 KB.`);
    expect(page).not.toContain('class="changes"');
    expect(page).toContain(`${done} done`);
  });

  it('leaves out least important first: each step cuts one more part than the one before', () => {
    const steps = cutsInOrder.map((cuts) => Object.values(cuts).filter((value) => value !== false && value !== null).length);
    expect(steps).toEqual([0, 1, 2, 3, 4]);
    expect(cutsInOrder.map((cuts) => cuts.overBudgetKb)).toEqual([null, null, null, null, null]);
  });

  it('lists every note asked for while the mail fits', () => {
    const page = renderReportHtml(buildReport([referenceWithMoreItems(mkdtempSync(join(work, 'some-')), 100)], everyNote));
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(mailBudgetBytes);
    expect(page).not.toContain('left out to keep this mail');
    expect(page).toContain('coverage/gap');
  });
});
