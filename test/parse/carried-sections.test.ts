import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Markdown from '../../src/parse/markdown.js';
import { forgetCarriedSections, parseCarryingSections } from '../../src/parse/carried-sections.js';
import { parseWholeMarkdown } from '../../src/parse/markdown.js';
import { normaliseSource } from '../../src/parse/source.js';
import { splitAtDays } from '../../src/parse/split.js';
import { filesUnder, fixturesDir } from '../helpers.js';
import { manyDays, tangledLines } from './split-inputs.js';

/** The texts the markdown reader was given, so a test can tell what was parsed and what was carried. */
const parsed = vi.hoisted(() => ({ texts: [] as string[] }));

vi.mock('../../src/parse/markdown.js', async (importOriginal) => {
  const real = await importOriginal<typeof Markdown>();
  return {
    ...real,
    parseWholeMarkdown: (source: string): Root => {
      parsed.texts.push(source);
      return real.parseWholeMarkdown(source);
    },
  };
});

/** The source's sections, as the carrying reader cuts it. */
const sectionsOf = (source: string): string[] => splitAtDays(source, { minPartChars: 1 }).map((part) => part.text);

/** Logs that may follow a log: itself, itself under a new first section, with one section changed, with its sections in reverse. */
function followers(source: string): Record<string, string> {
  const sections = sectionsOf(source);
  const middle = Math.floor(sections.length / 2);
  return {
    'the same log': source,
    'a section added on top': `# 前言\n\n新的一天\n\n${source}`,
    'a middle section changed': sections.map((text, index) => (index === middle ? `${text}\n\n- [ ] 新增 P1` : text)).join('\n'),
    'the sections in reverse': [...sections].reverse().join('\n'),
  };
}

const fixtureLogs = filesUnder(fixturesDir, '.md');
const parsesMany = { timeout: 300_000 };

describe('reading the sections a log carries from the last one', () => {
  beforeEach(() => {
    forgetCarriedSections();
    parsed.texts = [];
  });

  it('gives every fixture log, and every log that may follow it, the tree a whole parse gives', parsesMany, () => {
    let carried = 0;
    for (const file of fixtureLogs) {
      const source = normaliseSource(readFileSync(file, 'utf8'));
      for (const [name, next] of Object.entries(followers(source))) {
        forgetCarriedSections();
        expect(parseCarryingSections(source), file).toEqual(parseWholeMarkdown(source));
        parsed.texts = [];
        const tree = parseCarryingSections(next);
        if (parsed.texts.join('').length < next.length) carried += 1;
        expect(tree, `${file}, ${name}`).toEqual(parseWholeMarkdown(next));
      }
    }
    // Most fixtures have sections to carry; if none were carried the test would prove nothing.
    expect(carried).toBeGreaterThan(fixtureLogs.length);
  });

  it('gives generated logs, and tangled lines, the whole parse\'s tree after any other of them', parsesMany, () => {
    const sources = [
      ...Array.from({ length: 24 }, (_, seed) => manyDays(seed + 1, 12)),
      ...Array.from({ length: 24 }, (_, seed) => tangledLines(seed + 1, 200)),
    ];
    for (const [index, source] of sources.entries()) {
      for (const next of [...Object.values(followers(source)), sources[(index + 1) % sources.length] ?? '']) {
        forgetCarriedSections();
        parseCarryingSections(source);
        expect(parseCarryingSections(next), `source ${index}`).toEqual(parseWholeMarkdown(next));
      }
    }
  });

  it('parses only what changed: the same log again not at all, a changed section alone', () => {
    const source = normaliseSource(readFileSync(`${fixturesDir}/2023-11-12.md`, 'utf8'));
    const first = parseCarryingSections(source);
    expect(parsed.texts).toEqual([source]);

    parsed.texts = [];
    const again = parseCarryingSections(source);
    expect(parsed.texts).toEqual([]);
    // Sections where they were are the same nodes, not copies.
    expect(again.children[0]).toBe(first.children[0]);

    const { 'a middle section changed': changed = '' } = followers(source);
    parsed.texts = [];
    const tree = parseCarryingSections(changed);
    const middle = sectionsOf(source)[Math.floor(sectionsOf(source).length / 2)] ?? '';
    expect(parsed.texts).toEqual([`${middle}\n\n- [ ] 新增 P1`]);
    expect(tree).toEqual(parseWholeMarkdown(changed));
  });

  it('moves carried sections to where they stand now, as copies the last log\'s tree does not share', () => {
    const source = normaliseSource(readFileSync(`${fixturesDir}/2023-11-12.md`, 'utf8'));
    const first = parseCarryingSections(source);
    const { 'a section added on top': next = '' } = followers(source);
    parsed.texts = [];
    const moved = parseCarryingSections(next);
    expect(parsed.texts).toEqual([sectionsOf(next)[0]]);
    parsed.texts = [];
    expect(moved).toEqual(parseWholeMarkdown(next));
    const heading = moved.children.find((node) => node.position?.start.offset === next.indexOf(source));
    expect(heading?.position?.start.line).toBe(5);
    expect(first.children[0]?.position?.start.line).toBe(1);
  });

  it('keeps only the last log\'s sections', () => {
    const source = normaliseSource(readFileSync(`${fixturesDir}/2023-11-12.md`, 'utf8'));
    parseCarryingSections(source);
    parseCarryingSections('# 另一天\n\n- [ ] 别的事\n');
    parsed.texts = [];
    parseCarryingSections(source);
    expect(parsed.texts).toEqual([source]);
  });
});
