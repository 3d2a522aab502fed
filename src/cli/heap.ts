/** How the heap is kept on a run over a big log: close to what it holds, not several times that. */

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

/** Called where a phase of a run ends (a big log merged, its rules run, its models let go): what the phase left is let go. */
export type PhaseEnd = () => void;

const nothingToDo: PhaseEnd = () => undefined;

let fullCollection: PhaseEnd | null = null;

/**
 * V8's full collection, which Node offers only as the `gc` function of a context made once `--expose-gc` is set; none
 * when that does not give one.
 */
async function collector(): Promise<PhaseEnd> {
  if (fullCollection) return fullCollection;
  (await import('node:v8')).setFlagsFromString('--expose-gc');
  const gc: unknown = (await import('node:vm')).runInNewContext('gc');
  fullCollection = typeof gc === 'function' ? () => void gc() : nothingToDo;
  return fullCollection;
}

/**
 * Sets the heap up for a run over logs of these sizes, and gives what the run calls at the end of each phase. On a run
 * over a big log the heap grows by less (`heapGrowthFlag`; V8 reads the flag at each full collection), and the end of a
 * phase is a full collection: V8 would otherwise keep a phase's garbage (the parts' trees, the rules' working data)
 * until its next full collection, on top of what the next phase makes, and the run's peak was that sum. On other runs
 * the end of a phase does nothing.
 */
export async function heapFor(sizes: readonly number[]): Promise<PhaseEnd> {
  const flag = heapGrowthFlag(sizes);
  if (flag === null) return nothingToDo;
  (await import('node:v8')).setFlagsFromString(flag);
  return collector();
}
