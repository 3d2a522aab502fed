/** Full-page screenshots of an HTML page at a given width in headless Chromium, and their comparison with a stored image. */

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { headless } from './chromium.js';

const run = promisify(execFile);

/** What a CJK font's absence looks like to a developer, and the fix. */
export const noCjkFont = 'no CJK font, so Chinese text would be drawn as empty boxes: apt-get install fonts-noto-cjk';

/** Whether fontconfig, which Chromium draws with on Linux, knows a font for Chinese. */
export async function hasCjkFont(): Promise<boolean> {
  try {
    const { stdout } = await run('fc-list', [':lang=zh', 'family']);
    return stdout.trim() !== '';
  } catch {
    return false;
  }
}

// Whole pixels, grey-scale anti-aliasing and no scrollbars: the same page draws the same pixels on every run.
const stable = ['--hide-scrollbars', '--force-device-scale-factor=1', '--font-render-hinting=none', '--disable-lcd-text', '--allow-file-access-from-files'];

// Chromium's window is never narrower than 500 px, a frame is: the page is drawn in a frame `width` px wide.
const narrowest = 500;

function frame(work: string, name: string, src: string, width: number, height: number, onload = ''): string {
  const file = join(work, `${name}-frame-${width}.html`);
  writeFileSync(file, `<!DOCTYPE html><html><body style="margin:0;overflow:hidden"><iframe src="${src}" width="${width}" height="${height}" scrolling="no" style="border:0;display:block"${onload ? ` onload="${onload}"` : ''}></iframe></body></html>`);
  return pathToFileURL(file).href;
}

/** The height `page` takes when laid out `width` px wide. */
async function pageHeight(work: string, name: string, page: string, width: number): Promise<number> {
  const measure = `<script>document.body.setAttribute('data-height', String(document.documentElement.scrollHeight))</script>`;
  writeFileSync(join(work, `${name}-measured.html`), page.replace('</body>', `${measure}</body>`));
  const url = frame(work, `${name}-measured`, `${name}-measured.html`, width, 800, "document.body.setAttribute('data-height', this.contentDocument.body.getAttribute('data-height'))");
  const dom = await headless(work, ['--dump-dom', ...stable, `--window-size=${Math.max(width, narrowest)},800`, url]);
  const height = Number(new JSDOM(dom).window.document.body.getAttribute('data-height'));
  if (!Number.isInteger(height) || height <= 0) throw new Error(`could not measure the page's height at ${width} px`);
  return height;
}

/** The whole of `page`, laid out `width` px wide, as one image. */
export async function screenshot(work: string, name: string, page: string, width: number): Promise<PNG> {
  writeFileSync(join(work, `${name}.html`), page);
  const height = await pageHeight(work, name, page, width);
  const file = join(work, `${name}-${width}.png`);
  const url = frame(work, name, `${name}.html`, width, height);
  await headless(work, [`--screenshot=${file}`, ...stable, `--window-size=${Math.max(width, narrowest)},${height}`, url]);
  const window = PNG.sync.read(readFileSync(file));
  // Only the frame: the window may be wider than it.
  const shot = new PNG({ width, height });
  PNG.bitblt(window, shot, 0, 0, width, Math.min(height, window.height), 0, 0);
  return shot;
}

/** How far an image is from its reference. */
export interface Comparison {
  /** Why the images differ more than allowed, with where to look; null when they match. */
  failure: string | null;
  /** Share of pixels that differ, 0..1 (1 when the sizes differ). */
  differing: number;
}

/** Colour distance under which two pixels count as the same (pixelmatch's 0..1 scale); anti-aliased edges are ignored. */
export const pixelThreshold = 0.1;
/** Share of pixels that may differ: room for a glyph drawn a shade differently, not for a moved or widened block. */
export const allowedShare = 0.002;

/** Compares `actual` with the stored PNG at `reference`; on failure writes the actual image and the difference into `output`. */
export function compareWithReference(actual: PNG, reference: string, output: string): Comparison {
  const name = reference.replace(/^.*\//, '').replace(/\.png$/, '');
  const keep = (suffix: string, image: PNG): string => {
    mkdirSync(output, { recursive: true });
    const path = join(output, `${name}-${suffix}.png`);
    writeFileSync(path, PNG.sync.write(image));
    return path;
  };
  if (!existsSync(reference)) {
    return { differing: 1, failure: `no reference image ${reference}; the page is in ${keep('actual', actual)} (npm run screenshots stores it)` };
  }
  const expected = PNG.sync.read(readFileSync(reference));
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return {
      differing: 1,
      failure: `the page is ${actual.width}×${actual.height} px, the reference ${expected.width}×${expected.height} px; see ${keep('actual', actual)}`,
    };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const count = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: pixelThreshold });
  const differing = count / (actual.width * actual.height);
  if (differing <= allowedShare) return { differing, failure: null };
  const percent = (share: number) => `${(share * 100).toFixed(2)} %`;
  return {
    differing,
    failure: `${percent(differing)} of the pixels differ from ${reference} (at most ${percent(allowedShare)} may); see ${keep('actual', actual)} and ${keep('diff', diff)}`,
  };
}

/** Stores `actual` as the reference image. */
export function storeReference(actual: PNG, reference: string): void {
  mkdirSync(dirname(reference), { recursive: true });
  writeFileSync(reference, PNG.sync.write(actual));
}
