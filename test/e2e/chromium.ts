/** Finds headless Chromium and runs it once per call, each run in a profile of its own. */

import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const missing = 'chromium is not installed: apt-get install chromium';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `CHROMIUM` (a path or a command), else `chromium` or `chromium-browser` on PATH. */
function findChromium(env: NodeJS.ProcessEnv): string | null {
  const names = env.CHROMIUM ? [env.CHROMIUM] : ['chromium', 'chromium-browser'];
  const dirs = (env.PATH ?? '').split(delimiter).filter((dir) => dir !== '');
  for (const name of names) {
    const candidates = isAbsolute(name) ? [name] : dirs.map((dir) => join(dir, name));
    const found = candidates.find(executable);
    if (found) return found;
  }
  return null;
}

export const chromium = findChromium(process.env);
// Without chromium a developer's run skips these tests and says why; CI must not pass without them.
if (!chromium && !process.env.CI) console.warn(`skipping the headless Chromium tests: ${missing}`);

/** One headless run in a profile of its own under `work`, so runs share no state. */
export async function headless(work: string, args: string[]): Promise<string> {
  if (!chromium) throw new Error(missing);
  const profile = mkdtempSync(join(work, 'profile-'));
  const { stdout } = await run(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, ...args,
  ], { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
