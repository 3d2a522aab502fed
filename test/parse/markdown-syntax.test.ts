import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Data, type Processor } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseWholeMarkdown } from '../../src/parse/markdown.js';
import { filesUnder, fixturesDir } from '../helpers.js';

type TreeExtension = NonNullable<Data['fromMarkdownExtensions']>[number];

function withoutTransforms(extension: TreeExtension): TreeExtension {
  if (Array.isArray(extension)) return extension.map((inner) => withoutTransforms(inner)) as TreeExtension;
  return { ...extension, transforms: [] };
}

/** The reader with every syntax on every text, as it was: remark-gfm and YAML front matter, without GFM's search for bare links in text. */
const everySyntax = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(function withoutLinkSearch(this: Processor) {
    const data = this.data();
    data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((extension) => withoutTransforms(extension));
  });

function parseWithEverySyntax(source: string): Root {
  return everySyntax.parse(source);
}

/** Expects both readers to give the source the same tree, positions included; compared as JSON text, which is quick, and node by node only to show where they differ. */
function expectSameTree(source: string, label: string): void {
  const gated = JSON.stringify(parseWholeMarkdown(source));
  const every = JSON.stringify(parseWithEverySyntax(source));
  if (gated !== every) expect(JSON.parse(gated), label).toStrictEqual(JSON.parse(every));
}

// Each syntax's construct present, absent, at its edges, and its character without the construct.
const crafted = [
  'see WWW.example.com today',
  'see www.example.com and wwW.x.org',
  'HTTPS://Example.com/a_(b) and Http://x.y?q=1.',
  'http://x and https://y/z), not http:/x or http//x or ftp://x',
  'ask a@b.co or A.B+c@d-e.co. now',
  'a@b and @someone and a@b. and x@y_z.co',
  'www and ww.x and www. alone',
  '[link](https://x.y) and <https://x.y> and `a@b.co`',
  '*a* www.x.y_ **b@c.de**',
  '~~x~~ and ~y~ and ~~~z~~~',
  'about ~5 days, a ~ b, and `~~code~~`',
  '*a*~b~ and **~x~** and ~*y*~',
  'a\n:-',
  'a\n-:',
  'a\n:-:\nb',
  '| a |\n| - |\n| b |',
  'a | b\n- | -\nc | d',
  'a | b and c|d, no table\n\n-:- and :-) here',
  '> a\n> :-',
  '- a\n  :-',
  '[^1] called\n\n[^1]: the note',
  '![^1] called\n\n[^1]: the note',
  'just [^x] without a definition, [^ y] and [^]',
  '[^a]:\n    indented\n\ntext',
  '---\ntitle: x\n---\n# h',
  '\uFEFF---\na: 1\n---\ntext',
  'x\n---\ny',
  '---\n\n- a',
  '- [ ] a\n- [x] b\n- [X] c\n- [y] d',
  '- [\t] a\n* [ ]\n1. [x]  b',
  'a [b] c and [d]: /e',
  '',
  '\n\n',
];

describe('reading markdown with only the syntaxes a text can use', () => {
  // Every fixture, read twice: on a busy machine this takes seconds, so it gets room beyond the default time-out.
  it('gives every fixture the tree of every syntax, positions included', { timeout: 120_000 }, () => {
    for (const file of filesUnder(fixturesDir, '.md')) expectSameTree(readFileSync(file, 'utf8'), file);
  });

  it('gives crafted texts the tree of every syntax, with LF and CRLF line ends', () => {
    for (const text of crafted) {
      for (const source of [text, text.replace(/\n/g, '\r\n')]) expectSameTree(source, JSON.stringify(source));
    }
  });

  it('reads each syntax in the crafted texts', () => {
    const types = new Set<string>();
    const visit = (node: { type: string; children?: unknown[] }): void => {
      types.add(node.type);
      for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
    };
    for (const text of crafted) visit(parseWholeMarkdown(text));
    // Without these the comparison above would prove nothing about the syntax in question.
    for (const type of ['delete', 'table', 'footnoteReference', 'footnoteDefinition', 'yaml']) expect(types, type).toContain(type);
    const checked = crafted.flatMap((text) => parseWholeMarkdown(text).children).filter((node) => node.type === 'list').flatMap((list) => list.children);
    expect(checked.some((item) => item.checked === true)).toBe(true);
    const links = parseWholeMarkdown('see www.x.y and a@b.co');
    expect(links.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text' }, { type: 'link' }, { type: 'text' }, { type: 'link' }] });
  });
});
