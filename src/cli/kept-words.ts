/** Keeps ICU's answers about Chinese words (words/chinese-words.ts) in the cache folder, so later runs need not set up its segmenter. */

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../io/atomic-write.js';
import { cacheSettings } from '../io/model-cache.js';
import { rememberSegments, segmentedTexts, type Segment } from '../words/chinese-words.js';
import type { CliIO } from './io.js';

// Another ICU may cut a text differently: each version keeps its own answers (JSON, named apart from the parsed logs).
const fileName = `chinese-words.icu-${process.versions.icu ?? 'none'}`;
// The texts asked about are a team's names and systems: a few thousand cover years of logs.
const keptLimit = 5_000;

const isSegment = (value: unknown): value is Segment =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'boolean';

const isAnswer = (value: unknown): value is [string, Segment[]] =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && Array.isArray(value[1]) && value[1].every(isSegment);

/** The answers kept in `file`; none when it is missing, unreadable or not what this module writes. */
function readKept(file: string): [string, Segment[]][] {
  try {
    const kept: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(kept) && kept.every(isAnswer) ? kept : [];
  } catch {
    return [];
  }
}

/** Replaced whole, so a run reading it meanwhile sees the old answers or the new; a folder that cannot be written costs speed only. */
function writeKept(file: string, answers: readonly [string, readonly Segment[]][]): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileAtomically(file, JSON.stringify(answers.slice(-keptLimit)));
  } catch {
    // The model cache already says once when the folder cannot be written.
  }
}

/** Runs a command with the answers earlier runs kept, then keeps any it had to ask ICU for; `--no-cache` neither reads nor writes them. */
export async function withKeptWords<T>(io: CliIO, enabled: boolean | undefined, work: () => Promise<T>): Promise<T> {
  let dir: string | null = null;
  try {
    dir = enabled === false ? null : cacheSettings(io.env, io.cwd)?.dir ?? null;
  } catch {
    // A bad WORKLOG_CACHE_MEGABYTES is reported where the model cache opens.
  }
  if (dir === null) return work();
  const file = join(dir, 'words', fileName);
  rememberSegments(readKept(file));
  const before = segmentedTexts().learned;
  const result = await work();
  const { entries, learned } = segmentedTexts();
  if (learned > before) writeKept(file, entries);
  return result;
}
