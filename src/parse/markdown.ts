/** The markdown reader: CommonMark plus GFM (tables, task lists) plus YAML front matter; big files are read day by day. */

import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { splitFromChars } from './big-log.js';
import { remarkWithoutLinkSearch } from './link-search.js';
import { joinParts, splitAtDays } from './split.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkWithoutLinkSearch);

/** The whole source in one parse, whatever its size. */
export function parseWholeMarkdown(source: string): Root {
  return processor.parse(source);
}

/** The source's tree; a big source is parsed in parts cut at top-level headings, which gives the same tree. */
export function parseMarkdown(source: string): Root {
  if (source.length < splitFromChars) return parseWholeMarkdown(source);
  const parts = splitAtDays(source);
  if (parts.length === 1) return parseWholeMarkdown(source);
  return joinParts(parts, parts.map((part) => parseWholeMarkdown(part.text)));
}
