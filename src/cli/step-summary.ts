/** Appending to the job's step summary, the markdown file GitHub Actions names in `GITHUB_STEP_SUMMARY`. */

import { appendFile } from 'node:fs/promises';
import { WorklogError } from '../errors.js';
import type { CliIO } from './io.js';

/** The step summary's file when the run is a GitHub Actions step, else null. */
export function stepSummaryFile(io: CliIO): string | null {
  return io.env.GITHUB_STEP_SUMMARY || null;
}

/** Appends `markdown`: earlier steps' summaries in the same file stay. */
export async function appendStepSummary(file: string, markdown: string): Promise<void> {
  try {
    await appendFile(file, markdown, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new WorklogError(`cannot append to the step summary ${file} (GITHUB_STEP_SUMMARY): ${reason}`);
  }
}
