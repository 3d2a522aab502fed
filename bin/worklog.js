#!/usr/bin/env node
// Launcher only: everything lives in the bundled CLI so start-up reads little.
import module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where compiled code is kept between runs, or null when there is no home to keep it in. */
function codeCacheDir() {
  try {
    const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
    return join(process.env.WORKLOG_CACHE_DIR || join(cacheHome, 'worklog'), 'code');
  } catch {
    return null;
  }
}

// Later runs skip compiling worklog: Node 22.1+ keeps its modules' compiled code; older Node runs the single-script
// build with V8's code cache. NODE_DISABLE_COMPILE_CACHE=1 turns both off.
const cacheDir = process.env.NODE_DISABLE_COMPILE_CACHE ? null : codeCacheDir();
if (typeof module.enableCompileCache === 'function' || cacheDir === null) {
  try {
    if (cacheDir !== null) module.enableCompileCache(cacheDir);
  } catch {
    // A cache that cannot be made costs speed, never the run.
  }
  await import('../dist/cli.js');
} else {
  const { runWithCodeCache } = await import('./code-cache.js');
  await runWithCodeCache(cacheDir);
}
