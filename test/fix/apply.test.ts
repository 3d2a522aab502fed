import { describe, expect, it } from 'vitest';
import { applyFixes, fixUntilStable, maxFixPasses } from '../../src/fix/apply.js';
import type { Fix } from '../../src/model/diagnostic.js';

const fix = (start: number, end: number, text: string): Fix => ({ range: [start, end], text });

describe('applying fixes', () => {
  it('applies fixes in the order of the text, whatever order they come in', () => {
    expect(applyFixes('abcdef', [fix(4, 5, 'E'), fix(0, 1, 'A')])).toEqual({ text: 'AbcdEf', applied: 2 });
  });

  it('leaves a fix that overlaps one already taken for the next pass', () => {
    expect(applyFixes('abcdef', [fix(1, 4, 'X'), fix(2, 5, 'Y'), fix(5, 6, 'F')])).toEqual({ text: 'aXeF', applied: 2 });
  });

  it('counts offsets without the byte order mark and keeps it', () => {
    expect(applyFixes('\uFEFFab\r\ncd', [fix(4, 5, 'C')])).toEqual({ text: '\uFEFFab\r\nCd', applied: 1 });
  });

  it('skips a fix outside the text', () => {
    expect(applyFixes('ab', [fix(1, 3, 'x'), fix(2, 1, 'y')])).toEqual({ text: 'ab', applied: 0 });
  });
});

describe('fixing until stable', () => {
  it('finds the fixes again after each pass, so overlapping ones are all made', () => {
    // Each pass may only make one of the two overlapping fixes; the second is found again in the next text.
    const fixesOf = (text: string): Fix[] => {
      const first = text.indexOf('ab');
      return first < 0 ? [] : [fix(first, first + 2, 'A'), fix(first + 1, first + 3, 'Z')];
    };
    expect(fixUntilStable('xabcabc', fixesOf)).toEqual({ text: 'xAcAc', fixed: 2, passes: 2 });
  });

  it('stops after a bounded number of passes when a fix keeps finding more', () => {
    const result = fixUntilStable('a', (text) => [fix(text.length, text.length, 'a')]);
    expect(result.passes).toBe(maxFixPasses);
    expect(result.text).toHaveLength(1 + maxFixPasses);
  });
});

describe('the rules that can fix', () => {
  it('are the rules the catalog marks fixable, and no other', async () => {
    const { parserFixers } = await import('../../src/parse/fixes.js');
    const { sourceFixers } = await import('../../src/analyze/source-fixes.js');
    const { ruleCatalog } = await import('../../src/rules/catalog.js');
    const withFixers = [...Object.keys(parserFixers), ...Object.keys(sourceFixers)].sort();
    expect(ruleCatalog.filter((rule) => rule.fixable).map((rule) => rule.id).sort()).toEqual(withFixers);
  });
});
