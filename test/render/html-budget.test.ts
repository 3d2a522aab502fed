import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mailBudgetBytes } from '../../src/render/html/budget.js';
import { renderReportHtml } from '../../src/render/html/report.js';
import { buildReport, referenceLog, referenceWithMoreItems } from '../e2e/build-report.js';

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

  it('fits the reference log with 100 more items by leaving out the notes, then past weeks, and says so', () => {
    const page = renderReportHtml(buildReport([referenceWithMoreItems(mkdtempSync(join(work, 'more-')), 100)]));
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(mailBudgetBytes);
    expect(page).toMatch(/\d+ notes left out to keep this mail under 100 KB: `worklog check` lists them\./);
    expect(page).toContain('4 past weeks left out to keep this mail under 100 KB.');
    expect(page).not.toContain('class="notes"');
  });

  it('leaves out the notes alone when that is enough', () => {
    const page = renderReportHtml(buildReport([referenceWithMoreItems(mkdtempSync(join(work, 'some-')), 60)]));
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(mailBudgetBytes);
    expect(page).toContain('notes left out');
    expect(page).not.toContain('past week');
  });
});
