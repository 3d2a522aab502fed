/** Checks on a value read back from the cache (plain JSON) before it is trusted: each kind of kept value tests its own fields with these. */

/** The value's fields when it is an object (a field it lacks reads as undefined), else null. */
export const fieldsOf = <Shape>(value: unknown): Partial<Record<keyof Shape, unknown>> | null =>
  (typeof value === 'object' && value !== null ? (value as Partial<Record<keyof Shape, unknown>>) : null);

/** Whether the value is a list of objects (findings, charts). */
export const isObjectList = (value: unknown): value is object[] => Array.isArray(value) && value.every((item) => fieldsOf(item) !== null);
