import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/render/html/markup.js';
import { escapeMarkdown } from '../../src/render/markdown/escape.js';
import { commandData, commandProperty } from '../../src/render/github.js';
import { jsonText } from '../../src/render/json-text.js';
import { escapeXml } from '../../src/render/xml.js';

const hostile = `<b a="1">'x' & y</b> \u001b[2J`;

describe('one escaper per language', () => {
  it('XML: the five entities, control characters shown', () => {
    expect(escapeXml(hostile)).toBe('&lt;b a=&quot;1&quot;&gt;&apos;x&apos; &amp; y&lt;/b&gt; ␛[2J');
  });

  it('HTML: the same characters, with the apostrophe every mail client reads', () => {
    expect(escapeHtml(hostile)).toBe('&lt;b a=&quot;1&quot;&gt;&#39;x&#39; &amp; y&lt;/b&gt; ␛[2J');
  });

  it('markdown: markup and raw HTML inert', () => {
    expect(escapeMarkdown('`code` <i>')).toBe('\\`code\\` &lt;i&gt;');
  });

  it('XML: what XML 1.0 cannot carry (U+FFFE, U+FFFF, a surrogate without its pair) becomes U+FFFD', () => {
    expect(escapeXml('a\uFFFEb\uFFFFc\uD800d\uDC00e😀')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe😀');
  });

  it('markdown: links and mentions broken by a word joiner, so GitHub links neither', () => {
    expect(escapeMarkdown('https://x.io www.x.io a@b.co @team #12 #tag')).toBe(
      'https:\u2060//x.io www\u2060.x.io a@\u2060b.co @\u2060team \\#\u206012 \\#tag',
    );
  });

  it('GitHub: data and properties escaped as the Actions toolkit does, after every control character is shown', () => {
    expect(commandData('50% \r\n done')).toBe('50%25 ␍  done');
    expect(commandProperty('a:b,c\u001b]0;t\u0007.md')).toBe('a%3Ab%2Cc␛]0;t␇.md');
  });

  it('JSON: what a terminal would obey written as \\u escapes, the data unchanged', () => {
    const data = { text: 'a\u0085b\u2028c\u202Ed\u007f ##[error] \u{E0041} \u001b' };
    const text = jsonText(data);
    expect(text).not.toMatch(/[\u007f-\u009f\u2028\u202e]|##\[|\u{E0041}/u);
    expect(text).toContain('\\u0085');
    expect(JSON.parse(text)).toEqual(data);
  });
});

