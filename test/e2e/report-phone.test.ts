import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/render/html/report.js';
import { buildReport, referenceLog, referenceWithMoreItems } from './build-report.js';
import { chromium, headless, missing } from './chromium.js';

const widths = [360, 1000];

// The report itself has no script; this copy gets one that writes down how wide the page was laid out.
const measure = `<script>document.body.setAttribute('data-fit', document.documentElement.scrollWidth + ' ' + window.innerWidth)</script>`;

/**
 * A page showing the report in a frame `width` px wide: Chromium's window is never narrower than 500 px, a frame is.
 * The frame hands its measure up to the page, whose DOM Chromium prints.
 */
function writeMeasured(work: string, name: string, page: string, width: number): string {
  writeFileSync(join(work, `${name}.html`), page.replace('</body>', `${measure}</body>`));
  const frame = join(work, `${name}-${width}.html`);
  writeFileSync(frame, `<!DOCTYPE html><html><body style="margin:0"><iframe src="${name}.html" width="${width}" height="800" style="border:0" onload="document.body.setAttribute('data-fit', this.contentDocument.body.getAttribute('data-fit'))"></iframe></body></html>`);
  return pathToFileURL(frame).href;
}

describe.runIf(chromium !== null || process.env.CI)('the HTML report on a phone and on a desktop', () => {
  let work = '';
  const fits = new Map<string, readonly [number, number]>();

  beforeAll(async () => {
    if (!chromium) throw new Error(missing);
    work = mkdtempSync(join(tmpdir(), 'worklog-phone-'));
    const pages = {
      reference: renderReportHtml(buildReport([referenceLog])),
      'reference plus 100 items': renderReportHtml(buildReport([referenceWithMoreItems(work, 100)])),
    };
    const runs = Object.entries(pages).flatMap(([name, page]) => {
      return widths.map(async (width) => {
        const url = writeMeasured(work, name.replace(/ /g, '-'), page, width);
        // Frames read their file only when files may read files.
        const dom = await headless(work, ['--dump-dom', '--allow-file-access-from-files', '--window-size=1280,900', url]);
        const [scroll, viewport] = (new JSDOM(dom).window.document.body.getAttribute('data-fit') ?? '').split(' ').map(Number);
        fits.set(`${name} at ${width}`, [scroll ?? Number.NaN, viewport ?? Number.NaN]);
      });
    });
    await Promise.all(runs);
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  for (const name of ['reference', 'reference plus 100 items']) {
    for (const width of widths) {
      it(`lays out the ${name} report without horizontal scrolling at ${width} px`, () => {
        const [scroll, viewport] = fits.get(`${name} at ${width}`) ?? [Number.NaN, Number.NaN];
        expect(viewport).toBe(width);
        expect(scroll).toBeLessThanOrEqual(viewport);
      });
    }
  }
});
