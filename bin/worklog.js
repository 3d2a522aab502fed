#!/usr/bin/env node
// Launcher only: everything lives in the bundled CLI so start-up reads little. A CommonJS script (bin/package.json),
// so that Node 20 never sets up its ES module loader for it.
const nodeModule = require('node:module');
const { homedir } = require('node:os');
const { join } = require('node:path');

/** Where compiled code is kept between runs, or null when there is no home to keep it in. */
function codeCacheDir() {
  try {
    const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
    return join(process.env.WORKLOG_CACHE_DIR || join(cacheHome, 'worklog'), 'code');
  } catch {
    return null;
  }
}

// Later runs skip compiling worklog: Node 22.1+ keeps its modules' compiled code; older Node runs the script build
// with V8's code cache. NODE_DISABLE_COMPILE_CACHE=1 turns both off.
const cacheDir = process.env.NODE_DISABLE_COMPILE_CACHE ? null : codeCacheDir();
if (typeof nodeModule.enableCompileCache === 'function' || cacheDir === null) {
  try {
    if (cacheDir !== null) nodeModule.enableCompileCache(cacheDir);
  } catch {
    // A cache that cannot be made costs speed, never the run.
  }
  import('../dist/cli.js');
} else {
  require('./code-cache.js').runWithCodeCache(cacheDir);
}
