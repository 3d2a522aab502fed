import { describe, expect, it } from 'vitest';
import { newestLog } from '../../src/analyze/findings.js';
import type { WorkLog } from '../../src/model/log.js';
import { ruleCatalog } from '../../src/rules/catalog.js';
import { compareText } from '../../src/words/order.js';

describe('the order of rule ids and dates', () => {
  it('sorts every pair of rule ids as an English collator does, so findings at one place keep the order they had', () => {
    const ids = ruleCatalog.map((rule) => rule.id);
    const differ = ids.flatMap((a) => ids.filter((b) => Math.sign(compareText(a, b)) !== Math.sign(a.localeCompare(b, 'en'))).map((b) => `${a} ${b}`));
    expect(differ).toEqual([]);
    expect(ids.length).toBeGreaterThan(40);
  });

  it('sorts in code units whatever the locale: Czech puts "ch" after "h"', () => {
    expect(Math.sign('ch'.localeCompare('h', 'cs'))).toBe(1);
    expect(compareText('ch', 'h')).toBe(-1);
  });

  it('takes the newest log by its date, not by its text: year 10000 is after 9999', () => {
    const log = (file: string, date: string | null) => ({ file, date }) as WorkLog;
    expect(newestLog([log('a.md', '9999-12-31'), log('b.md', '10000-01-01'), log('c.md', null)])?.file).toBe('b.md');
    expect(newestLog([log('c.md', null), log('a.md', '2023-11-12')])?.file).toBe('a.md');
  });
});
