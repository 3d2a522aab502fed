import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/render/html/markup.js';
import { escapeFenced, escapeMarkdown } from '../../src/render/markdown/escape.js';
import { escapeXml } from '../../src/render/xml.js';

const hostile = `<b a="1">'x' & y</b> \u001b[2J`;

describe('one escaper per language', () => {
  it('XML: the five entities, control characters shown', () => {
    expect(escapeXml(hostile)).toBe('&lt;b a=&quot;1&quot;&gt;&apos;x&apos; &amp; y&lt;/b&gt; ␛[2J');
  });

  it('HTML: the same characters, with the apostrophe every mail client reads', () => {
    expect(escapeHtml(hostile)).toBe('&lt;b a=&quot;1&quot;&gt;&#39;x&#39; &amp; y&lt;/b&gt; ␛[2J');
  });

  it('markdown: markup and raw HTML inert; in a code fence, no backtick that could close it', () => {
    expect(escapeMarkdown('`code` <i>')).toBe('\\`code\\` &lt;i&gt;');
    expect(escapeFenced('```\nafter')).toBe("'''\nafter");
  });
});
