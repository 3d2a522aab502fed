/** Applying fixes to a log's text: every edit that overlaps none taken before it, and passes of that until nothing changes. */

import type { Fix } from '../model/diagnostic.js';

const byteOrderMark = '\uFEFF';

/** The text with the fixes applied, earliest first; a fix that overlaps one already taken waits for the next pass. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  // Offsets leave the byte order mark out, as ESLint's do; it is put back unchanged.
  const bom = text.startsWith(byteOrderMark) ? byteOrderMark : '';
  const body = text.slice(bom.length);
  const sorted = [...fixes].sort((a, b) => (a.range[0] ?? 0) - (b.range[0] ?? 0) || (a.range[1] ?? 0) - (b.range[1] ?? 0));
  const parts: string[] = [];
  let end = 0;
  let applied = 0;
  for (const { range: [start = -1, stop = -1], text: replacement } of sorted) {
    if (start < end || start > stop || stop > body.length) continue;
    parts.push(body.slice(end, start), replacement);
    end = stop;
    applied += 1;
  }
  parts.push(body.slice(end));
  return { text: bom + parts.join(''), applied };
}

/** How many passes a file gets: each fix may uncover another (an unknown marker, then the box around it), but never forever. */
export const maxFixPasses = 10;

/** Fixes the text pass by pass, finding the fixes again in each pass's result, until a pass changes nothing. */
export function fixUntilStable(text: string, fixesOf: (text: string) => readonly Fix[]): { text: string; fixed: number; passes: number } {
  let current = text;
  let fixed = 0;
  for (let pass = 1; pass <= maxFixPasses; pass += 1) {
    const { text: next, applied } = applyFixes(current, fixesOf(current));
    if (applied === 0 || next === current) return { text: current, fixed, passes: pass - 1 };
    current = next;
    fixed += applied;
  }
  return { text: current, fixed, passes: maxFixPasses };
}
