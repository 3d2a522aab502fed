import { describe, expect, it } from 'vitest';
import { heapGrowthFlag } from '../../src/cli/heap.js';
import { splitFromChars } from '../../src/parse/big-log.js';

describe('heapGrowthFlag', () => {
  it('keeps the heap close to what it holds on a run with a log big enough to be cut into parts', () => {
    expect(heapGrowthFlag([1_000, splitFromChars])).toBe('--heap-growing-percent=20');
  });

  it('leaves V8 to grow the heap as it likes on runs over small logs, however many', () => {
    expect(heapGrowthFlag(Array.from({ length: 3_000 }, () => splitFromChars - 1))).toBeNull();
    expect(heapGrowthFlag([])).toBeNull();
  });
});
