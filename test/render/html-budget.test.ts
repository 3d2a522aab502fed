import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { mailBudgetBytes } from '../../src/render/html/budget.js';
import { renderReportHtml } from '../../src/render/html/report.js';
import { buildReport, referenceLog, referenceWithMoreItems } from '../e2e/build-report.js';

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

  it('lists every note asked for while the mail fits', () => {
    const page = renderReportHtml(buildReport([referenceWithMoreItems(mkdtempSync(join(work, 'some-')), 100)], everyNote));
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(mailBudgetBytes);
    expect(page).not.toContain('left out to keep this mail');
    expect(page).toContain('coverage/gap');
  });
});
