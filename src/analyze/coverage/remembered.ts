/** Readings of drill texts remembered per coverage configuration: a folder of logs copies the same drill lines day after day. */

/**
 * `read` of a text under one configuration, read once: later calls with the same configuration and key get the same
 * result, which callers must not change. Forgotten with the configuration.
 */
export function rememberedReadings<Context extends object, Result>(): (context: Context, key: string, read: () => Result) => Result {
  const readings = new WeakMap<Context, Map<string, Result>>();
  return (context, key, read) => {
    let known = readings.get(context);
    if (!known) {
      known = new Map();
      readings.set(context, known);
    }
    const found = known.get(key);
    if (found !== undefined || known.has(key)) return found as Result;
    const result = read();
    known.set(key, result);
    return result;
  };
}
