import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { loadGraphemes, NeedsGraphemes, width, withTextMeasures, wrapText } from '../../src/render/terminal.js';
import { root } from '../helpers.js';

// Emoji, joiners, marks and scripts whose characters join: what string-width measures by grapheme cluster.
const clustered = [
  '✅ 完成', '👍', '👩\u200D💻 写代码', '👨\u200D👩\u200D👧\u200D👦', '🏳️\u200D🌈', '❤\uFE0F', '❤', '🇨🇳🇺🇸', '👋🏽', '1\uFE0F\u20E3', '#\u20E3',
  'e\u0301te\u0301', 'a\u0308\u0301', 'क्\u200Dष', 'नमस्ते', 'ภาษาไทย กำลัง', 'ສຳ', '\u1100\u1161\u11A8 한국어', '\u1100\u1100\u1161',
  'ｶﾞｷﾞ', 'abc\u00ADdef', 'zero\u200Bwidth', 'a\u2060b', '\uFEFFbom', 'tab\there', '\u0D4Eക', '©®™', '↔↕→', '〰〽', '‼⁉',
  '\u001B[1m粗体\u001B[22m', '\u001B[31m🔥\u001B[39m', '\u009B31m红\u009B0m', '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
  '\uD800 lone', 'x\uDC00', '', ' ', '\u3000全角空格', '「引号」，。、；：？！（）【】《》…—～',
];

describe('width without string-width loaded', () => {
  it('measures plain and CJK text, and asks for grapheme segmentation where text needs it', async () => {
    expect(width('资金对账 P1 — «fine»')).toBe(20);
    expect(() => width('👍')).toThrow(NeedsGraphemes);
    expect(() => wrapText('a b', 1)).toThrow(NeedsGraphemes);
    expect(await withTextMeasures(() => width('👍 ok'))).toBe(5);
    expect(width('👍')).toBe(2);
  });
});

describe('width is what string-width says', () => {
  it('for every character it measures without string-width, alone, doubled and between others', async () => {
    await loadGraphemes();
    let measured = 0;
    // Compared a block of code points at a time (one string-width call per block keeps this quick); a block that
    // differs is compared character by character, so a failure names the character.
    for (let block = 0x0; block <= 0x10ffff; block += 0x100) {
      const chars: string[] = [];
      for (let code = block; code < block + 0x100; code += 1) {
        if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff)) continue;
        const char = String.fromCodePoint(code);
        // Only the characters measured without segmenting: the rest go to string-width itself.
        if (measuresPlain(char)) chars.push(char);
      }
      measured += chars.length;
      const texts = [chars.join(''), chars.map((char) => `${char}${char}a`).join(''), chars.map((char) => `${char}\u00E9`).join(' ')];
      if (texts.every((text) => width(text) === stringWidth(text))) continue;
      for (const char of chars) {
        for (const text of [char, `${char}${char}`, `a${char}b`, `${char}\u00E9`]) expect(width(text), `U+${char.codePointAt(0)?.toString(16)} in ${JSON.stringify(text)}`).toBe(stringWidth(text));
      }
    }
    expect(measured).toBeGreaterThan(100_000);
  }, 300_000);

  it('for the usual characters of a log, which it tests for first', () => {
    const usual = /^[\x20-\x7e\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u3000-\u3029\u3031-\u303c\u303e\u303f\u4e00-\u9fff\uff01-\uff60]$/;
    for (let code = 0x20; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      // Each is one of the characters compared above.
      if (usual.test(char)) expect(measuresPlain(char), `U+${code.toString(16)}`).toBe(true);
    }
  });

  it('for emoji, joiners, combining marks, scripts whose letters join, escape codes and CJK punctuation', async () => {
    await loadGraphemes();
    for (const text of clustered) expect(width(text), JSON.stringify(text)).toBe(stringWidth(text));
  });

  it('for every line and every word of the realworld logs and the fixtures', async () => {
    await loadGraphemes();
    const folders = [join(root, 'fixtures'), join(root, 'fixtures/realworld')];
    const lines = folders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.md'))
      .flatMap((name) => readFileSync(join(folder, name), 'utf8').split('\n')));
    expect(lines.length).toBeGreaterThan(1000);
    for (const line of lines) {
      for (const text of [line, ...line.split(/\s+/)]) expect(width(text), JSON.stringify(text)).toBe(stringWidth(text));
    }
  });
});

/** Whether width measures the text without string-width: it does not throw before string-width is loaded. */
function measuresPlain(text: string): boolean {
  return plainPattern.test(text) && !joiningPattern.test(text);
}
// The same test as terminal.ts, kept apart so that a change there must be made here too (and is compared again).
const plainPattern = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]*$/u;
const joiningPattern = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\p{Default_Ignorable_Code_Point}\p{M}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u0d4e\u0e33\u0eb3\uff9e\uff9f\u{10000}-\u{1ffff}]/u;
