/** Turns a log file's bytes into text, refusing what is not UTF-8 markdown with one clear reason. */

import { WorklogError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Line and column (1-based) of a byte offset, counting characters of the valid text before it. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: [...(lines.at(-1) ?? '')].length + 1 };
}

/** The first offset where `bytes` stops being valid UTF-8. */
function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // Decoding is all-or-nothing, so search for the longest valid prefix (allowing a cut sequence at its end).
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}

export function decodeLog(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new WorklogError(`${file}: the file is UTF-16; worklog reads UTF-8 (save it as UTF-8)`);
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new WorklogError(`${file}: this is a binary file, not a markdown log`);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const { line, column } = positionOf(bytes, offset);
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new WorklogError(
      `${file}:${line}:${column}: not UTF-8 text (byte 0x${byte}); convert it first, e.g. iconv -f GB18030 -t UTF-8`,
    );
  }
}
