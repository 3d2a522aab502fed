import { describe, expect, it } from 'vitest';
import { shareValues, valuePool } from '../../src/parse/shared-values.js';
import { parseFixture, referenceLog } from '../helpers.js';

describe('shareValues', () => {
  it('leaves the model as it was, with equal paths, words and empty lists shared across logs', () => {
    const [first, second] = [parseFixture(referenceLog), parseFixture(referenceLog)];
    // Two readings share nothing, as two models read back from JSON would.
    const copies = [structuredClone(first), structuredClone(second)];
    const pool = valuePool();
    const shared = copies.map((log) => shareValues(log, pool));
    expect(shared).toStrictEqual([first, second]);
    const [a, b] = shared;
    const index = a?.items.findIndex((each) => each.section.length > 0 && each.mentions.length === 0) ?? -1;
    const [item, same] = [a?.items[index], b?.items[index]];
    expect(item).toBeDefined();
    expect(same?.section).toBe(item?.section);
    expect(same?.mentions).toBe(item?.mentions);
    expect(a?.headings.at(-1)?.path).toBe(b?.headings.at(-1)?.path);
    expect(() => (item?.mentions ?? []).push('someone')).toThrow(TypeError);
  });
});
