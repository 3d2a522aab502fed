/** A cache that forgets its oldest entries past a count and a total size, so a damaged or hostile repository cannot fill memory. */

export interface BoundedCache<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  /** Stores `value` and returns it. */
  set(key: string, value: V): V;
}

export function boundedCache<V>(entries: number, bytes: number, sizeOf: (value: V) => number): BoundedCache<V> {
  const values = new Map<string, V>();
  let total = 0;
  return {
    get: (key) => values.get(key),
    has: (key) => values.has(key),
    set(key, value) {
      values.set(key, value);
      total += sizeOf(value);
      // Map keeps insertion order: the first keys are the oldest.
      for (const [oldest, old] of values) {
        if (values.size <= entries && total <= bytes) break;
        if (oldest === key) break;
        values.delete(oldest);
        total -= sizeOf(old);
      }
      return value;
    },
  };
}
