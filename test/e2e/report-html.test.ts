import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/render/html/report.js';
import { buildReport, hostileHistory, hostileLog, referenceLog } from './build-report.js';
import { chromium, headless, missing } from './chromium.js';

const sections = ['header', 'open-items', 'schedule', 'coverage', 'diagrams', 'findings', 'footer'];

function writeReport(work: string, name: string, paths: readonly string[]): string {
  const file = join(work, `${name}.html`);
  writeFileSync(file, renderReportHtml(buildReport(paths)));
  return pathToFileURL(file).href;
}

describe.runIf(chromium !== null || process.env.CI)('the HTML report in headless Chromium', () => {
  let work = '';
  let reference: Document;
  let hostile: Document;

  beforeAll(async () => {
    if (!chromium) throw new Error(missing);
    work = mkdtempSync(join(tmpdir(), 'worklog-report-'));
    const referenceUrl = writeReport(work, 'reference', [referenceLog]);
    const hostileUrl = writeReport(work, 'hostile', [hostileLog, ...hostileHistory]);
    const [referenceDom, hostileDom] = await Promise.all([
      headless(work, ['--dump-dom', referenceUrl]),
      headless(work, ['--dump-dom', hostileUrl]),
    ]);
    reference = new JSDOM(referenceDom).window.document;
    hostile = new JSDOM(hostileDom).window.document;
  }, 60_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('renders every section of the reference report, and no script', () => {
    expect([...reference.querySelectorAll('[data-section]')].map((element) => element.id)).toEqual(sections);
    expect(reference.querySelector('h1')?.textContent).toBe('今日工作 2023年11月12日');
    expect(reference.querySelectorAll('div.load-chart')).toHaveLength(2);
    expect(reference.querySelector('table.coverage-matrix')).not.toBeNull();
    expect(reference.querySelectorAll('script')).toHaveLength(0);
  });

  it('shows the hostile log as text: no script, no image, no markup from the log, no escape character', () => {
    expect([...hostile.querySelectorAll('[data-section]')].map((element) => element.id)).toEqual([...sections.slice(0, 2), 'since-previous', ...sections.slice(2)]);
    expect(hostile.querySelectorAll('script, img, b, i, u, [onerror]')).toHaveLength(0);
    const text = hostile.body.textContent ?? '';
    for (const visible of [
      "<script>alert('x')</script> 修复日报脚本",
      '清屏测试 ␛[2J 之后的文字',
      '"><img src=x onerror=alert(1)> 钱包磁盘放火',
      '支付 & 结算 <b>加粗</b>',
      '<i>营销</i>CPU放火',
    ]) expect(text).toContain(visible);
    expect(text).not.toContain('\u001b');
  });
});
