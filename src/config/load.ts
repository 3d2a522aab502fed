/** Finds and reads worklog.config.json; validating it (validate.ts) loads only when there is one. */

import { dirname, join, relative, resolve } from 'node:path';
// Synchronous reads: node:fs/promises would load readline and file watchers at every start, for one small file.
import { existsSync, readFileSync } from 'node:fs';
import { WorklogError } from '../errors.js';
import type { WorklogConfig } from '../model/config.js';
import { defaultConfig } from './defaults.js';

export const configFileName = 'worklog.config.json';

/** The nearest worklog.config.json from `cwd` upwards, up to `stopAt` (the file system's root by default), or null. */
export function findConfigFile(cwd: string, stopAt?: string): string | null {
  const last = stopAt === undefined ? null : resolve(stopAt);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, configFileName);
    if (existsSync(candidate)) return candidate;
    if (dir === last || dirname(dir) === dir) return null;
  }
}

/** ` line:column:` of a JSON.parse error, when its message gives a position. */
function jsonErrorPlace(text: string, error: unknown): string {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position) return '';
  const before = text.slice(0, Number(position[1])).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}:`;
}

/** Reads the configuration given with --config, else the nearest one, else the defaults. */
export async function loadConfig(options: { cwd: string; path?: string; stopAt?: string }): Promise<WorklogConfig> {
  const path = options.path ? resolve(options.cwd, options.path) : findConfigFile(options.cwd, options.stopAt);
  if (!path) return defaultConfig;
  const shown = options.path ?? relative(options.cwd, path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new WorklogError(`${shown}: cannot read the configuration file`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new WorklogError(`${shown}:${jsonErrorPlace(text, error)} not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const { resolveConfig, validateConfig } = await import('./validate.js');
  return resolveConfig(validateConfig(data, shown), path, shown);
}
