// Node before 22.1 has no module compile cache: run worklog's single-script build, compiled with V8's code cache kept on disk.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const script = fileURLToPath(new URL('../dist/cli-script.cjs', import.meta.url));

function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

// Replaced whole, so a run reading it meanwhile sees the old data or the new; older builds' files go.
function writeCache(file, data) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, file);
    for (const name of readdirSync(dirname(file))) {
      if (name.startsWith('cli-') && name.endsWith('.v8') && join(dirname(file), name) !== file) rmSync(join(dirname(file), name), { force: true });
    }
  } catch {
    // A cache that cannot be written costs speed, never the run.
  }
}

/** Runs the CLI; `cacheDir` null runs it without a cache. */
export async function runWithCodeCache(cacheDir) {
  const source = readFileSync(script, 'utf8');
  const { size, mtimeMs } = statSync(script);
  // V8 checks the data against the source and itself; the name keeps two installs from replacing each other's.
  const cacheFile = cacheDir === null ? null : join(cacheDir, `cli-${process.version}-${process.arch}-${size}-${Math.trunc(mtimeMs)}.v8`);
  const cachedData = cacheFile === null ? undefined : readCache(cacheFile);
  const compiled = new Script(Module.wrap(source), { filename: script, cachedData });
  const module = { exports: {} };
  compiled.runInThisContext()(module.exports, createRequire(script), module, script, dirname(script));
  await module.exports.start();
  // Made after the run, the data holds every function the run compiled, not only the top level.
  if (cacheFile !== null && (cachedData === undefined || compiled.cachedDataRejected)) writeCache(cacheFile, compiled.createCachedData());
}
