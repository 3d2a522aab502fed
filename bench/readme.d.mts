export const readmeStart: string;
export const readmeEnd: string;
export function median(values: readonly number[]): number | null;
/** What bench/run.mjs writes to bench/results.json; the table reads only these fields. */
export interface BenchResults {
  date: string;
  commit: string | null;
  dirty: boolean;
  quick: boolean;
  /** `--no-cache`, or why there is none. */
  cacheFlag?: string;
  machine: { cpu: string; cores: number; memoryGB: number; os: string; node: string; loadAverage: number[] };
  comparisons: unknown[];
}
export function summarise(input: {
  id: string;
  group: string;
  command: string;
  baseline: string;
  target: { ratio: number; rssMB?: number } | null;
  samples: readonly { seconds: number; cpuSeconds: number; rssMB: number }[];
  baselineSamples: readonly { seconds: number; cpuSeconds: number; rssMB: number }[];
}): unknown;
export function machineLine(results: BenchResults): string;
export function renderResults(results: BenchResults): string;
export function updateReadme(readme: string, results: BenchResults): string;
