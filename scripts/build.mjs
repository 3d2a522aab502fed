// Bundles the CLI so that `bin/worklog.js` starts without resolving hundreds of modules. Code a command
// needs only sometimes (a command's work, the HTML report, CI formats, config validation, globs) is split
// into chunks loaded on demand, so `--help` and `--version` read one small file.
// On Node before 22.1 the launcher runs the same chunks built as scripts instead, with V8's code cache (see bin/code-cache.js).
import { build, transform } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
// Node 20 reads `\p{…}` and the `v` flag in regex literals. Without this esbuild writes each such literal as
// `new RegExp(…)` where it stands, so one inside a function was compiled again on every call.
const regexSyntax = { 'regexp-unicode-property-escapes': true, 'regexp-set-notation': true };

// commander requires child_process (and with it net and dgram) at load for executable subcommands, which worklog has
// none of: it gets spawn() on first use instead, so no run loads them.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, ({ importer }) =>
      (importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = { get spawn() { return require('node:child_process').spawn; } };",
      loader: 'js',
    }));
  },
};

// chalk asks supports-color about the terminal at load (loading tty, and with it net) for its default instance; worklog
// uses none, only instances given the level it decides itself (src/render/color.ts), so that question is never asked.
const noDefaultColorSupport = {
  name: 'no-default-color-support',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-default-color-support' }));
    build.onLoad({ filter: /.*/, namespace: 'no-default-color-support' }, () => ({
      contents: 'export const stdout = false; export const stderr = false; export default { stdout, stderr };',
      loader: 'js',
    }));
  },
};

/**
 * A plugin that makes exact edits to one file of a dependency: each `[from, to, times]` replaces text found exactly
 * `times` times (once unless given); a new release written differently must be looked at again, not built unchanged,
 * so the build fails with `why` instead.
 */
const exactEdits = (name, filter, edits, why) => ({
  name,
  setup(build) {
    build.onLoad({ filter }, async ({ path }) => {
      let source = await readFile(path, 'utf8');
      for (const [from, to, times = 1] of edits) {
        const pieces = source.split(from);
        if (pieces.length !== times + 1) throw new Error(`${path}: ${why}`);
        source = pieces.join(to);
      }
      return { contents: source, loader: 'js' };
    });
  },
});

// mdast-util-from-markdown builds its table of handlers (about a hundred, with the extensions') for every document, as
// costly as micromark's merge below, and hands each event to its handler as `this` a fresh copy of its whole compile
// context plus the event's sliceSerialize: about a tenth of the markdown reading. The table is only read once built, so
// it is kept per options object; what a document's handlers note as they go (`this.data`) was one object per table and
// becomes one per document. The handlers (and GFM's, and front matter's) use `this` only while they run and set nothing
// on it, so one context whose sliceSerialize is set per event does the same as the copies.
const fromMarkdownEdits = exactEdits('from-markdown', /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/, [
  ['{\n          ...context,\n          sliceSerialize: events[index][2].sliceSerialize\n        }', '(context.sliceSerialize = events[index][2].sliceSerialize, context)', 3],
  ['  return compiler(options)(postprocess(', '  return compilerFor(options)(postprocess('],
  ['function compiler(options) {', 'const compilers = new WeakMap();\nfunction compilerFor(options) {\n  if (!options) return compiler(options);\n  let compile = compilers.get(options);\n  if (!compile) compilers.set(options, compile = compiler(options));\n  return compile;\n}\nfunction compiler(options) {'],
  ['  /** @type {CompileData} */\n  const data = {};\n  return compile;', '  return compile;'],
  ['      resume,\n      data\n    };', '      resume,\n      data: {}\n    };'],
], 'the compiler no longer builds its handlers or copies its context as this build expects');

// micromark-util-subtokenize notes where each embedded content's events end in a plain object keyed by event index, filled
// with Object.assign and asked `index in jumps` for every event: V8 keeps such sparse integer keys as a slow dictionary, a
// seventh of the markdown reading. A Map holds the same pairs, and each embedded content's ends are set straight into
// it rather than into an object of their own copied over; the two objects are used nowhere else.
const subtokenizeJumpsMap = exactEdits('subtokenize-jumps-map', /[\\/]micromark-util-subtokenize[\\/]index\.js$/, [
  ['const jumps = {};\n  let index = -1;', 'const jumps = new Map();\n  let index = -1;'],
  ['while (index in jumps) {\n      index = jumps[index];\n    }', 'while (jumps.has(index)) {\n      index = jumps.get(index);\n    }'],
  ['Object.assign(jumps, subcontent(events, index));\n        index = jumps[index];', 'subcontent(events, index, jumps);\n        index = jumps.get(index);'],
  ['function subcontent(events, eventIndex) {', 'function subcontent(events, eventIndex, gaps) {'],
  ['  const gaps = {};\n', ''],
  ['gaps[adjust + jumps[index][0]] = adjust + jumps[index][1];', 'gaps.set(adjust + jumps[index][0], adjust + jumps[index][1]);'],
], 'the jumps between embedded contents are no longer kept as this build expects');

// micromark's parse merges its own constructs with the extensions' into one table on every call: about 45 µs, as much
// as reading a short section, and worklog parses a log in several runs of sections. The table is only read, and the
// reader passes the same extensions array for the same syntaxes, so the table is kept per array.
const combinedOnce = exactEdits('combined-once', /[\\/]micromark[\\/]lib[\\/]parse\.js$/, [
  ['export function parse(options) {', 'const combined = new WeakMap();\nconst noExtensions = [];\nfunction combinedFor(extensions) {\n  let constructs = combined.get(extensions);\n  if (!constructs) combined.set(extensions, constructs = combineExtensions([defaultConstructs, ...extensions]));\n  return constructs;\n}\nexport function parse(options) {'],
  ['combineExtensions([defaultConstructs, ...(settings.extensions || [])]);', 'combinedFor(settings.extensions || noExtensions);'],
], 'the parser no longer merges its constructs as this build expects');

// unist-util-visit-parents names the function that visits each node after the node's type, in colour, for stack traces:
// a property definition and a string for every node of every walk. Nothing reads the name.
const unnamedVisits = exactEdits('unnamed-visits', /[\\/]unist-util-visit-parents[\\/]lib[\\/]index\.js$/, [
  ["      Object.defineProperty(visit, 'name', {\n        value:\n          'node (' + color(node.type + (name ? '<' + name + '>' : '')) + ')'\n      })\n", "      void name\n"],
], 'the function that visits a node is no longer named as this build expects');

// The same plugins for the modules and for the scripts, so that both builds run the same code.
const dependencyEdits = [lazyChildProcess, noDefaultColorSupport, fromMarkdownEdits, subtokenizeJumpsMap, combinedOnce, unnamedVisits];

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  // The parse worker is an entry of its own that shares the parser's chunk with the CLI.
  entryPoints: { cli: 'src/cli/main.ts', 'parse-worker': 'src/cli/parse-worker.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  supported: regexSyntax,
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { WORKLOG_VERSION: JSON.stringify(pkg.version) },
  plugins: dependencyEdits,
  // CommonJS dependencies (commander) require Node's built-in modules; give every ESM chunk a require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
// The same CLI as CommonJS scripts, for Node without a module compile cache (before 22.1): bin/code-cache.js
// compiles each with V8's code cache, which a module cannot use there. It is split like the modules above (the
// same chunks, turned into scripts), so a command compiles and reads only the scripts it runs.
const scripts = await build({
  entryPoints: { 'cli-script': 'src/cli/start.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  supported: regexSyntax,
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
  // Dependencies written as modules (fdir) ask for import.meta.url: the script's own file URL.
  define: { WORKLOG_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__scriptUrl' },
  plugins: dependencyEdits,
});
for (const { path, text } of scripts.outputFiles) {
  const { code } = await transform(text, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    // import() of a chunk becomes a require() of its script, which bin/code-cache.js answers.
    supported: { ...regexSyntax, 'dynamic-import': false },
    banner: "const __scriptUrl = require('node:url').pathToFileURL(__filename).href;",
  });
  await writeFile(path.replace(/\.js$/, '.cjs'), code.replace(/require\("(\.\.?\/[^"]+)\.js"\)/g, 'require("$1.cjs")'));
}
