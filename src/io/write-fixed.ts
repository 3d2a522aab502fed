/** Writes a fixed log over the one that was read, atomically, and only while the file still holds the text that was read. */

import * as fs from 'node:fs/promises';
import { writeNewFile, type FileOperations } from './write-new.js';

/** The file operations a fix uses, so that a test can change the file between the check and the write. */
export type FixFileOperations = FileOperations & Pick<typeof fs, 'readFile' | 'stat'>;

/**
 * `written`, or `changed` when the file on disk is no longer the text that was read (an editor saved it meanwhile):
 * it is then left as it is, since writing would lose that edit. The new file keeps the old one's permissions.
 */
export async function writeFixedLog(path: string, read: string, fixed: string, shown: string, files: FixFileOperations = fs): Promise<'written' | 'changed'> {
  const [onDisk, info] = await Promise.all([files.readFile(path), files.stat(path)]);
  // The text was decoded from valid UTF-8, so encoding it again gives the bytes that were read.
  if (!Buffer.from(read, 'utf8').equals(onDisk)) return 'changed';
  await writeNewFile(path, fixed, shown, { replace: true, mode: info.mode & 0o7777, files });
  return 'written';
}
