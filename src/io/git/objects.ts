/** Reads git objects (commits, trees, blobs) from a repository's object store: loose objects and pack files, read in place. */

import { closeSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Zlib from 'node:zlib';
import { boundedCache } from './cache.js';
import { openRegularFile, readAt, readSmallFile, type OpenFile } from './files.js';

// zlib loads when a commit is first read, not at every start: most runs read none (no repository, or no provenance).
let zlib: typeof Zlib | undefined;
const inflateSync: typeof Zlib.inflateSync = (data, options) => {
  zlib ??= createRequire(import.meta.url)('node:zlib') as typeof Zlib;
  return zlib.inflateSync(data, options);
};

export type ObjectType = 'commit' | 'tree' | 'blob' | 'tag';

export interface GitObject {
  type: ObjectType;
  body: Buffer;
}

export interface ObjectStore {
  /** The object with this id, or null when the store does not have it or it cannot be read. */
  read(id: string): GitObject | null;
  close(): void;
}

/** worklog reads commits and trees, never blobs: a tree of a hundred thousand entries is a few megabytes. */
const largestObject = 32 * 1024 * 1024;
/** Deltas chain to a base a few dozen steps away (git's default depth is 50); a longer chain is a damaged or hostile pack. */
const longestDeltaChain = 4096;

const packTypes: Readonly<Record<number, ObjectType>> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const offsetDelta = 6;
const referenceDelta = 7;

function inflate(data: Buffer, size: number): Buffer {
  return inflateSync(data, { maxOutputLength: Math.max(size, 1) });
}

/** A loose object: `objects/ab/cdef…`, zlib-compressed `type size\0body`. */
function readLoose(objects: string, id: string): GitObject | null {
  const compressed = readSmallFile(join(objects, id.slice(0, 2), id.slice(2)), largestObject);
  if (!compressed) return null;
  try {
    const raw = inflateSync(compressed, { maxOutputLength: largestObject });
    const nul = raw.indexOf(0);
    const [type, size] = raw.subarray(0, nul).toString('latin1').split(' ');
    if (!type || !['commit', 'tree', 'blob', 'tag'].includes(type) || Number(size) !== raw.length - nul - 1) return null;
    return { type: type as ObjectType, body: raw.subarray(nul + 1) };
  } catch {
    return null;
  }
}

/** Applies a git delta (copy and insert instructions) to its base. */
function applyDelta(base: Buffer, delta: Buffer): Buffer {
  let position = 0;
  const varint = (): number => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = delta[position++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  if (varint() !== base.length) throw new Error('delta base size');
  const size = varint();
  if (size > largestObject) throw new Error('delta result size');
  const result = Buffer.alloc(size);
  let filled = 0;
  while (position < delta.length) {
    const op = delta[position++] ?? 0;
    if (op & 0x80) {
      // Copy from the base: up to four offset bytes and three size bytes, each present when its bit is set.
      let offset = 0;
      let length = 0;
      for (let bit = 0; bit < 4; bit += 1) if (op & (1 << bit)) offset += (delta[position++] ?? 0) * 2 ** (8 * bit);
      for (let bit = 0; bit < 3; bit += 1) if (op & (0x10 << bit)) length += (delta[position++] ?? 0) * 2 ** (8 * bit);
      if (length === 0) length = 0x10000;
      if (offset + length > base.length || filled + length > size) throw new Error('delta copy out of range');
      base.copy(result, filled, offset, offset + length);
      filled += length;
    } else if (op > 0) {
      if (position + op > delta.length || filled + op > size) throw new Error('delta insert out of range');
      delta.copy(result, filled, position, position + op);
      position += op;
      filled += op;
    } else throw new Error('delta opcode 0');
  }
  if (filled !== size) throw new Error('delta result short');
  return result;
}

interface PackEntry {
  type: number;
  /** The size once inflated. */
  size: number;
  /** Where the compressed data starts. */
  data: number;
  baseOffset?: number;
  baseId?: string;
}

interface Pack {
  /** The offset of an object in the pack, or null when the pack does not have it. */
  offsetOf(id: Buffer): number | null;
  entryAt(offset: number): PackEntry;
  inflateAt(data: number, size: number): Buffer;
  close(): void;
}

/** One pack: its `.idx` (version 2) finds an object's offset by a binary search of its sorted ids, its `.pack` is read there. */
function openPack(index: OpenFile, pack: OpenFile): Pack {
  const idsStart = 8 + 256 * 4;
  let fanout: number[] | null = null;

  const offsetOf = (id: Buffer): number | null => {
    if (!fanout) {
      const header = readAt(index, 0, idsStart);
      if (header.length < idsStart || header.readUInt32BE(0) !== 0xff744f63 || header.readUInt32BE(4) !== 2) return null;
      fanout = Array.from({ length: 256 }, (_, at) => header.readUInt32BE(8 + at * 4));
    }
    const count = fanout[255] ?? 0;
    const first = id[0] ?? 0;
    const base = first === 0 ? 0 : fanout[first - 1] ?? 0;
    // Only the ids that start with the same byte are read.
    const ids = readAt(index, idsStart + base * 20, ((fanout[first] ?? 0) - base) * 20);
    let low = 0;
    let high = ids.length / 20;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const order = ids.compare(id, 0, 20, middle * 20, middle * 20 + 20);
      if (order === 0) {
        const offsetsStart = idsStart + count * 24;
        const offset = readAt(index, offsetsStart + (base + middle) * 4, 4).readUInt32BE(0);
        if (!(offset & 0x80000000)) return offset;
        return Number(readAt(index, offsetsStart + count * 4 + (offset & 0x7fffffff) * 8, 8).readBigUInt64BE(0));
      }
      if (order > 0) high = middle;
      else low = middle + 1;
    }
    return null;
  };

  const entryAt = (offset: number): PackEntry => {
    const head = readAt(pack, offset, 32);
    let position = 0;
    let byte = head[position++] ?? 0;
    const type = (byte >> 4) & 7;
    let size = byte & 0x0f;
    let shift = 4;
    while (byte & 0x80) {
      byte = head[position++] ?? 0;
      size += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    }
    if (type === offsetDelta) {
      // Git's offset encoding adds one per continuation byte, so that no two encodings mean the same distance.
      byte = head[position++] ?? 0;
      let distance = byte & 0x7f;
      while (byte & 0x80) {
        byte = head[position++] ?? 0;
        distance = (distance + 1) * 128 + (byte & 0x7f);
      }
      return { type, size, data: offset + position, baseOffset: offset - distance };
    }
    if (type === referenceDelta) return { type, size, data: offset + position + 20, baseId: head.subarray(position, position + 20).toString('hex') };
    return { type, size, data: offset + position };
  };

  // The compressed length is not stored, but deflate never grows data by more than 5 bytes per 16 KiB block and a few more.
  const inflateAt = (data: number, size: number): Buffer => {
    if (size > largestObject) throw new Error('object too large');
    return inflate(readAt(pack, data, size + (size >> 8) + 64), size);
  };

  return {
    offsetOf,
    entryAt,
    inflateAt,
    close: () => {
      closeSync(index.fd);
      closeSync(pack.fd);
    },
  };
}

/** The object store of a repository's `objects` directory; packs open when first needed, and every descriptor closes with it. */
export function openObjectStore(objects: string): ObjectStore {
  let packs: Pack[] | null = null;
  // Delta bases are shared by many objects: keep the recent ones, by pack and offset.
  const bases = boundedCache<GitObject>(512, 64 * 1024 * 1024, (object) => object.body.length);

  const openPacks = (): Pack[] => {
    const names = (() => {
      try {
        return readdirSync(join(objects, 'pack')).filter((name) => name.endsWith('.idx'));
      } catch {
        return [];
      }
    })();
    return names.flatMap((name) => {
      const index = openRegularFile(join(objects, 'pack', name));
      const pack = index && openRegularFile(join(objects, 'pack', name.replace(/\.idx$/, '.pack')));
      if (!index || !pack) {
        if (index) closeSync(index.fd);
        return [];
      }
      return [openPack(index, pack)];
    });
  };

  const remember = (key: string, object: GitObject): GitObject => bases.set(key, object);

  /** The object at `offset` in `pack`: follows its delta chain down to a whole object, then applies the deltas back up. */
  const readPacked = (pack: Pack, packNumber: number, offset: number, read: (id: string) => GitObject | null): GitObject | null => {
    const chain: { key: string; delta: Buffer }[] = [];
    let at = offset;
    let object: GitObject | null = null;
    while (!object) {
      const key = `${packNumber}:${at}`;
      object = bases.get(key) ?? null;
      if (object) break;
      if (chain.length > longestDeltaChain) return null;
      const entry = pack.entryAt(at);
      const data = pack.inflateAt(entry.data, entry.size);
      const type = packTypes[entry.type];
      if (type) {
        object = remember(key, { type, body: data });
        break;
      }
      chain.push({ key, delta: data });
      if (entry.baseOffset !== undefined && entry.baseOffset >= 0 && entry.baseOffset < at) at = entry.baseOffset;
      else if (entry.baseId !== undefined) {
        object = read(entry.baseId);
        if (!object) return null;
      } else return null;
    }
    for (const { key, delta } of chain.reverse()) object = remember(key, { type: object.type, body: applyDelta(object.body, delta) });
    return object;
  };

  let depth = 0;
  const read = (id: string): GitObject | null => {
    // A reference delta names its base by id, which may itself be a reference delta: bound how deep that goes.
    if (!/^[0-9a-f]{40}$/.test(id) || depth > 64) return null;
    const loose = readLoose(objects, id);
    if (loose) return loose;
    packs ??= openPacks();
    const binary = Buffer.from(id, 'hex');
    depth += 1;
    try {
      for (const [number, pack] of packs.entries()) {
        const offset = pack.offsetOf(binary);
        if (offset !== null) return readPacked(pack, number, offset, read);
      }
      return null;
    } catch {
      return null;
    } finally {
      depth -= 1;
    }
  };

  return {
    read,
    close: () => {
      for (const pack of packs ?? []) pack.close();
      packs = [];
    },
  };
}
