import { describe, expect, it } from 'vitest';
import { WorklogError } from '../../src/errors.js';
import { decodeLog } from '../../src/io/decode.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeLog', () => {
  it('decodes UTF-8 and keeps a BOM for the parser to drop', () => {
    expect(decodeLog(new TextEncoder().encode('# 今日工作'), 'a.md')).toBe('# 今日工作');
    expect(decodeLog(bytes(0xef, 0xbb, 0xbf, 0x61), 'a.md')).toBe('\uFEFFa');
  });

  it('refuses GBK text with the place of the first bad byte', () => {
    // "# 今日\n工作" with the second line in GBK: 工 = B9 A4.
    const text = [...new TextEncoder().encode('# 今日\n'), 0xb9, 0xa4];
    expect(() => decodeLog(Uint8Array.from(text), 'gbk.md')).toThrow(
      new WorklogError('gbk.md:2:1: not UTF-8 text (byte 0xB9); convert it first, e.g. iconv -f GB18030 -t UTF-8'),
    );
  });

  it('refuses UTF-16 and binary files', () => {
    expect(() => decodeLog(bytes(0xff, 0xfe, 0x23, 0x00), 'u16.md')).toThrow(/UTF-16/);
    expect(() => decodeLog(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01), 'img.md')).toThrow(/binary file/);
  });
});
