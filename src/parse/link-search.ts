/** A remark plugin that leaves out GFM's search for bare links in text after parsing: worklog reads a link's text, which that search never changes. */

import type { Data, Processor } from 'unified';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';

type TreeExtensions = NonNullable<Data['fromMarkdownExtensions']>;
type TreeExtension = TreeExtensions[number];

// remark-gfm's tree step finds `www.…`, `https://…` and `a@b.co` in text already parsed and wraps each in a link node
// holding the same text: about a sixth of the parse, for nodes worklog reads only as text. The markdown syntax still
// reads links as GFM does, so a `_` or `*` inside one stays text.
const [findLinksInText] = gfmAutolinkLiteralFromMarkdown().transforms ?? [];

function withoutLinkSearch(extension: TreeExtension): TreeExtension {
  if (Array.isArray(extension)) return extension.map((inner) => withoutLinkSearch(inner)) as TreeExtension;
  if (!extension.transforms) return extension;
  return { ...extension, transforms: extension.transforms.filter((transform) => transform !== findLinksInText) };
}

/** Use after remark-gfm. */
export function remarkWithoutLinkSearch(this: Processor): void {
  const data = this.data();
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((extension) => withoutLinkSearch(extension));
}
