/** A generated daily log: where it goes under the corpus folder, its date and its text. */
export interface GeneratedLog {
  name: string;
  date: string;
  text: string;
}
export const generatorVersion: number;
export const benchSeed: number;
export const defaultInputsDir: string;
export const fileSizes: ReadonlyArray<readonly [string, number]>;
export function weekdays(first: Date, count: number): Date[];
export function corpusLogs(count: number, seed?: number): GeneratedLog[];
export function manyDaysFile(bytes: number, seed?: number): { text: string; days: number; last: string | null };
export function inputsKey(): string;
export function digestOf(logs: readonly { name: string; text: string }[]): string;
export interface BenchInputs {
  dir: string;
  reference: { path: string; today: string };
  corpus: { path: string; count: number; today: string };
  files: { label: string; path: string; megabytes: number; days: number; today: string }[];
}
export function ensureInputs(options?: { base?: string; quick?: boolean }): Promise<BenchInputs>;
