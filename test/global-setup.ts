/** One cache folder for the whole test run, removed after it, so no test writes into the user's own cache. */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const cacheDir = mkdtempSync(join(tmpdir(), 'worklog-test-cache-'));
  process.env.WORKLOG_CACHE_DIR = cacheDir;
  return () => rmSync(cacheDir, { recursive: true, force: true });
}
