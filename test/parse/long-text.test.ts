import { describe, expect, it } from 'vitest';
import { readBox } from '../../src/parse/checkbox.js';
import { findHosts } from '../../src/parse/hosts.js';
import { readItemHead } from '../../src/parse/items.js';
import { findMentions } from '../../src/parse/mentions.js';
import { readPriority } from '../../src/parse/priority.js';
import { findCapacity } from '../../src/parse/staffing.js';
import { normaliseHeader } from '../../src/parse/staffing-headers.js';

/** About a megabyte of `unit`, between `before` and `after`. */
const megabyte = (unit: string, before = '', after = ''): string => `${before}${unit.repeat(Math.ceil(1_000_000 / unit.length))}${after}`;
const numbered = (count: number, write: (index: number) => string): string => Array.from({ length: count }, (_, index) => write(index)).join('');

// Each input made a matcher go back over the text it had read, once per character or per match: minutes for a megabyte.
// Read in one pass, each takes well under a second; the generous timeout only keeps a regression from hanging the suite.
const generously = 30_000;

describe('item text a megabyte long is read in one pass', () => {
  it('a box opened and padded for a megabyte is no box', () => {
    expect(readBox(megabyte(' ', '[', 'a'))).toBeNull();
    expect(readBox(megabyte('\u3000', '【', 'a'))).toBeNull();
    expect(readItemHead(megabyte(' ', '[', '] x'))?.box.problems).toEqual(['padded']);
  }, generously);

  it('every emoji priority is read', () => {
    const reading = readPriority(megabyte('🔺'));
    expect(reading.priorities).toHaveLength(500_000);
    expect(reading.text).toBe('');
  }, generously);

  it('every mention and host is kept once', () => {
    expect(findMentions(numbered(100_000, (index) => ` @u${index % 50_000}`))).toHaveLength(50_000);
    expect(findHosts(numbered(40_000, (index) => ` h${index % 20_000}.pay.example.com`))).toHaveLength(20_000);
  }, generously);

  it('a capacity is looked for in a megabyte of digits or spaces', () => {
    expect(findCapacity(megabyte('1'))).toBeNull();
    expect(findCapacity(megabyte(' ', '20', '个'))).toBeNull();
    expect(findCapacity(megabyte(' ', '20', 'x working days'))).toBeNull();
    expect(findCapacity(megabyte(' ', '本周期 20', '个工作日'))).toBe(20);
  }, generously);

  it('a header a megabyte long is still compared', () => {
    expect(normaliseHeader(megabyte('(', '天数', ')'))).toBe('天数');
    expect(normaliseHeader(megabyte(' ', '天数', '(天)'))).toBe('天数');
    expect(normaliseHeader(megabyte(' ', '天数', 'x'))).toBe('天数 x');
  }, generously);
});
