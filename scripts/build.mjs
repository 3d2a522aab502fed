// Bundles the CLI so that `bin/worklog.js` starts without resolving hundreds of modules. Code a command
// needs only sometimes (a command's work, the HTML report, CI formats, config validation, globs) is split
// into chunks loaded on demand, so `--help` and `--version` read one small file.
// On Node before 22.1 the launcher runs a single-script build instead, with V8's code cache (see bin/code-cache.js).
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

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
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { WORKLOG_VERSION: JSON.stringify(pkg.version) },
  // CommonJS dependencies (commander) require Node's built-in modules; give every ESM chunk a require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
// The same CLI as one CommonJS script, for Node without a module compile cache (before 22.1): bin/code-cache.js
// compiles it with V8's code cache, which a module cannot use there.
await build({
  entryPoints: { 'cli-script': 'src/cli/start.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Dependencies written as modules (fdir) ask for import.meta.url: the script's own file URL.
  define: { WORKLOG_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__scriptUrl' },
  banner: { js: "const __scriptUrl = require('node:url').pathToFileURL(__filename).href;" },
});
