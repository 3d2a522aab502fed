import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, referenceLog } from '../helpers.js';
import { generateLog, mutate, randomFrom, randomShape, type LogShape } from './mutate.js';
import { fuzzRunner, type FuzzOutcome, type FuzzRunner } from './pool.js';

// WORKLOG_FUZZ_RUNS=5000 (and WORKLOG_FUZZ_SEED) for a longer hunt; CI runs the seeded 500.
const runs = Number(process.env.WORKLOG_FUZZ_RUNS ?? 500);
const seed = Number(process.env.WORKLOG_FUZZ_SEED ?? 20231112);
const shapes = Math.max(24, Math.round(runs / 20));
const savedDir = join(fixturesDir, 'fuzz');
const budget = { milliseconds: 10_000, heapMegabytes: 256 };

/** Why an outcome breaks the contract every input is held to, or null when it keeps it. */
function problemWith(outcome: FuzzOutcome, args: readonly string[]): string | null {
  if (outcome.kind === 'timeout') return `no answer within ${outcome.milliseconds} ms`;
  if (outcome.kind === 'crashed') return `the run crashed: ${outcome.error}`;
  if (![0, 1, 2].includes(outcome.code)) return `exit code ${outcome.code}`;
  if (outcome.stderr.includes('internal error')) return outcome.stderr.trim();
  if (outcome.code === 2) return outcome.stderr.split('\n').filter((line) => line !== '').length === 1 ? null : `exit 2 without one line on stderr: ${outcome.stderr}`;
  if (args.includes('json')) {
    try {
      JSON.parse(outcome.stdout);
    } catch {
      return 'exit 0/1 without JSON on stdout';
    }
  }
  return null;
}

/** Keeps a failing input as a fixture (outside CI), so that it is checked on every run from then on: a mutated log as
 * it is, a generated one as its shape (`NAME.shape.json`), which regenerates it. */
function save(input: string | LogShape, problem: string): string {
  const text = typeof input === 'string' ? input : `${JSON.stringify(input, null, 2)}\n`;
  const name = `${createHash('sha256').update(text).digest('hex').slice(0, 12)}${typeof input === 'string' ? '.md' : '.shape.json'}`;
  if (!process.env.CI) {
    mkdirSync(savedDir, { recursive: true });
    writeFileSync(join(savedDir, name), text);
  }
  return `${problem} (input saved as fixtures/fuzz/${name})`;
}

/** Every saved input, as the log to run. */
function savedInputs(): { name: string; text: string }[] {
  return readdirSync(savedDir).sort().flatMap((name) => {
    const content = readFileSync(join(savedDir, name), 'utf8');
    if (name.endsWith('.md')) return [{ name, text: content }];
    if (name.endsWith('.shape.json')) return [{ name, text: generateLog(JSON.parse(content) as LogShape) }];
    return [];
  });
}

/** Runs `work` on every input, one worker thread per core, and keeps the problems in input order. */
async function acrossWorkers<T>(runners: readonly FuzzRunner[], inputs: readonly T[], work: (runner: FuzzRunner, input: T) => Promise<string | null>): Promise<string[]> {
  const problems: (string | null)[] = new Array<string | null>(inputs.length).fill(null);
  let next = 0;
  await Promise.all(runners.map(async (runner) => {
    for (let index = next++; index < inputs.length; index = next++) problems[index] = await work(runner, inputs[index] as T);
  }));
  return problems.filter((problem): problem is string => problem !== null);
}

describe('worklog on inputs nobody writes on purpose', () => {
  let runners: FuzzRunner[] = [];
  const reference = readFileSync(referenceLog, 'utf8');

  beforeAll(async () => {
    runners = await Promise.all(Array.from({ length: Math.max(1, Math.min(4, availableParallelism())) }, () => fuzzRunner(budget)));
  });

  afterAll(async () => {
    await Promise.all(runners.map((runner) => runner.close()));
  });

  const check = async (runner: FuzzRunner, text: string, args: string[], input: string | LogShape = text): Promise<string | null> => {
    const problem = problemWith(await runner.run(text, args), args);
    return problem === null ? null : save(input, `${args.join(' ')}: ${problem}`);
  };

  it(`keeps its contract on ${runs} seeded mutations of the reference log`, { timeout: 600_000 }, async () => {
    const random = randomFrom(seed);
    // The inputs are made in order first, so the same seed gives the same inputs however the workers share them.
    const texts = Array.from({ length: runs }, (_, index) => ({ index, text: mutate(reference, random) }));
    // Mostly the CI check; every tenth input through the morning view too.
    const problems = await acrossWorkers(runners, texts, async (runner, { index, text }) =>
      await check(runner, text, ['check', '--format', 'json']) ?? (index % 10 === 0 ? await check(runner, text, ['status', '--format', 'json']) : null));
    expect(problems).toEqual([]);
  });

  it(`keeps its contract on ${shapes} generated logs of every size, depth and date range`, { timeout: 600_000 }, async () => {
    const random = randomFrom(seed + 1);
    const generated = Array.from({ length: shapes }, () => randomShape(random));
    const problems = await acrossWorkers(runners, generated, async (runner, shape) => {
      const problem = await check(runner, generateLog(shape), ['check', '--format', 'json'], shape);
      return problem && `${JSON.stringify(shape)}: ${problem}`;
    });
    expect(problems).toEqual([]);
  });

  it('keeps its contract on every input a fuzz run saved', { timeout: 600_000 }, async () => {
    const args = ['check', '--format', 'json'];
    const problems = await acrossWorkers(runners, savedInputs(), async (runner, { name, text }) => {
      const problem = problemWith(await runner.run(text, args), args);
      return problem && `${name}: ${problem}`;
    });
    expect(problems).toEqual([]);
  });
});
