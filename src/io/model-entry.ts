/**
 * How a parsed log is written in its cache entry: a head line, then the log without its plan and diagrams, then those
 * on a line of their own, which are read only when something first asks for them.
 */

import { createHash } from 'node:crypto';
import type { WorkLog } from '../model/log.js';
import { jsonPieces } from './json-pieces.js';

/**
 * The parts of a log that a run over unchanged logs does not read (`check` finds their problems once and keeps them):
 * almost half of a log's model, left as bytes until asked for.
 */
const onDemand = ['headings', 'staffing', 'diagrams', 'gantts', 'sequences'] as const satisfies readonly (keyof WorkLog)[];

type OnDemand = (typeof onDemand)[number];

/**
 * What the first line says: which entry this is, the day it holds for (null: every day), and the digest of the last
 * line, so that an entry cut off or spoiled there is never read: its parts are read later, when no parse can stand in.
 */
export interface EntryHead {
  cache: string;
  key: string;
  today: string | null;
  later: string;
}

const digestOf = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('base64');

const newline = 0x0a;

/**
 * The entry's text, in the pieces it is written in (`jsonPieces`): JSON never writes a line break, so each part is one
 * line. A big log's lines are tens of megabytes each; the last is stringified twice, to take its digest for the head
 * and then to write it, rather than held.
 */
export function* writeModelEntry(head: Omit<EntryHead, 'later'>, log: WorkLog): Generator<string> {
  const parts: Partial<Pick<WorkLog, OnDemand>> = {};
  // Written as 0 where they stand, so the log read back has its properties in the order they were parsed in.
  const first: Record<string, unknown> = { ...log };
  for (const name of onDemand) {
    if (!Object.hasOwn(log, name)) continue;
    Object.assign(parts, { [name]: log[name] });
    first[name] = 0;
  }
  const later = createHash('sha256');
  for (const piece of jsonPieces(parts)) later.update(piece);
  yield JSON.stringify({ ...head, later: later.digest('base64') } satisfies EntryHead);
  yield '\n';
  yield* jsonPieces(first);
  yield '\n';
  yield* jsonPieces(parts);
}

const isHead = (value: unknown): value is EntryHead => {
  if (typeof value !== 'object' || value === null) return false;
  const head = value as Partial<EntryHead>;
  return typeof head.cache === 'string' && typeof head.key === 'string' && (head.today === null || typeof head.today === 'string') && typeof head.later === 'string';
};

const isLogOf = (value: unknown, file: string): value is WorkLog =>
  typeof value === 'object' && value !== null && (value as Partial<WorkLog>).file === file;

/** Every part the log was written with is there, and a list, as each of them is. */
const isPartsOf = (value: unknown, log: WorkLog): value is Pick<WorkLog, OnDemand> =>
  typeof value === 'object' && value !== null
  && onDemand.every((name) => !Object.hasOwn(log, name) || Array.isArray((value as Partial<Record<OnDemand, unknown>>)[name]));

/** The log in `bytes` when its head `fits` and it is whole; its plan parts, checked now, are read on first use. */
export function readModelEntry(bytes: Buffer, fits: (head: EntryHead) => boolean, file: string): WorkLog | null {
  const headEnd = bytes.indexOf(newline);
  const firstEnd = headEnd < 0 ? -1 : bytes.indexOf(newline, headEnd + 1);
  if (firstEnd < 0) return null;
  let head: unknown;
  let log: unknown;
  try {
    head = JSON.parse(bytes.toString('utf8', 0, headEnd));
    if (!isHead(head) || !fits(head) || head.later !== digestOf(bytes.subarray(firstEnd + 1))) return null;
    log = JSON.parse(bytes.toString('utf8', headEnd + 1, firstEnd));
  } catch {
    return null;
  }
  if (!isLogOf(log, file)) return null;
  // A copy, so that the rest of the file's bytes are not kept alive with it.
  const later = Buffer.from(bytes.subarray(firstEnd + 1));
  const known = log;
  const readParts = (): void => {
    // The digest showed these are the bytes written for this key, by this version: they read as they were written.
    const parts: unknown = JSON.parse(later.toString('utf8'));
    if (!isPartsOf(parts, known)) throw new Error(`the cache entry of ${file} holds no plan parts`);
    const found = parts;
    for (const name of onDemand) {
      if (Object.hasOwn(known, name)) Object.defineProperty(known, name, { value: found[name], writable: true, enumerable: true, configurable: true });
    }
  };
  for (const name of onDemand) {
    if (!Object.hasOwn(known, name)) continue;
    Object.defineProperty(known, name, {
      enumerable: true,
      configurable: true,
      get() {
        readParts();
        return known[name];
      },
      set(value: unknown) {
        readParts();
        Object.defineProperty(known, name, { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
  return known;
}
