import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/render/html/report.js';
import { buildReport, referenceLog } from './build-report.js';
import { chromium, missing } from './chromium.js';
import { compareWithReference, hasCjkFont, noCjkFont, screenshot, storeReference } from './screenshot.js';

const widths = [1000, 360];
const here = fileURLToPath(new URL('.', import.meta.url));
const referenceImage = (width: number) => join(here, 'reference', `report-${width}.png`);
// Where a failing comparison leaves the page it saw and the difference, for a person to look at.
const output = join(here, '__output__');
// `npm run screenshots`: store what Chromium draws now as the new reference images.
const updating = process.env.UPDATE_SCREENSHOTS === '1';

describe.runIf(chromium !== null || process.env.CI)('the reference report as Chromium draws it', () => {
  let work = '';
  const shots = new Map<number, PNG>();

  beforeAll(async () => {
    if (!chromium) throw new Error(missing);
    if (!(await hasCjkFont())) throw new Error(noCjkFont);
    work = mkdtempSync(join(tmpdir(), 'worklog-screenshot-'));
    const page = renderReportHtml(buildReport([referenceLog]));
    for (const width of widths) shots.set(width, await screenshot(work, 'reference', page, width));
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  for (const width of widths) {
    it(`looks like test/e2e/reference/report-${width}.png at ${width} px`, () => {
      const shot = shots.get(width);
      if (!shot) throw new Error(`no screenshot at ${width} px`);
      if (updating) storeReference(shot, referenceImage(width));
      const { failure } = compareWithReference(shot, referenceImage(width), output);
      expect(failure).toBeNull();
    });
  }
});
