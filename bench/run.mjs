// `npm run bench`: times whole worklog processes against baselines — `node -e 0` for start-up, a bare one-thread parse
// of the same files for `check` — interleaved run by run after a warm-up, and writes the medians, ratios and peak
// memory to bench/results.json and a table to standard output.
// Usage: npm run bench -- [--quick] [--runs N|GROUP=N] [--baseline-runs GROUP=N] [--only GROUP,…] [--inputs DIR]
//        [--output FILE] [--no-build];  npm run bench -- --readme  (rewrites the README's table from bench/results.json)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { defaultInputsDir, ensureInputs } from './inputs.mjs';
import { renderResults, summarise, updateReadme } from './readme.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'worklog.js');
const bareParse = join(root, 'bench', 'bare-parse.mjs');
const defaultOutput = join(root, 'bench', 'results.json');
const timeProgram = '/usr/bin/time';

/** Stops the run with one line: a benchmark that measured a failing command measured nothing. */
function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

/** The groups of comparisons, as `--runs GROUP=N` and `--only` name them. */
const groupIds = ['startup', 'corpus', '1mb', '4mb', '10mb'];

function parseArguments(argv) {
  const options = { quick: false, readme: false, build: true, runs: null, runsOf: {}, baselineRunsOf: {}, only: null, inputs: defaultInputsDir, output: defaultOutput };
  const perGroup = (value, into) => {
    const match = /^([\w-]+)=(\d+)$/.exec(value ?? '');
    if (!match || Number(match[2]) < 1) fail(`expected GROUP=N (N ≥ 1), got ${value}`);
    into[match[1]] = Number(match[2]);
  };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    // The flags that take a value take the next argument.
    const value = () => {
      index += 1;
      if (argv[index] === undefined) fail(`${flag} needs a value`);
      return argv[index];
    };
    if (flag === '--quick') options.quick = true;
    else if (flag === '--readme') options.readme = true;
    else if (flag === '--no-build') options.build = false;
    else if (flag === '--runs') {
      const runs = value();
      if (/^\d+$/.test(runs)) options.runs = Number(runs);
      else perGroup(runs, options.runsOf);
    } else if (flag === '--baseline-runs') perGroup(value(), options.baselineRunsOf);
    else if (flag === '--only') options.only = value().split(',');
    else if (flag === '--inputs') options.inputs = value();
    else if (flag === '--output') options.output = value();
    else fail(`unknown argument ${flag}`);
  }
  if (options.runs !== null && options.runs < 1) fail('--runs must be at least 1');
  const unknown = [...Object.keys(options.runsOf), ...Object.keys(options.baselineRunsOf), ...(options.only ?? [])].filter((id) => !groupIds.includes(id));
  if (unknown.length > 0) fail(`no group ${unknown.join(', ')}: the groups are ${groupIds.join(', ')}`);
  return options;
}

/** How peak memory is read: GNU time's `%M` when installed, else the child reports its own `maxRSS` on exit. */
const rssMethod = existsSync(timeProgram) ? 'time' : 'preload';

/** Runs `node ARGS` once: wall seconds, CPU seconds (user + system) and peak RSS in MB. */
function measure(side, cacheDir) {
  const report = join(tmpdir(), `worklog-bench-${process.pid}.txt`);
  rmSync(report, { force: true });
  const env = { ...process.env, ...side.env, NO_COLOR: '1', WORKLOG_CACHE_DIR: cacheDir };
  delete env.FORCE_COLOR;
  let command = process.execPath;
  let args = side.args;
  if (rssMethod === 'time') {
    args = ['-f', '%U %S %M', '-o', report, process.execPath, ...side.args];
    command = timeProgram;
  } else {
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import ${JSON.stringify(join(root, 'bench', 'peak-rss.mjs'))}`.trim();
    env.WORKLOG_BENCH_REPORT = report;
  }
  const start = performance.now();
  const child = spawnSync(command, args, { cwd: side.cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (child.error) fail(`${side.label}: ${child.error.message}`);
  if (!side.okCodes.includes(child.status)) {
    fail(`${side.label} exited ${child.status ?? child.signal}:\n${child.stderr.toString().split('\n').filter((line) => !line.startsWith('Command exited with')).join('\n')}`);
  }
  // GNU time puts its line last in the file, after "Command exited with non-zero status 1" when there is one.
  const [user, system, kilobytes] = readFileSync(report, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  rmSync(report, { force: true });
  return { seconds, cpuSeconds: user + system, rssMB: kilobytes / 1024 };
}

/** Whether this build of worklog has a parse cache it can be told not to use. */
function supportsNoCache() {
  const help = spawnSync(process.execPath, [bin, 'check', '--help'], { encoding: 'utf8' });
  return help.stdout.includes('--no-cache');
}

/** What is compared: per group, one baseline and the worklog commands measured against it. */
function groupsFor(inputs, options, noCache) {
  const worklog = (label, args, today, extra = {}) => ({ label, args: [bin, ...args], cwd: inputs.dir, env: { WORKLOG_TODAY: today }, okCodes: [0, 1], ...extra });
  const baseline = (label, args) => ({ label, args, cwd: inputs.dir, env: {}, okCodes: [0] });
  const coldFlags = noCache ? ['--no-cache'] : [];
  const shown = (path) => relative(inputs.dir, path);
  const reference = inputs.reference;
  const corpus = inputs.corpus;
  const groups = [
    {
      id: 'startup',
      baseline: baseline('node -e 0', ['-e', '0']),
      commands: [
        // Every morning's run finds what the run before left: compiled code and the parsed log (the warm-up leaves them).
        { id: 'status', target: { ratio: 2 }, cache: 'shared', ...worklog(`worklog status ${shown(reference.path)}`, ['status', reference.path], reference.today) },
        // The first run after installing, or after the caches were cleared, compiles and parses everything.
        { id: 'status-first', target: null, cache: 'fresh', ...worklog(`worklog status ${shown(reference.path)} (empty caches)`, ['status', reference.path], reference.today) },
        { id: 'version', target: null, cache: 'shared', ...worklog('worklog --version', ['--version'], reference.today) },
      ],
    },
    {
      id: 'corpus',
      baseline: baseline(`bare-parse ${shown(corpus.path)}`, [bareParse, corpus.path]),
      commands: [
        { id: 'corpus-cold', target: { ratio: 0.6, rssMB: 300 }, cache: 'fresh', ...worklog(`worklog check ${coldFlags.join(' ')} ${shown(corpus.path)}`.replace(/ +/g, ' '), ['check', ...coldFlags, corpus.path], corpus.today) },
        // The warm-up run fills the cache the measured runs read.
        { id: 'corpus-warm', target: { ratio: 0.05 }, cache: 'shared', ...worklog(`worklog check ${shown(corpus.path)} (warm cache)`, ['check', corpus.path], corpus.today) },
      ],
    },
    ...inputs.files.map((file) => ({
      id: `${file.megabytes}mb`,
      // The bare parse of several megabytes takes minutes and gigabytes: once by default.
      huge: file.megabytes >= 4,
      baseline: baseline(`bare-parse ${shown(file.path)}`, [bareParse, file.path]),
      commands: [{
        id: `file-${file.megabytes}mb`,
        target: file.megabytes === 10 ? { ratio: 0.04, rssMB: 300 } : null,
        cache: 'fresh',
        ...worklog(`worklog check ${coldFlags.join(' ')} ${shown(file.path)}`.replace(/ +/g, ' '), ['check', ...coldFlags, file.path], file.today),
      }],
    })),
  ];
  const defaultRuns = options.runs ?? (options.quick ? 3 : 5);
  return groups.filter((group) => options.only === null || options.only.includes(group.id)).map((group) => ({
    ...group,
    runs: options.runsOf[group.id] ?? (group.huge ? Math.min(defaultRuns, 3) : defaultRuns),
    baselineRuns: options.baselineRunsOf[group.id] ?? (group.huge ? 1 : options.runsOf[group.id] ?? defaultRuns),
  }));
}

/**
 * Runs a group round by round — each command, then the baseline — so that whatever else the machine does falls on
 * both alike. A side measured more than once gets a warm-up run first (disk cache, and the warm cache's priming).
 */
function runGroup(group) {
  const sides = [...group.commands.map((command) => ({ side: command, runs: group.runs })), { side: group.baseline, runs: group.baselineRuns }];
  const shared = mkdtempSync(join(tmpdir(), 'worklog-bench-cache-'));
  const once = (side) => {
    // A cold run gets an empty cache of its own, so it is cold even where `--no-cache` does not exist yet.
    const cacheDir = side.cache === 'shared' ? shared : mkdtempSync(join(tmpdir(), 'worklog-bench-cache-'));
    try {
      return measure(side, cacheDir);
    } finally {
      if (cacheDir !== shared) rmSync(cacheDir, { recursive: true, force: true });
    }
  };
  const samples = new Map(sides.map(({ side }) => [side, []]));
  try {
    for (const { side, runs } of sides) {
      if (runs > 1 || side.cache === 'shared') {
        console.error(`  warm-up: ${side.label}`);
        once(side);
      }
    }
    const rounds = Math.max(...sides.map(({ runs }) => runs));
    for (let round = 0; round < rounds; round += 1) {
      for (const { side, runs } of sides) {
        if (round >= runs) continue;
        const sample = once(side);
        console.error(`  ${round + 1}/${runs} ${side.label}: ${sample.seconds.toFixed(2)} s, ${sample.cpuSeconds.toFixed(2)} s CPU, ${sample.rssMB.toFixed(0)} MB`);
        samples.get(side).push(sample);
      }
    }
  } finally {
    rmSync(shared, { recursive: true, force: true });
  }
  const baseline = samples.get(group.baseline);
  return group.commands.map((command) => summarise({
    id: command.id,
    group: group.id,
    command: command.label,
    baseline: group.baseline.label,
    target: command.target,
    samples: samples.get(command),
    baselineSamples: baseline,
  }));
}

function gitCommit() {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).stdout
    .split('\n').some((line) => line.trim() !== '' && !line.endsWith('bench/results.json'));
  return { commit: head || null, dirty };
}

function machine() {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (options.readme) {
    if (!existsSync(options.output)) fail(`${relative(root, options.output)} does not exist: run the benchmark first`);
    const readmePath = join(root, 'README.md');
    writeFileSync(readmePath, updateReadme(readFileSync(readmePath, 'utf8'), JSON.parse(readFileSync(options.output, 'utf8'))));
    console.log(`README.md: table rewritten from ${relative(root, options.output)}`);
    return;
  }
  if (options.build) {
    console.error('building…');
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) fail('the build failed');
  }
  console.error('writing inputs (once per generator version)…');
  const inputs = await ensureInputs({ base: options.inputs, quick: options.quick });
  const noCache = supportsNoCache();
  const groups = groupsFor(inputs, options, noCache);
  const started = { date: new Date().toISOString(), machine: machine(), ...gitCommit() };
  const comparisons = [];
  // Written after every group, so a run stopped during a long baseline (the 10 MB bare parse) keeps what it measured.
  const resultsSoFar = (complete) => ({
    ...started,
    complete,
    loadAverageAfter: machine().loadAverage,
    quick: options.quick,
    rssMethod: rssMethod === 'time' ? 'GNU time %M: the peak resident set of the process, all its threads' : "the child's process.resourceUsage().maxRSS on exit, via --import",
    cacheFlag: noCache ? '--no-cache' : 'none (this build has no --no-cache; cold runs get an empty WORKLOG_CACHE_DIR each)',
    inputs: {
      corpus: { logs: inputs.corpus.count, firstYear: 2015 },
      files: inputs.files.map((file) => ({ label: file.label, days: file.days })),
    },
    comparisons,
  });
  for (const [index, group] of groups.entries()) {
    console.error(`${group.id}: ${group.runs} run(s) of each command, ${group.baselineRuns} of the baseline`);
    comparisons.push(...runGroup(group));
    writeFileSync(options.output, `${JSON.stringify(resultsSoFar(index === groups.length - 1), null, 2)}\n`);
  }
  const results = resultsSoFar(true);
  console.log(renderResults(results));
  console.error(`results: ${relative(process.cwd(), options.output)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
