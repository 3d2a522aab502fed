import { describe, expect, it } from 'vitest';
import { batchesOf, inOrder, jobsFrom, pack, packEach, poolSize, poolThreshold, unpack } from '../../src/cli/parse-plan.js';
import { WorklogError } from '../../src/errors.js';
import type { WorkLog } from '../../src/model/log.js';

const big = poolThreshold.characters;

describe('jobsFrom', () => {
  it('takes --jobs over WORKLOG_JOBS, and leaves the choice to the pool when neither is given', () => {
    expect(jobsFrom(3, '5')).toBe(3);
    expect(jobsFrom(undefined, '5')).toBe(5);
    expect(jobsFrom(undefined, undefined)).toBeNull();
    expect(jobsFrom(undefined, '')).toBeNull();
  });

  it.each(['0', '-1', 'two', '1.5', ' 2'])('refuses WORKLOG_JOBS=%j with one line', (value) => {
    expect(() => jobsFrom(undefined, value)).toThrow(WorklogError);
    expect(() => jobsFrom(undefined, value)).toThrow(/^WORKLOG_JOBS is ".*": expected a whole number, 1 or more$/);
  });
});

describe('poolSize', () => {
  it('parses one log, or few small ones, in-process unless asked', () => {
    expect(poolSize(null, 2, [big * 10])).toBe(0);
    expect(poolSize(null, 2, Array.from({ length: 50 }, () => 100))).toBe(0);
    expect(poolSize(null, 2, Array.from({ length: poolThreshold.logs - 1 }, () => big))).toBe(0);
  });

  it('reads on a thread per core once the logs pay for the workers, never more than there are logs', () => {
    const many = Array.from({ length: 100 }, () => Math.ceil(big / 50));
    expect(poolSize(null, 2, many)).toBe(2);
    expect(poolSize(null, 16, Array.from({ length: poolThreshold.logs }, () => big))).toBe(poolThreshold.logs);
    expect(poolSize(null, 1, many)).toBe(0);
  });

  it('reads on a thread per core for a big log cut into parts, though it is one log', () => {
    expect(poolSize(null, 2, [big, big], true)).toBe(2);
    expect(poolSize(null, 2, [big], true)).toBe(0);
    expect(poolSize(null, 1, [big, big, big], true)).toBe(0);
  });

  it('reads on as many threads as asked for two logs or more, one (in-process) for --jobs 1', () => {
    expect(poolSize(4, 2, [10, 10, 10])).toBe(3);
    expect(poolSize(2, 8, [10, 10])).toBe(2);
    expect(poolSize(2, 8, [10])).toBe(0);
    expect(poolSize(1, 8, Array.from({ length: 100 }, () => big))).toBe(0);
  });
});

describe('batchesOf', () => {
  const cover = (sizes: number[], workers: number) => {
    const batches = batchesOf(sizes, workers);
    // Consecutive, non-empty, and together every log once, in order.
    expect(batches.flatMap(({ start, end }) => Array.from({ length: end - start }, (_, index) => start + index))).toEqual(sizes.map((_, index) => index));
    expect(batches.every(({ start, end }) => end > start)).toBe(true);
    return batches;
  };

  it('cuts equal logs into about eight batches a thread', () => {
    expect(cover(Array.from({ length: 160 }, () => 1000), 2)).toHaveLength(16);
  });

  it('keeps a batch to about 20,000 characters however many logs there are, and the last few to 5,000', () => {
    const batches = cover(Array.from({ length: 1000 }, () => 1000), 2);
    const logsIn = batches.map(({ start, end }) => end - start);
    // 840 logs in batches of 20, then the last 160 (four batches' worth for each of two threads) in batches of 5.
    expect(logsIn).toEqual([...Array.from({ length: 42 }, () => 20), ...Array.from({ length: 32 }, () => 5)]);
  });

  it('gives a log bigger than a batch a batch of its own', () => {
    const batches = cover([10, 10, 1_000_000, 10, 10], 2);
    expect(batches).toContainEqual({ start: 0, end: 3 });
    expect(batches.length).toBeGreaterThanOrEqual(2);
  });

  it('holds fewer logs than batches, and empty logs', () => {
    cover([5, 0, 7], 4);
    cover([0, 0, 0], 2);
    expect(batchesOf([], 2)).toEqual([]);
  });
});

describe('inOrder', () => {
  it("puts each batch's logs back in the order the logs were given", () => {
    const log = (file: string) => ({ file }) as WorkLog;
    expect(inOrder([[log('a'), log('b')], [], [log('c')]]).map((each) => each.file)).toEqual(['a', 'b', 'c']);
  });
});

describe('pack and packEach', () => {
  const values = [{ text: '今日工作 ✓', line: 3 }, { text: 'a "quoted" \u2028 line\nand a lone \ud800 half', line: 4 }, { text: '', line: 0 }];

  it('packs a list made one value at a time into the bytes of the whole list', () => {
    const made: number[] = [];
    const packed = packEach(values, (value) => {
      made.push(value.line);
      return { ...value, made: made.length };
    });
    expect(made).toEqual([3, 4, 0]);
    expect(packed).toEqual(pack(values.map((value, index) => ({ ...value, made: index + 1 }))));
    expect(unpack(packed)).toEqual(values.map((value, index) => ({ ...value, made: index + 1 })));
  });

  it('packs into UTF-8 JSON and back, lone surrogates included, and an empty list', () => {
    expect(new TextDecoder().decode(pack(values[0]))).toBe('{"text":"今日工作 ✓","line":3}');
    expect(unpack(pack(values))).toEqual(values);
    expect(unpack(packEach([], () => ({})))).toEqual([]);
  });
});
