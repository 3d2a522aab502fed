/** Shared test helpers: fixture paths, parsing fixtures, and running the CLI in-process. */

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { CliIO } from '../src/cli/io.js';
import { run } from '../src/cli/program.js';
import type { WorkLog } from '../src/model/log.js';
import { parseLog, type ParseOptions } from '../src/parse/log.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const fixturesDir = join(root, 'fixtures');
export const referenceLog = join(fixturesDir, '2023-11-12.md');

/** Parses a fixture; the model's `file` is relative to the repository, as a user would type it. */
export function parseFixture(path: string, options: Partial<ParseOptions> = {}): WorkLog {
  const file = relative(root, path);
  return parseLog(readFileSync(path, 'utf8'), { file, ...options });
}

/** Compares with the JSON checked in beside the fixture; UPDATE_FIXTURES=1 rewrites it for review. */
export function expectedJson(path: string, actual: unknown): unknown {
  if (process.env.UPDATE_FIXTURES === '1' || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) throw new Error(`missing expected output ${path}`);
    writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  isTTY?: boolean;
  columns?: number;
  /** What `-` reads; nothing by default. */
  stdin?: string | Uint8Array;
}

/** Runs worklog in-process with pinned surroundings: not a terminal, no colour variables. */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const stdin = typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : options.stdin;
  const io: CliIO = {
    stdin: (async function* () {
      if (stdin) yield stdin;
    })(),
    stdout: { write: (text) => void (stdout += text), isTTY: options.isTTY ?? false, columns: options.columns },
    stderr: { write: (text) => void (stderr += text), isTTY: false },
    env: options.env ?? {},
    cwd: options.cwd ?? root,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** Output with git commits written as `<commit>`, so expected reports do not depend on the repository's history. */
export function withoutCommits(text: string): string {
  return text.replace(/\(git [0-9a-f]{7,40}\+?\)/g, '(git <commit>)');
}

/** Every file under `dir` (recursively) whose name ends with `extension`, sorted. */
export function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, extension);
    return entry.name.endsWith(extension) ? [path] : [];
  }).sort();
}

const temporaryDirectories: string[] = [];

// Registered while the test file is collected: its directories go when its tests are done.
afterAll(() => {
  for (const dir of temporaryDirectories.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty directory under the system's temporary directory, removed after the test file. */
export function temporaryDirectory(prefix = 'worklog-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporaryDirectories.push(dir);
  return dir;
}
