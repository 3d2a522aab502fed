/** The order of identifiers and fixed-width times: by code unit, the same on every machine and in every locale. */

/** Negative, zero or positive as `a` sorts before, with or after `b`, code unit by code unit (no collator to set up). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
