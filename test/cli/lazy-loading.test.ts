import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

// Each heavy part of the bundle, known by text that survives minifying: a chunk holding it holds that text.
const heavyParts = {
  'the HTML renderer': '<!DOCTYPE',
  'the configuration validator': 'the file must hold a JSON object',
  'the email composer': 'Content-Transfer-Encoding',
  "string-width's emoji pattern and segmenter": 'RGI_Emoji',
  "the markdown parser's character references": 'CounterClockwiseContourIntegral',
  'the analyses': 'books the same',
};
type HeavyPart = keyof typeof heavyParts;

// A module hook that writes the URL of every module the run loads to the file WORKLOG_MODULE_LOG names.
const hooks = `import { appendFileSync } from 'node:fs';
export async function load(url, context, nextLoad) {
  appendFileSync(process.env.WORKLOG_MODULE_LOG, url + '\\n');
  return nextLoad(url, context);
}`;
const recorder = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`,
)}`;

const scratch = mkdtempSync(join(tmpdir(), 'worklog-loading-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
// Parsed logs, kept for the runs after the first, as a user's runs keep them.
const modelCache = join(scratch, 'cache');

let runs = 0;

/** Runs the built CLI as users do and returns the text of every bundle file it loaded. */
function loadedBundle(...args: string[]): string {
  const log = join(scratch, `run-${(runs += 1)}.txt`);
  const child = spawnSync(process.execPath, ['--import', recorder, join(root, 'bin/worklog.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    // The module build, as Node 22.1+ runs it (older Node runs the same chunks built as scripts, below).
    env: { PATH: process.env.PATH, WORKLOG_MODULE_LOG: log, NODE_DISABLE_COMPILE_CACHE: '1', WORKLOG_CACHE_DIR: modelCache },
  });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  const dist = join(root, 'dist');
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url))
    .filter((path) => path.startsWith(dist));
  expect(files.length).toBeGreaterThan(0);
  return files.map((path) => readFileSync(path, 'utf8')).join('\n');
}

// Node before 22.1 runs the same chunks built as scripts (bin/code-cache.js): a preload notes every script it reads.
const scriptRecorder = `const fs = require('node:fs');
const read = fs.readFileSync;
fs.readFileSync = (file, ...rest) => {
  if (String(file).endsWith('.cjs')) fs.appendFileSync(process.env.WORKLOG_MODULE_LOG, String(file) + '\\n');
  return read(file, ...rest);
};
require('node:module').syncBuiltinESMExports();`;

/** Runs the script build as Node before 22.1 does, without a code cache, and returns the text of every script it ran. */
function loadedScripts(...args: string[]): string {
  const log = join(scratch, `run-${(runs += 1)}.txt`);
  const preload = join(scratch, 'record-scripts.cjs');
  const runner = join(scratch, 'run-scripts.mjs');
  writeFileSync(preload, scriptRecorder);
  writeFileSync(runner, `import { runWithCodeCache } from ${JSON.stringify(pathToFileURL(join(root, 'bin/code-cache.js')).href)};\nawait runWithCodeCache(null);\n`);
  const child = spawnSync(process.execPath, ['--require', preload, runner, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, WORKLOG_MODULE_LOG: log, WORKLOG_CACHE_DIR: modelCache },
  });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  const files = readFileSync(log, 'utf8').split('\n').filter((path) => path !== '');
  expect(files.length).toBeGreaterThan(0);
  return files.map((path) => readFileSync(path, 'utf8')).join('\n');
}

const loads = (bundle: string, part: HeavyPart) => bundle.includes(heavyParts[part]);

/** The text of every file the build wrote with this extension: the ES modules (`.js`) or the scripts (`.cjs`). */
function builtText(extension: string): string {
  const dist = join(root, 'dist');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => readFileSync(join(dist, name), 'utf8'))
    .join('\n');
}

describe('what a run loads', () => {
  it('finds each heavy part in the bundle (so each check below can fail)', () => {
    const bundle = builtText('.js');
    for (const part of Object.keys(heavyParts) as HeavyPart[]) expect(loads(bundle, part), part).toBe(true);
  });

  it('prints the morning view without the HTML renderer, the validator or the email composer', () => {
    const bundle = loadedBundle('status', 'fixtures/2023-11-12.md');
    expect(loads(bundle, 'the HTML renderer')).toBe(false);
    expect(loads(bundle, 'the configuration validator')).toBe(false);
    expect(loads(bundle, 'the email composer')).toBe(false);
  });

  it('prints its version and JSON without column widths', () => {
    expect(loads(loadedBundle('--version'), "string-width's emoji pattern and segmenter")).toBe(false);
    expect(loads(loadedBundle('--version'), 'the HTML renderer')).toBe(false);
    expect(loads(loadedBundle('status', '--format', 'json', 'fixtures/2023-11-12.md'), "string-width's emoji pattern and segmenter")).toBe(false);
  });

  it('aligns CJK text without string-width, and loads it for emoji or wrapping', () => {
    expect(loads(loadedBundle('status', 'fixtures/2023-11-12.md'), "string-width's emoji pattern and segmenter")).toBe(false);
    expect(loads(loadedBundle('status', '--width', '80', 'fixtures/2023-11-12.md'), "string-width's emoji pattern and segmenter")).toBe(true);
    expect(loads(loadedBundle('status', 'fixtures/history/weeks/2025-09-26.md'), "string-width's emoji pattern and segmenter")).toBe(true);
  });

  it('loads the HTML renderer when the HTML report is asked for', () => {
    expect(loads(loadedBundle('report', '--format', 'html', 'fixtures/2023-11-12.md'), 'the HTML renderer')).toBe(true);
  });

  it('loads the markdown parser only for a log the cache does not hold', () => {
    const parser = "the markdown parser's character references";
    expect(loads(loadedBundle('status', 'fixtures/history/weeks/2025-09-22.md'), parser)).toBe(true);
    expect(loads(loadedBundle('status', 'fixtures/history/weeks/2025-09-22.md'), parser)).toBe(false);
    expect(loads(loadedBundle('status', '--no-cache', 'fixtures/history/weeks/2025-09-22.md'), parser)).toBe(true);
  });
});

describe('what a run of the script build compiles', () => {
  it('finds each heavy part in the scripts (so each check below can fail)', () => {
    const scripts = builtText('.cjs');
    for (const part of Object.keys(heavyParts) as HeavyPart[]) expect(loads(scripts, part), part).toBe(true);
  });

  it('prints the morning view without the HTML renderer, the validator or the email composer', () => {
    const scripts = loadedScripts('status', 'fixtures/2023-11-12.md');
    expect(loads(scripts, 'the HTML renderer')).toBe(false);
    expect(loads(scripts, 'the configuration validator')).toBe(false);
    expect(loads(scripts, 'the email composer')).toBe(false);
  });

  it('aligns CJK text without string-width', () => {
    expect(loads(loadedScripts('status', 'fixtures/2023-11-12.md'), "string-width's emoji pattern and segmenter")).toBe(false);
    expect(loads(loadedScripts('status', 'fixtures/history/weeks/2025-09-26.md'), "string-width's emoji pattern and segmenter")).toBe(true);
  });

  it('prints its version with the entry script and what it requires at once, no command', () => {
    const scripts = loadedScripts('--version');
    expect(loads(scripts, 'the HTML renderer')).toBe(false);
    expect(loads(scripts, "string-width's emoji pattern and segmenter")).toBe(false);
    expect(scripts).not.toContain('Open by priority');
  });

  it('compiles the HTML renderer when the HTML report is asked for', () => {
    expect(loads(loadedScripts('report', '--format', 'html', 'fixtures/2023-11-12.md'), 'the HTML renderer')).toBe(true);
  });

  it("compiles the analyses only for a report the cache does not hold", () => {
    const analyses = 'the analyses';
    expect(loads(loadedScripts('status', 'fixtures/history/weeks/2025-09-24.md'), analyses)).toBe(true);
    expect(loads(loadedScripts('status', 'fixtures/history/weeks/2025-09-24.md'), analyses)).toBe(false);
    expect(loads(loadedScripts('status', '--no-cache', 'fixtures/history/weeks/2025-09-24.md'), analyses)).toBe(true);
  });

  it('compiles the markdown parser only for a log the cache does not hold', () => {
    const parser = "the markdown parser's character references";
    expect(loads(loadedScripts('status', 'fixtures/history/weeks/2025-09-23.md'), parser)).toBe(true);
    expect(loads(loadedScripts('status', 'fixtures/history/weeks/2025-09-23.md'), parser)).toBe(false);
    expect(loads(loadedScripts('status', '--no-cache', 'fixtures/history/weeks/2025-09-23.md'), parser)).toBe(true);
  });
});

/** Whether the launcher runs the script build in this environment rather than importing the modules. */
const scriptBuild = (env: { NODE_DISABLE_COMPILE_CACHE?: string }): boolean => typeof (module as { enableCompileCache?: unknown }).enableCompileCache !== 'function' && !env.NODE_DISABLE_COMPILE_CACHE;

describe('which built-in modules a run loads', () => {
  it('prints the morning view outside a repository, piped, without zlib, child_process, tty, net, readline or fs/promises', () => {
    const log = join(scratch, 'builtins.txt');
    const preload = join(scratch, 'record-builtins.cjs');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(process.env.WORKLOG_MODULE_LOG, process.moduleLoadList.join('\\n')));`);
    copyFileSync(join(root, 'fixtures/2023-11-12.md'), join(scratch, '2023-11-12.md'));
    for (const env of [{}, { NODE_DISABLE_COMPILE_CACHE: '1' }]) {
      const child = spawnSync(process.execPath, ['--require', preload, join(root, 'bin/worklog.js'), 'status', '2023-11-12.md'], {
        cwd: scratch,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, WORKLOG_MODULE_LOG: log, WORKLOG_CACHE_DIR: modelCache, ...env },
      });
      expect(child.status).toBe(0);
      const loaded = readFileSync(log, 'utf8').split('\n');
      expect(loaded).toContain('NativeModule fs');
      expect(loaded).not.toContain('NativeModule zlib');
      expect(loaded).not.toContain('NativeModule child_process');
      expect(loaded).not.toContain('NativeModule tty');
      // Written to the pipe itself: Node's stream for it would load net.
      expect(loaded).not.toContain('NativeModule net');
      // Node's own module loader reads with fs/promises; the script build (Node before 22.1, with its code cache) need not.
      if (scriptBuild(env)) {
        expect(loaded).not.toContain('NativeModule internal/readline/interface');
        expect(loaded).not.toContain('NativeModule fs/promises');
      }
    }
  });
});

describe("ICU's word segmenter", () => {
  it("is not set up again for the names and systems an earlier run asked it about, and --no-cache keeps nothing", () => {
    const log = join(scratch, 'segmenters.txt');
    const preload = join(scratch, 'record-segmenters.cjs');
    writeFileSync(preload, `const Segmenter = Intl.Segmenter;
Intl.Segmenter = class extends Segmenter { constructor(...given) { require('node:fs').appendFileSync(process.env.WORKLOG_MODULE_LOG, given[0] + '\\n'); super(...given); } };`);
    const cache = join(scratch, 'words-cache');
    const status = (...args: string[]): string[] => {
      writeFileSync(log, '');
      const child = spawnSync(process.execPath, ['--require', preload, join(root, 'bin/worklog.js'), 'status', ...args, 'fixtures/2023-11-12.md'], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, WORKLOG_MODULE_LOG: log, WORKLOG_CACHE_DIR: cache },
      });
      expect(child.status).toBe(0);
      return readFileSync(log, 'utf8').split('\n').filter((line) => line !== '');
    };
    expect(status('--no-cache')).toEqual(['zh']);
    expect(status('--no-cache')).toEqual(['zh']);
    expect(status()).toEqual(['zh']);
    expect(status()).toEqual([]);
  });
});
