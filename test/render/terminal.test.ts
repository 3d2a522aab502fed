import { beforeAll, describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/render/color.js';
import { escapeMarkdown } from '../../src/render/markdown/escape.js';
import { cell, layoutColumns } from '../../src/render/text/columns.js';
import { inertLines, loadGraphemes, neutralise, padEnd, truncate, width } from '../../src/render/terminal.js';

// These measure emoji and wrap text directly, not through a render that loads what they need (terminal-width.test.ts).
beforeAll(loadGraphemes);

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

  it('shows what breaks lines, reorders or hides text', () => {
    expect(neutralise('a\u2028b\u2029c\u0085d\u061Ce\u2067f\u206Ag\uFFF9h\u{E0041}i')).toBe(
      'a<U+2028>b<U+2029>c<U+0085>d<U+061C>e<U+2067>f<U+206A>g<U+FFF9>h<U+E0041>i',
    );
  });

  it('keeps what emoji and scripts need: joiners, variation selectors, flag tags', () => {
    const text = '👩\u200D💻 ❤\uFE0F क्\u200Dष 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
    expect(neutralise(text)).toBe(text);
    expect(width('👩\u200D💻')).toBe(2);
  });

  it('breaks a GitHub runner command anywhere in a line', () => {
    expect(neutralise('x ##[error]forged')).toBe('x #\u2060#[error]forged');
  });
});

describe('inertLines', () => {
  it('keeps a line from starting with `::`, after white space or colour codes too', () => {
    expect(inertLines('::error::x\n  ::warning::y\n\u001b[4m::notice::z\nok :: fine\n')).toBe(
      ':\u2060:error::x\n  :\u2060:warning::y\n\u001b[4m:\u2060:notice::z\nok :: fine\n',
    );
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

  it('wraps free text in the last column under itself, CJK by columns, nothing cut', () => {
    const lines = layoutColumns([[cell('P1'), cell('资金对账进度跟踪资金对账进度跟踪')]], { flexible: 1, width: 20 });
    expect(lines).toEqual(['P1  资金对账进度跟踪', '    资金对账进度跟踪']);
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(20);
  });

  it('puts free text below the row when the terminal leaves it too little room', () => {
    const lines = layoutColumns([[cell('12:5'), cell('warning'), cell('schedule/over-allocation'), cell('张迪 is booked for 21 working days')]], { flexible: 3, width: 30, indent: 2 });
    expect(lines).toEqual(['  12:5  warning  schedule/over-allocation', '      张迪 is booked for 21', '      working days']);
  });

  it('cuts a cell in the middle, which must fit its column', () => {
    const [line] = layoutColumns([[cell('资金对账进度跟踪资金对账进度跟踪'), cell('7/20')]], { flexible: 0, width: 20 });
    expect(width(line ?? '')).toBeLessThanOrEqual(20);
    expect(line).toMatch(/…\s+7\/20$/);
  });

  it('never cuts or wraps when piped', () => {
    const text = 'a message far longer than any terminal would show on one line, and then some more words';
    expect(layoutColumns([[cell('1:1'), cell(text)]], { flexible: 1, width: null })).toEqual([`1:1  ${text}`]);
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
