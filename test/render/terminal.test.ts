import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/render/color.js';
import { escapeMarkdown } from '../../src/render/markdown/escape.js';
import { cell, layoutColumns } from '../../src/render/text/columns.js';
import { neutralise, padEnd, truncate, width } from '../../src/render/terminal.js';

describe('neutralise', () => {
  it('shows escape sequences instead of obeying them', () => {
    const text = neutralise('clear \u001b[2J screen \u009b31m \u0007 bell');
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(text).toContain('␛[2J');
  });

  it('shows bidirectional overrides', () => {
    expect(neutralise('abc\u202Edef')).toBe('abc<U+202E>def');
  });

  it('keeps CJK and emoji as they are', () => {
    expect(neutralise('资金对账 ⏫')).toBe('资金对账 ⏫');
  });
});

describe('widths', () => {
  it('counts CJK as two columns', () => {
    expect(width('资金对账')).toBe(8);
    expect(padEnd('张迪', 6)).toBe('张迪  ');
    expect(truncate('资金对账进度跟踪', 7)).toBe('资金对…');
  });

  it('aligns a CJK column', () => {
    const lines = layoutColumns([[cell('张迪'), cell('a')], [cell('Ana'), cell('b')], [cell('欧阳娜娜'), cell('c')]], { flexible: 1, width: null });
    expect(lines).toEqual(['张迪      a', 'Ana       b', '欧阳娜娜  c']);
    expect(new Set(lines.map(width)).size).toBe(1);
  });

  it('cuts the flexible column to the terminal width', () => {
    const [line] = layoutColumns([[cell('P1'), cell('资金对账进度跟踪资金对账进度跟踪')]], { flexible: 1, width: 20 });
    expect(width(line ?? '')).toBeLessThanOrEqual(20);
    expect(line).toMatch(/…$/);
  });
});

describe('colorLevel', () => {
  const tty = { flag: undefined, env: {}, isTTY: true };
  it.each([
    ['a terminal', tty, 1],
    ['a pipe', { ...tty, isTTY: false }, 0],
    ['NO_COLOR', { ...tty, env: { NO_COLOR: '1' } }, 0],
    ['an empty NO_COLOR', { ...tty, env: { NO_COLOR: '' } }, 1],
    ['--no-color', { ...tty, flag: false }, 0],
    ['--color on a pipe', { ...tty, isTTY: false, flag: true }, 1],
    ['FORCE_COLOR on a pipe', { ...tty, isTTY: false, env: { FORCE_COLOR: '1' } }, 1],
    ['FORCE_COLOR=0 on a terminal', { ...tty, env: { FORCE_COLOR: '0' } }, 0],
    ['FORCE_COLOR over NO_COLOR', { ...tty, env: { FORCE_COLOR: '3', NO_COLOR: '1' } }, 3],
    ['--no-color over FORCE_COLOR', { ...tty, flag: false, env: { FORCE_COLOR: '1' } }, 0],
    ['TERM=dumb', { ...tty, env: { TERM: 'dumb' } }, 0],
    ['truecolor', { ...tty, env: { COLORTERM: 'truecolor' } }, 3],
  ])('%s', (_name, environment, level) => {
    expect(colorLevel(environment)).toBe(level);
  });
});

describe('escapeMarkdown', () => {
  it('makes HTML and markup inert', () => {
    expect(escapeMarkdown('<script>alert(1)</script> *bold* [link](x) | pipe')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\[link\\](x) \\| pipe',
    );
  });
});

describe('width agrees with string-width', () => {
  it.each([
    '资金对账进度跟踪', 'web放火发现9个节点没有配置CPU报警，需要继续放火', 'ＡＢＣ１２３', '张迪（13-24）、跃雄',
    'Ship it ⏫', '👩‍💻 pair', 'e\u0301t\u00e9', '🇨🇳 flag', 'plain ascii', '\u001b[31mred\u001b[39m', '⚠ warn ✓ ok', '한국어 テスト',
  ])('%s', async (text) => {
    const { default: stringWidth } = await import('string-width');
    expect(width(text)).toBe(stringWidth(text));
  });
});
