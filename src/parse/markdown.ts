/** The markdown reader: CommonMark plus GFM (tables, task lists) plus YAML front matter, each syntax only where the text can use it; big files are read day by day. */

import type { Root } from 'mdast';
import { fromMarkdown, type Extension as TreeExtension, type Options } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { splitFromChars } from './big-log.js';
import { linksWithoutSearch } from './link-search.js';
import { joinParts, splitAtDays } from './split.js';

type SyntaxExtension = NonNullable<Options['extensions']>[number];

/** One syntax extension, its tree step, and whether a text holds the character the syntax cannot do without. */
type Syntax = { readonly canUse: (text: string) => boolean; readonly syntax: SyntaxExtension; readonly tree: TreeExtension };

// Each syntax is tried at every character that could start it, in every text; leaving one out where its character
// is absent gives the same tree, because no construct or resolver of it fires without that character (read from
// the extensions' sources; test/parse/markdown-syntax.test.ts parses every fixture both ways). In remark-gfm's order,
// front matter last, as the reader had them.
const syntaxes: readonly Syntax[] = [
  {
    // E-mail links start at any letter but need `@`; www links need `www.` (any case) and `http(s)://` links that
    // prefix (any case). Nothing else: the only resolver-like state is a mark on tokens that only this syntax reads.
    canUse: (text) => /@|www\.|https?:\/\//i.test(text),
    syntax: gfmAutolinkLiteral(),
    tree: linksWithoutSearch,
  },
  {
    // Definitions and calls both start with `[^`; a `![^a]` call reads as one only when a definition (`[^a]:`) exists.
    canUse: (text) => text.includes('[^'),
    syntax: gfmFootnote(),
    tree: gfmFootnoteFromMarkdown(),
  },
  {
    // Sequences are made of `~`; its resolver and its emphasis marker only act on `~` and on tokens made from it.
    canUse: (text) => text.includes('~'),
    syntax: gfmStrikethrough(),
    tree: gfmStrikethroughFromMarkdown(),
  },
  {
    // A table is tried at every line but needs its delimiter row to hold a `|` or an alignment colon beside a dash:
    // `a` over `:-` is a one-column table without any `|`.
    canUse: (text) => /\||:-|-:/.test(text),
    syntax: gfmTable(),
    tree: gfmTableFromMarkdown(),
  },
  {
    // A check box starts with `[`; its tree step only changes paragraphs of list items that hold one.
    canUse: (text) => text.includes('['),
    syntax: gfmTaskListItem(),
    tree: gfmTaskListItemFromMarkdown(),
  },
  {
    // YAML front matter opens with `---` on the first line, after a byte order mark if any.
    canUse: (text) => /^\uFEFF?---/.test(text),
    syntax: frontmatter(['yaml']),
    tree: frontmatterFromMarkdown(['yaml']),
  },
];

// One reader's settings per set of syntaxes used (at most 2⁶), made on first use.
const readers = new Map<number, Options>();

function readerFor(text: string): Options {
  let used = 0;
  for (const [index, { canUse }] of syntaxes.entries()) if (canUse(text)) used |= 1 << index;
  let reader = readers.get(used);
  if (!reader) {
    const chosen = syntaxes.filter((_, index) => (used & (1 << index)) !== 0);
    reader = { extensions: chosen.map(({ syntax }) => syntax), mdastExtensions: chosen.map(({ tree }) => tree) };
    readers.set(used, reader);
  }
  return reader;
}

/** The whole source in one parse, whatever its size. */
export function parseWholeMarkdown(source: string): Root {
  return fromMarkdown(source, readerFor(source));
}

/** The source's tree; a big source is parsed in parts cut at top-level headings, which gives the same tree. */
export function parseMarkdown(source: string): Root {
  if (source.length < splitFromChars) return parseWholeMarkdown(source);
  const parts = splitAtDays(source);
  if (parts.length === 1) return parseWholeMarkdown(source);
  return joinParts(parts, parts.map((part) => parseWholeMarkdown(part.text)));
}
