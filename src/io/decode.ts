/** Turns a log file's bytes into text, naming what is not UTF-8 markdown (UTF-16, UTF-32, binary, another encoding) and where. */

import { unreadable, type Unreadable } from './unreadable.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** How much of the start of a file is looked at to tell text from binary, as git and grep do. */
const sampleSize = 8192;

type WideEncoding = 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

function byteOrderMark(bytes: Uint8Array): WideEncoding | null {
  const [b0, b1, b2, b3] = bytes;
  // UTF-32LE's mark starts with UTF-16LE's, so it is tested first.
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return 'UTF-32LE';
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'UTF-32BE';
  if (b0 === 0xff && b1 === 0xfe) return 'UTF-16LE';
  if (b0 === 0xfe && b1 === 0xff) return 'UTF-16BE';
  return null;
}

/** UTF-16 or UTF-32 text without a mark, told by where its NUL bytes fall: text in them has NULs in a fixed pattern, binary anywhere. */
function wideEncodingByNuls(sample: Uint8Array): WideEncoding | null {
  // NULs and bytes at each position modulo 4.
  const count = (position: number, nul: boolean) => sample.filter((byte, index) => index % 4 === position && (!nul || byte === 0)).length;
  const nuls = [0, 1, 2, 3].map((position) => count(position, true));
  const nul = (position: number) => nuls[position] ?? 0;
  const share = (position: number) => nul(position) / Math.max(1, count(position, false));
  // Every character below U+10000 has two NUL bytes in UTF-32 and the ASCII ones have a third.
  if (share(3) >= 0.9 && share(2) >= 0.5 && share(0) < 0.1) return 'UTF-32LE';
  if (share(0) >= 0.9 && share(1) >= 0.5 && share(3) < 0.1) return 'UTF-32BE';
  // ASCII characters (spaces, `- [ ]`, line ends) have a NUL on one side in UTF-16; CJK ones rarely do.
  const odd = nul(1) + nul(3);
  const even = nul(0) + nul(2);
  const pairs = sample.length / 2;
  if (odd >= pairs * 0.01 && odd > 4 * even) return 'UTF-16LE';
  if (even >= pairs * 0.01 && even > 4 * odd) return 'UTF-16BE';
  return null;
}

/** Where `bytes` stops being UTF-8 (Unicode's table 3-7): the first byte that starts no valid sequence, and whether that
 * sequence is only cut short by the end of the file; null for valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; cutAtEnd: boolean } | null {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    // The range of the second byte depends on the lead: that is what rules out overlong forms and surrogates.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return { offset: index, cutAtEnd: false };
    const end = Math.min(index + length, bytes.length);
    for (let next = index + 1; next < end; next += 1) {
      const byte = bytes[next] ?? 0;
      const [min, max] = next === index + 1 ? [low, high] : [0x80, 0xbf];
      if (byte < min || byte > max) return { offset: index, cutAtEnd: false };
    }
    if (end < index + length) return { offset: index, cutAtEnd: true };
    index += length;
  }
  return null;
}

/** Line and column (1-based, in UTF-16 code units as the markdown parser counts) of a byte offset in valid UTF-8 before it. */
export function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    const byte = bytes[index];
    // CR LF, CR and LF each end a line, as in CommonMark.
    if (byte === 0x0a || (byte === 0x0d && bytes[index + 1] !== 0x0a)) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1 };
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

function notUtf8(bytes: Uint8Array, { offset, cutAtEnd }: { offset: number; cutAtEnd: boolean }): Unreadable {
  const at = positionOfByte(bytes, offset);
  const byte = hex(bytes[offset] ?? 0);
  // A character cut by the end of the file means a truncated file, not another encoding.
  if (cutAtEnd) return unreadable('encoding', `the file ends inside a UTF-8 character (byte ${byte}); it may have been cut off`, at);
  return unreadable('encoding', `not UTF-8 text (byte ${byte}); convert it first, e.g. iconv -f GB18030 -t UTF-8`, at);
}

/** The text of a log, or why its bytes are not a UTF-8 log; a UTF-8 BOM is kept for the parser to drop. */
export function decodeLog(bytes: Uint8Array): string | Unreadable {
  const sample = bytes.subarray(0, sampleSize);
  const wide = byteOrderMark(bytes) ?? (sample.includes(0) ? wideEncodingByNuls(sample) : null);
  if (wide) {
    const family = wide.slice(0, 6);
    const reason = family === 'UTF-32' ? 'utf-32' : 'utf-16';
    // With a byte-order mark iconv finds the byte order itself (and drops the mark); without one it must be told.
    const [marked, from] = byteOrderMark(bytes) ? ['', family] : [` (${wide}, without a byte-order mark)`, wide];
    return unreadable(reason, `the file is ${family}${marked}; worklog reads UTF-8 (save it as UTF-8, e.g. iconv -f ${from} -t UTF-8)`);
  }
  if (sample.includes(0)) return unreadable('binary', 'this is a binary file, not a markdown log');
  try {
    return utf8.decode(bytes);
  } catch {
    return notUtf8(bytes, firstInvalidUtf8(bytes) ?? { offset: 0, cutAtEnd: false });
  }
}
