import { describe, expect, it } from 'vitest';
import { decodeLog } from '../../src/io/decode.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => [...new TextEncoder().encode(text)];
const encoded = (text: string, encoding: 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be', mark = false): Uint8Array => {
  const units = [...(mark ? '\uFEFF' : ''), ...text];
  const width = encoding.startsWith('utf16') ? 2 : 4;
  const out: number[] = [];
  for (const char of units) {
    const code = char.codePointAt(0) ?? 0;
    const be = width === 2 ? [code >> 8, code & 0xff] : [0, code >> 16, (code >> 8) & 0xff, code & 0xff];
    out.push(...(encoding.endsWith('be') ? be : be.reverse()));
  }
  return Uint8Array.from(out);
};

describe('decodeLog', () => {
  it('decodes UTF-8 and keeps a BOM for the parser to drop', () => {
    expect(decodeLog(new TextEncoder().encode('# 今日工作'))).toBe('# 今日工作');
    expect(decodeLog(bytes(0xef, 0xbb, 0xbf, 0x61))).toBe('\uFEFFa');
  });

  describe('names the first byte that is not UTF-8, at its line and column', () => {
    const gbk = 'not UTF-8 text (byte 0x%s); convert it first, e.g. iconv -f GB18030 -t UTF-8';
    it.each([
      // "# 今日\n工作" with the second line in GBK: 工 = B9 A4.
      ['GBK on the second line', [...utf8('# 今日\n'), 0xb9, 0xa4], 2, 1, 'B9'],
      ['an invalid byte at the very start', [0xff, ...utf8('# 今日')], 1, 1, 'FF'],
      // 今日 = BD F1 C8 D5 in GBK, after four UTF-8 CJK characters.
      ['GBK in the middle of a CJK line', [...utf8('- [ ] 资金对账'), 0xbd, 0xf1, 0xc8, 0xd5, ...utf8('完成')], 1, 11, 'BD'],
      // C4 BD happens to be valid UTF-8 (Ľ): the place is the first byte UTF-8 cannot read, C8, one character later.
      ['GBK that starts with a valid UTF-8 pair', [...utf8('- [ ] 资金对账'), 0xc4, 0xbd, 0xc8, 0xd5], 1, 12, 'C8'],
      ['a two-byte GBK character whose second byte is no continuation', [...utf8('# a'), 0xc8, 0x41], 1, 4, 'C8'],
      ['an overlong encoding of NUL', [...utf8('ab'), 0xc0, 0x80], 1, 3, 'C0'],
      ['an overlong three-byte encoding', [...utf8('ab'), 0xe0, 0x80, 0xaf], 1, 3, 'E0'],
      ['a surrogate encoded in UTF-8', [...utf8('ab'), 0xed, 0xa0, 0x80], 1, 3, 'ED'],
      ['a lone continuation byte', [...utf8('# 标题\n\n- [x] 完成'), 0x80, ...utf8(' 了')], 3, 9, '80'],
      ['a code point past U+10FFFF', [...utf8('x'), 0xf4, 0x90, 0x80, 0x80], 1, 2, 'F4'],
      // Columns count UTF-16 code units, as the markdown parser's do: the emoji is two.
      ['after an emoji and CRLF line ends', [...utf8('# a\r\n😀'), 0xfe], 2, 3, 'FE'],
      ['after a lone CR', [...utf8('a\rbc'), 0xfe], 2, 3, 'FE'],
    ])('%s', (_name, input, line, column, byte) => {
      expect(decodeLog(Uint8Array.from(input))).toEqual({ reason: 'encoding', message: gbk.replace('%s', byte), at: { line, column } });
    });

    it('calls a character cut off by the end of the file a truncated file', () => {
      // 对 = E5 AF B9; the file ends after two of its three bytes.
      expect(decodeLog(Uint8Array.from([...utf8('# 标题\n- [ ] 核'), 0xe5, 0xaf]))).toEqual({
        reason: 'encoding',
        message: 'the file ends inside a UTF-8 character (byte 0xE5); it may have been cut off',
        at: { line: 2, column: 8 },
      });
    });
  });

  describe('names UTF-16 and UTF-32, with or without a byte-order mark', () => {
    const text = '# 今日工作 2023-11-12\n\n- [ ] 一个事项\n';
    it.each([
      ['UTF-16LE with a mark', encoded(text, 'utf16le', true), 'utf-16', 'the file is UTF-16; worklog reads UTF-8 (save it as UTF-8, e.g. iconv -f UTF-16 -t UTF-8)'],
      ['UTF-16BE with a mark', encoded(text, 'utf16be', true), 'utf-16', 'the file is UTF-16; worklog reads UTF-8 (save it as UTF-8, e.g. iconv -f UTF-16 -t UTF-8)'],
      ['UTF-32LE with a mark', encoded(text, 'utf32le', true), 'utf-32', 'the file is UTF-32; worklog reads UTF-8 (save it as UTF-8, e.g. iconv -f UTF-32 -t UTF-8)'],
      ['UTF-32BE with a mark', encoded(text, 'utf32be', true), 'utf-32', 'the file is UTF-32; worklog reads UTF-8 (save it as UTF-8, e.g. iconv -f UTF-32 -t UTF-8)'],
      ['UTF-16LE without a mark', encoded(text, 'utf16le'), 'utf-16', 'the file is UTF-16 (UTF-16LE, without a byte-order mark); worklog reads UTF-8 (save it as UTF-8, e.g. iconv -f UTF-16LE -t UTF-8)'],
      ['UTF-16BE without a mark', encoded(text, 'utf16be'), 'utf-16', 'the file is UTF-16 (UTF-16BE, without a byte-order mark); worklog reads UTF-8 (save it as UTF-8, e.g. iconv -f UTF-16BE -t UTF-8)'],
      ['UTF-32LE without a mark', encoded(text, 'utf32le'), 'utf-32', 'the file is UTF-32 (UTF-32LE, without a byte-order mark); worklog reads UTF-8 (save it as UTF-8, e.g. iconv -f UTF-32LE -t UTF-8)'],
      ['ASCII-only UTF-16LE without a mark', encoded('# notes\n', 'utf16le'), 'utf-16', 'the file is UTF-16 (UTF-16LE, without a byte-order mark); worklog reads UTF-8 (save it as UTF-8, e.g. iconv -f UTF-16LE -t UTF-8)'],
    ])('%s', (_name, input, reason, message) => {
      expect(decodeLog(input)).toEqual({ reason, message, at: null });
    });
  });

  it('refuses binary files', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00);
    expect(decodeLog(png)).toEqual({ reason: 'binary', message: 'this is a binary file, not a markdown log', at: null });
  });
});
