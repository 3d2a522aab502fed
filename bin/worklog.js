#!/usr/bin/env node
// Launcher only: everything lives in the bundled CLI so start-up reads one file.
import module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

// Node 22.1+ keeps compiled code on disk, so later runs skip compiling the bundle; older Node simply compiles it.
if (typeof module.enableCompileCache === 'function') {
  const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  try {
    module.enableCompileCache(process.env.NODE_COMPILE_CACHE || join(cacheHome, 'worklog', 'node-compile-cache'));
  } catch {
    // A cache that cannot be made costs speed, never the run.
  }
}

await import('../dist/cli.js');
