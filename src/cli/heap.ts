/** How the heap grows on a run over a big log: close to what it holds, not several times that. */

import { splitFromChars } from '../parse/big-log.js';

// After each full collection V8 lets a heap grow to up to four times what survived it before collecting again. A big
// log's model and its findings survive, and its rules and reports make garbage many times their size: a 10 MB log
// then peaked at half a gigabyte, most of it garbage. Growing by a fifth keeps the peak near what is alive, for a
// few more collections; the heap may still grow as far as a run needs.
const growingPercent = 20;

/** The V8 flag for a run over logs of these sizes (in characters): one for a run with a log big enough to be cut into parts, else none. */
export function heapGrowthFlag(sizes: readonly number[]): string | null {
  return sizes.some((size) => size >= splitFromChars) ? `--heap-growing-percent=${growingPercent}` : null;
}

/** Sets the flag for a run over logs of these sizes, when it has one; V8 reads it at each full collection. */
export async function growHeapFor(sizes: readonly number[]): Promise<void> {
  const flag = heapGrowthFlag(sizes);
  if (flag !== null) (await import('node:v8')).setFlagsFromString(flag);
}
