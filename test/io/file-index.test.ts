import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileIndex, isStoredFileIndex, stampOf, type FileStamp } from '../../src/io/file-index.js';

const key = 'index-key';
const stamp: FileStamp = { size: 120, mtimeMs: 1_700_000_000_123.25, ctimeMs: 1_700_000_000_456.5, ino: 4242, dev: 7 };
const later = (): number => stamp.ctimeMs + 60_000;

/** An index that noted one file, stored and read back as the next run would. */
function storedWithOne(): ReturnType<typeof fileIndex> {
  const first = fileIndex(null, key, later);
  first.note('/logs/a.md', 'a.md', stamp, 'model-a');
  return fileIndex(JSON.parse(JSON.stringify(first.changed())), key, later);
}

describe('the index of log files by their stat', () => {
  it('gives the key a file had while its stat and name are as they were', () => {
    expect(storedWithOne().keyOf('/logs/a.md', 'a.md', { ...stamp })).toBe('model-a');
  });

  it('gives no key when any part of the stat changed, the file is read under another name, or it was never noted', () => {
    const index = storedWithOne();
    for (const field of ['size', 'mtimeMs', 'ctimeMs', 'ino', 'dev'] as const) {
      expect(index.keyOf('/logs/a.md', 'a.md', { ...stamp, [field]: stamp[field] + 1 }), field).toBeNull();
    }
    expect(index.keyOf('/logs/a.md', 'logs/a.md', stamp)).toBeNull();
    expect(index.keyOf('/logs/b.md', 'b.md', stamp)).toBeNull();
  });

  it('does not keep a file changed within the last seconds, and forgets one it kept', () => {
    const index = storedWithOne();
    const recent = { ...stamp, ctimeMs: later() - 1000 };
    index.note('/logs/a.md', 'a.md', recent, 'model-a2');
    index.note('/logs/c.md', 'c.md', recent, 'model-c');
    const stored = index.changed();
    expect(stored?.files).toEqual([]);
    expect(fileIndex(stored, key, later).keyOf('/logs/a.md', 'a.md', stamp)).toBeNull();
  });

  it('has nothing to store when nothing new was noted', () => {
    const index = storedWithOne();
    expect(index.keyOf('/logs/a.md', 'a.md', stamp)).toBe('model-a');
    index.note('/logs/a.md', 'a.md', stamp, 'model-a');
    expect(index.changed()).toBeNull();
    index.note('/logs/a.md', 'a.md', stamp, 'model-a-other-settings');
    expect(index.changed()?.files).toHaveLength(1);
  });

  it('keeps only the files the run looked up or noted: one removed or moved takes no room', () => {
    const first = fileIndex(null, key, later);
    first.note('/logs/a.md', 'a.md', stamp, 'model-a');
    first.note('/logs/b.md', 'b.md', stamp, 'model-b');
    const next = fileIndex(first.changed(), key, later);
    expect(next.keyOf('/logs/a.md', 'a.md', stamp)).toBe('model-a');
    next.note('/logs/c.md', 'c.md', stamp, 'model-c');
    expect(next.changed()?.files.map(([path]) => path)).toEqual(['/logs/a.md', '/logs/c.md']);
  });

  it('reads anything else as an empty index: another key, spoiled records, not an index at all', () => {
    // As the cache reads it: a value that is no index under the key is none.
    const fromCache = (value: unknown, under: string) => fileIndex(isStoredFileIndex(value, under) ? value : null, under, later);
    const good = fileIndex(null, key, later);
    good.note('/logs/a.md', 'a.md', stamp, 'model-a');
    const stored = good.changed();
    expect(fromCache(stored, key).keyOf('/logs/a.md', 'a.md', stamp)).toBe('model-a');
    expect(fromCache(stored, 'other-key').keyOf('/logs/a.md', 'a.md', stamp)).toBeNull();
    const spoiled = { ...stored, files: [['/logs/a.md', 'a.md', '120', stamp.mtimeMs, stamp.ctimeMs, 4242, 7, 'model-a'], 'junk'] };
    expect(fromCache(spoiled, key).keyOf('/logs/a.md', 'a.md', stamp)).toBeNull();
    for (const value of [null, 'text', [], { cache: 'worklog file index', key }]) {
      expect(fromCache(value, key).keyOf('/logs/a.md', 'a.md', stamp)).toBeNull();
    }
  });

  it('stamps regular files only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'worklog-stamp-'));
    const file = join(dir, 'a.md');
    writeFileSync(file, 'hello');
    expect(stampOf(file)).toMatchObject({ size: 5 });
    expect(stampOf(dir)).toBeNull();
    expect(stampOf(join(dir, 'missing.md'))).toBeNull();
  });
});
