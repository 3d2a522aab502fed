// Node before 22.1 has no module compile cache: run worklog built as CommonJS scripts (an entry and the chunks it
// requires as it goes), each compiled with V8's code cache kept on disk.
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { basename, dirname, join, resolve } = require('node:path');
const { Script } = require('node:vm');

const entry = join(__dirname, '..', 'dist', 'cli-script.cjs');

function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

// Replaced whole, so a run reading it meanwhile sees the old data or the new.
function writeCache(file, data) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch {
    // A cache that cannot be written costs speed, never the run.
  }
}

// Other builds' data goes: the single script of earlier versions (cli-*.v8) and other builds' folders.
function removeOtherBuilds(cacheDir, folder) {
  try {
    for (const name of readdirSync(cacheDir)) {
      if ((name.startsWith('cli-') && name.endsWith('.v8')) || (name.startsWith('scripts-') && name !== folder)) {
        rmSync(join(cacheDir, name), { recursive: true, force: true });
      }
    }
  } catch {
    // Left for the next run to remove.
  }
}

/** Runs the CLI; `cacheDir` null runs it without a cache. */
async function runWithCodeCache(cacheDir) {
  const { size, mtimeMs } = statSync(entry);
  // V8 checks the data against the source's length and itself; the build's folder keeps two installs' data apart,
  // and a chunk's name holds a hash of its text.
  const folder = `scripts-${process.version}-${process.arch}-${size}-${Math.trunc(mtimeMs)}`;
  const buildCache = cacheDir === null ? null : join(cacheDir, folder);
  const builtin = Module.createRequire(entry);
  const loaded = new Map();
  const compiled = [];

  /** Runs a script once, as Node runs a CommonJS module, and answers what it requires. */
  function load(file) {
    const known = loaded.get(file);
    if (known) return known.exports;
    const module = { exports: {} };
    loaded.set(file, module);
    const cacheFile = buildCache === null ? null : join(buildCache, `${basename(file)}.v8`);
    const cachedData = cacheFile === null ? undefined : readCache(cacheFile);
    const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
    compiled.push({ script, cacheFile, cachedData });
    const require = (id) => (id.startsWith('.') ? load(resolve(dirname(file), id)) : builtin(id));
    script.runInThisContext()(module.exports, require, module, file, dirname(file));
    return module.exports;
  }

  await load(entry).start();
  // Made after the run, the data holds every function the run compiled, not only the top level.
  const missing = compiled.filter(({ cacheFile, cachedData, script }) => cacheFile !== null && (cachedData === undefined || script.cachedDataRejected));
  if (missing.length > 0 && compiled.every(({ cachedData }) => cachedData === undefined)) removeOtherBuilds(cacheDir, folder);
  for (const { script, cacheFile } of missing) writeCache(cacheFile, script.createCachedData());
}

module.exports = { runWithCodeCache };
