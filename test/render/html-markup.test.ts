import { describe, expect, it } from 'vitest';
import { escapeHtml, html, htmlText } from '../../src/render/html/markup.js';

describe('escapeHtml', () => {
  it('escapes every character that means something in HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('shows control characters and escape sequences instead of passing them on', () => {
    const text = escapeHtml('clear \u001b[2J \u009b31m \u0007 \u202Eevil');
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(text).toBe('clear ␛[2J &lt;U+009B&gt;31m ␇ &lt;U+202E&gt;evil');
  });

  it('keeps CJK and emoji as they are', () => {
    expect(escapeHtml('资金对账 ⏫')).toBe('资金对账 ⏫');
  });
});

describe('html', () => {
  it('escapes interpolated text and numbers, in content and attributes alike', () => {
    const text = `"><script>alert(1)</script>`;
    expect(htmlText(html`<td title="${text}">${text} ${42}</td>`))
      .toBe('<td title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; 42</td>');
  });

  it('keeps markup it made itself, flattens lists and leaves out nothing-values', () => {
    const cell = (text: string) => html`<td>${text}</td>`;
    expect(htmlText(html`<tr>${['a<b', 'c'].map(cell)}${null}${undefined}${false}${''}</tr>`)).toBe('<tr><td>a&lt;b</td><td>c</td></tr>');
  });

  it('does not take an object that merely looks like markup', () => {
    const forged = JSON.parse('{"markup":"<script>"}') as unknown as string;
    expect(htmlText(html`${forged}`)).toBe('[object Object]');
  });
});
