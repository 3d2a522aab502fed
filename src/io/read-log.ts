/** Reads one log's bytes, from a regular file or standard input, never more than the size limit, and says why a path is no log. */

import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { decodeLog } from './decode.js';
import { unreadable, type Unreadable } from './unreadable.js';

/** Where a log's bytes come from: a path (a Buffer when its name is not UTF-8), or standard input. */
export type LogOrigin = { path: string | Buffer } | { stdin: AsyncIterable<Uint8Array> };

const chunkSize = 64 * 1024;

/** The size limit `limits.fileMegabytes` sets, in bytes. */
export const bytesOf = (megabytes: number): number => Math.floor(megabytes * 1024 * 1024);

const tooLarge = (megabytes: number): Unreadable => unreadable('too-large', `larger than ${megabytes} MB (limits.fileMegabytes)`);

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

const notRegular = (info: Stats): Unreadable => unreadable('not-regular', `not a regular file (${kindOf(info)})`);

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);

/** What a failed stat or open means for the user: which link is broken, or which permission is missing. */
function describeFailure(error: unknown, path: string | Buffer): Unreadable {
  const code = codeOf(error);
  const linkTarget = (): string | null => {
    try {
      return readlinkSync(path, 'utf8');
    } catch {
      return null;
    }
  };
  if (code === 'ENOENT') {
    const link = linkTarget();
    return link === null
      ? unreadable('missing', 'no such file or directory')
      : unreadable('dangling-link', `a link to a missing file (${link})`);
  }
  if (code === 'ELOOP') {
    const link = linkTarget();
    const own = typeof path === 'string' ? path : path.toString();
    const toItself = link !== null && resolve(dirname(own), link) === resolve(own);
    return unreadable('link-loop', toItself ? 'a link that points back to itself' : 'a link in a loop of links that never reaches a file');
  }
  if (code === 'EACCES' || code === 'EPERM') return unreadable('permission', 'permission denied');
  return unreadable('other', `cannot read (${code})`);
}

/** At most `limit + 1` bytes of a stream: enough to tell that it is too large, however much more there is. */
async function readUpTo(chunks: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    total += chunk.length;
    if (total > limit) return null;
  }
  return Buffer.concat(parts, total);
}

/** At most `limit + 1` bytes of an open file, into a buffer sized by its stat (grown if it grows while read); null past the limit. */
export function readOpenFile(descriptor: number, size: number, limit = Number.POSITIVE_INFINITY): Buffer | null {
  let buffer = Buffer.allocUnsafe(Math.min(size + 1, limit + 1));
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total > limit) return null;
      const larger = Buffer.allocUnsafe(Math.min(Math.max(total * 2, chunkSize), limit + 1));
      buffer.copy(larger, 0, 0, total);
      buffer = larger;
    }
    const bytesRead = readSync(descriptor, buffer, total, buffer.length - total, null);
    if (bytesRead === 0) return buffer.subarray(0, total);
    total += bytesRead;
    if (total > limit) return null;
  }
}

/**
 * A regular file's bytes: checked before it is opened, opened without waiting (a FIFO swapped in meanwhile never blocks), checked again.
 * Read synchronously: a run reads thousands of small logs, and waiting on the thread pool for each costs more than the reads.
 */
export function readRegularFile(path: string | Buffer, megabytes: number): Uint8Array | Unreadable {
  let info: Stats;
  try {
    info = statSync(path);
  } catch (error) {
    return describeFailure(error, path);
  }
  if (!info.isFile()) return notRegular(info);
  if (info.size > bytesOf(megabytes)) return tooLarge(megabytes);
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return describeFailure(error, path);
  }
  try {
    const opened = fstatSync(descriptor);
    if (!opened.isFile()) return notRegular(opened);
    return readOpenFile(descriptor, opened.size, bytesOf(megabytes)) ?? tooLarge(megabytes);
  } catch (error) {
    return unreadable('other', `cannot read (${codeOf(error)})`);
  } finally {
    closeSync(descriptor);
  }
}

/** The text of one log, or why it cannot be read as one. */
export async function readLog(origin: LogOrigin, megabytes: number): Promise<string | Unreadable> {
  const bytes = await readLogBytes(origin, megabytes);
  return bytes instanceof Uint8Array ? decodeLog(bytes) : bytes;
}

/** A log's bytes as `readLog` reads them, not yet decoded: a reader that knows these bytes already need not decode them. */
export async function readLogBytes(origin: LogOrigin, megabytes: number): Promise<Uint8Array | Unreadable> {
  return 'path' in origin
    ? readRegularFile(origin.path, megabytes)
    : (await readUpTo(origin.stdin, bytesOf(megabytes))) ?? tooLarge(megabytes);
}

