/** Reads log files from disk, turning every file-system failure into one clear line. */

import { readFile } from 'node:fs/promises';
import { WorklogError } from '../errors.js';
import { decodeLog } from './decode.js';

function describeFsError(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${file}: no such file or directory`;
    case 'EACCES':
    case 'EPERM':
      return `${file}: permission denied`;
    case 'EISDIR':
      return `${file}: is a directory`;
    default:
      return `${file}: cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/** Reads `path`; messages name the file as the user wrote it (`file`). */
export async function readLogFile(path: string, file: string = path): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new WorklogError(describeFsError(error, file));
  }
  return decodeLog(bytes, file);
}
