import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { describe, expect, it, vi } from 'vitest';
import { randomFrom } from '../../scripts/seeded-random.mjs';
import type * as Markdown from '../../src/parse/markdown.js';
import { parseWholeMarkdown } from '../../src/parse/markdown.js';
import { planLog, readPlanned } from '../../src/parse/log.js';
import { normaliseSource } from '../../src/parse/source.js';
import { joinParts, splitAtDays, splitIntoDays } from '../../src/parse/split.js';
import { filesUnder, fixturesDir } from '../helpers.js';
import { manyDays, tangledLines } from './split-inputs.js';

/** Whether parseLog below reads its markdown in parts (cut as small as the splitter allows) or whole. */
const reading = vi.hoisted(() => ({ inParts: false }));

vi.mock('../../src/parse/markdown.js', async (importOriginal) => {
  const real = await importOriginal<typeof Markdown>();
  const split = await import('../../src/parse/split.js');
  return {
    ...real,
    parseMarkdown: (source: string): Root => {
      if (!reading.inParts) return real.parseWholeMarkdown(source);
      const parts = split.splitAtDays(source, { minPartChars: 1 });
      return split.joinParts(parts, parts.map((part) => real.parseWholeMarkdown(part.text)));
    },
  };
});

/** The source parsed part by part and joined, with how many parts it was cut into. */
function readInParts(source: string, minPartChars: number): { tree: Root; parts: number } {
  const parts = splitAtDays(source, { minPartChars });
  return { tree: joinParts(parts, parts.map((part) => parseWholeMarkdown(part.text))), parts: parts.length };
}

const fixtureLogs = filesUnder(fixturesDir, '.md');

/** These tests parse every fixture twice; the machine may be shared, so they get room beyond the default time-out. */
const parsesMany = { timeout: 300_000 };

describe('splitting a log at top-level headings', () => {
  it('gives every fixture log the tree of the whole file', parsesMany, () => {
    let cut = 0;
    for (const file of fixtureLogs) {
      const source = normaliseSource(readFileSync(file, 'utf8'));
      const { tree, parts } = readInParts(source, 1);
      expect(tree, file).toEqual(parseWholeMarkdown(source));
      if (parts > 1) cut += 1;
    }
    // Most fixtures hold more than one top-level heading; if none were cut the test would prove nothing.
    expect(cut).toBeGreaterThan(fixtureLogs.length / 3);
  });

  it('cuts the reference log before its top-level headings, parts starting where the lines do', () => {
    const source = normaliseSource(readFileSync(`${fixturesDir}/2023-11-12.md`, 'utf8'));
    const parts = splitAtDays(source, { minPartChars: 1 });
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      expect(source.slice(part.startOffset, part.startOffset + part.text.length)).toBe(part.text);
      expect(source.split('\n')[part.startLine - 1]).toMatch(/^#{1,6} /);
      expect(source.slice(0, part.startOffset).split('\n').length).toBe(part.startLine);
    }
    expect(parts.slice(1).map((part) => part.startLine)).toEqual(parts.slice(1).map((part) => part.startLine).sort((a, b) => a - b));
  });

  it('gives generated many-day logs the whole file\'s tree, cutting between days', parsesMany, () => {
    for (let seed = 1; seed <= 24; seed++) {
      const source = manyDays(seed, 30);
      const { tree, parts } = readInParts(source, 1);
      expect(tree, `seed ${seed}`).toEqual(parseWholeMarkdown(source));
      // A definition anywhere makes the whole file one part; otherwise days are cut.
      if (!source.includes(']:')) expect(parts, `seed ${seed}`).toBeGreaterThan(5);
      else expect(parts).toBe(1);
    }
  });

  it('gives the whole file\'s tree whatever part size decides which cuts are taken', parsesMany, () => {
    const random = randomFrom(1515);
    for (let round = 0; round < 60; round++) {
      const source = manyDays(1000 + round, 12);
      const minPartChars = 1 + Math.floor(random() * 2000);
      expect(readInParts(source, minPartChars).tree, `round ${round}, ${minPartChars} chars`).toEqual(parseWholeMarkdown(source));
    }
  });

  it('only accepts cuts that keep the tree, on lines tangled from fences, HTML, lists, quotes and headings', parsesMany, () => {
    let cut = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const source = tangledLines(seed, 24);
      const { tree, parts } = readInParts(source, 1);
      expect(tree, JSON.stringify(source)).toEqual(parseWholeMarkdown(source));
      if (parts > 1) cut += 1;
    }
    expect(cut).toBeGreaterThan(25);
  });

  it('does not cut after a blank line inside a quote or item, where a fence left open ends differently at a part\'s end', () => {
    for (const source of ['> ```\n>\n# 2024-01-02\n- a', '- a\n  ```\n  b\n  \n# 2024-01-02\n- c', '> - ```\n>   \n# 2024-01-02\n- d']) {
      expect(splitAtDays(source, { minPartChars: 1 }), source).toHaveLength(1);
      expect(splitAtDays(source.replace(/\n([ >]+)\n#/, '\n$1\n\n#'), { minPartChars: 1 }), source).toHaveLength(2);
      expect(readInParts(source.replace(/\n([ >]+)\n#/, '\n$1\n\n#'), 1).tree).toEqual(parseWholeMarkdown(source.replace(/\n([ >]+)\n#/, '\n$1\n\n#')));
    }
  });

  it('keeps one part for a small file, a file without headings and an unclosed front matter', () => {
    expect(splitAtDays('# 2024-01-02\n- [ ] a\n# 2024-01-03\n')).toHaveLength(1);
    expect(splitAtDays('- a\n'.repeat(100), { minPartChars: 1 })).toHaveLength(1);
    expect(splitAtDays('---\ntitle: x\n# 2024-01-02\n- a\n# 2024-01-03\n- b\n', { minPartChars: 1 })).toHaveLength(1);
    // Text not yet normalised keeps its CR line ends in one part.
    expect(splitAtDays('# 2024-01-02\r\n- a\r\n# 2024-01-03\r\n- b\r\n', { minPartChars: 1 })).toHaveLength(1);
    expect(splitAtDays('# 2024-01-02\n- a\n# 2024-01-03\n- b\n', { minPartChars: 1 })).toHaveLength(2);
  });

  it('never cuts inside front matter, a fence or an HTML block that holds a heading line', () => {
    const source = [
      '---', '# not a day', '---', '# 2024-01-02', '```', '# in a fence', '```', '<!--', '# in a comment', '-->',
      '<div>', '# in a div', '', '# 2024-01-03', '~~~~', '# in a tilde fence', '~~~', '# still in it', '~~~~', '# 2024-01-04', '- a',
    ].join('\n');
    const starts = splitAtDays(source, { minPartChars: 1 }).map((part) => part.startLine);
    expect(starts).toEqual([1, 4, 14, 20]);
    // Front matter runs to a line of just `---` (white space after it allowed), after a byte order mark too.
    expect(splitAtDays('---\na: 1\n--- x\n# in the front matter\n---  \n# 2024-01-02\n- a', { minPartChars: 1 }).map((part) => part.startLine)).toEqual([1, 6]);
    expect(splitAtDays('\uFEFF---\n# a comment\n---\n# 2024-01-02\n- a', { minPartChars: 1 }).map((part) => part.startLine)).toEqual([1, 4]);
    // Comments and processing instructions that end on their first line leave the next heading free.
    expect(splitAtDays('# a\n<!-->\n```\n# b\n```\n# c\n<?>\n# d', { minPartChars: 1 }).map((part) => part.startLine)).toEqual([1, 6, 8]);
  });
});

describe('parseLog on a log read in parts', () => {
  const whole = (text: string, file: string) => readPlanned(planLog(text, { file }, { fromChars: Number.POSITIVE_INFINITY }));
  const inParts = (text: string, file: string) => {
    const plan = planLog(text, { file }, { minPartChars: 1, fromChars: 0 });
    return { log: readPlanned(plan), parts: plan.parts.length };
  };

  it('gives every fixture log the model of the whole-file parse', parsesMany, () => {
    let cut = 0;
    for (const file of fixtureLogs) {
      const text = readFileSync(file, 'utf8');
      const { log, parts } = inParts(text, file);
      expect(log, file).toEqual(whole(text, file));
      if (parts > 1) cut += 1;
    }
    expect(cut).toBeGreaterThan(fixtureLogs.length / 3);
  });

  it('gives a generated many-day log the model of the whole-file parse', parsesMany, () => {
    for (let seed = 1; seed <= 24; seed++) {
      const text = manyDays(seed, 20);
      const { log, parts } = inParts(text, `days-${seed}.md`);
      expect(log, `seed ${seed}`).toEqual(whole(text, `days-${seed}.md`));
      if (!text.includes(']:')) expect(parts, `seed ${seed}`).toBeGreaterThan(5);
    }
  });
});

describe('cutting below the top level', () => {
  it('never makes a part read a big section above it again, and still cuts where the section above is small', () => {
    const bigSection = Array.from({ length: 3_000 }, (_, index) => `- [ ] item ${index} of a long list`).join('\n');
    const source = ['# 2024-06-03', '', '## Todo', '', bigSection, '', '## Drills', '', 'none today', '', '## Staffing', '', 'Cycle 06.03-06.14', '', '| Name | Project | Period |', '| --- | --- | --- |', '| Ada | Ledger | 06.03-06.07 |', ''].join('\n');
    const { parts } = splitIntoDays(source, { minPartChars: 100 });
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      if (part.above) expect(part.startOffset - part.above.offset).toBeLessThanOrEqual(16_000);
    }
    // The cut before `## Drills` would read the whole todo list again; the one before `## Staffing` reads `## Drills` only.
    expect(parts.map((part) => source.slice(part.startOffset).split('\n')[0])).toEqual(['# 2024-06-03', '## Staffing']);
    const options = { file: 'log.md' };
    expect(readPlanned(planLog(source, options, { minPartChars: 100, fromChars: 0 }))).toEqual(readPlanned(planLog(source, options)));
  });
});
