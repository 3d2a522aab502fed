/** GFM's tree step for bare links without its search for them in text after parsing: worklog reads a link's text, which that search never changes. */

import type { Extension } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';

// remark-gfm's tree step finds `www.…`, `https://…` and `a@b.co` in text already parsed and wraps each in a link node
// holding the same text: about a sixth of the parse, for nodes worklog reads only as text. The markdown syntax still
// reads links as GFM does, so a `_` or `*` inside one stays text.
export const linksWithoutSearch: Extension = { ...gfmAutolinkLiteralFromMarkdown(), transforms: [] };
