/** Code fences that never close: CommonMark runs them to the end of the document, and what they swallow. */

import type { Code } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { plural } from '../words/plural.js';
import { parseMarkdown } from './markdown.js';

/** The opening fence of a fenced block (```` ``` ````, `~~~~`), or null for an indented block. */
function openingFence(code: Code, lines: readonly string[]): string | null {
  const start = code.position?.start;
  if (!start) return null;
  return /^\s*(`{3,}|~{3,})/.exec(lines[start.line - 1]?.slice(start.column - 1) ?? '')?.[1] ?? null;
}

/** True when the block's last source line is not a closing fence matching its opening one. */
export function isUnclosedFence(code: Code, lines: readonly string[]): boolean {
  const start = code.position?.start;
  const end = code.position?.end;
  const fence = openingFence(code, lines);
  if (!start || !end || !fence) return false; // an indented code block has no fence
  if (end.line === start.line) return true;
  const last = lines[end.line - 1] ?? '';
  const closing = new RegExp(String.raw`^[\s>]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\s*$`);
  return !closing.test(last);
}

/** How many headings are named in the message before it only counts the rest. */
const namedHeadings = 3;

/** What a fence swallowed, read as the markdown it would be if the fence were closed: `2 headings (`## 放火`, …), 5 items`. */
export function swallowedParts(text: string): string[] {
  const headings: string[] = [];
  let items = 0;
  let tables = 0;
  let charts = 0;
  visitParents(parseMarkdown(text), (node) => {
    if (node.type === 'heading') headings.push(`\`${'#'.repeat(node.depth)} ${toString(node).trim()}\``);
    else if (node.type === 'listItem' && typeof node.checked === 'boolean') items += 1;
    else if (node.type === 'table') tables += 1;
    else if (node.type === 'code' && /^(mermaid|mmd)$/i.test(node.lang ?? '')) charts += 1;
  });
  const named = headings.slice(0, namedHeadings).join(', ') + (headings.length > namedHeadings ? ', …' : '');
  return [
    headings.length > 0 ? `${plural(headings.length, 'heading')} (${named})` : '',
    items > 0 ? plural(items, 'item') : '',
    tables > 0 ? plural(tables, 'table') : '',
    charts > 0 ? plural(charts, 'mermaid diagram') : '',
  ].filter((part) => part !== '');
}

/** `a, b and c`. */
const listed = (parts: readonly string[]): string =>
  parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;

/** The unclosed-fence message: where it opened, how many lines it swallowed, and what worklog therefore does not read. */
export function unclosedFenceMessage(code: Code, lines: readonly string[]): string {
  const fence = openingFence(code, lines) ?? '```';
  const start = code.position?.start.line ?? 1;
  const swallowed = code.value === '' ? 0 : code.value.replace(/\n$/, '').split('\n').length;
  const parts = swallowedParts(code.value);
  const lost = parts.length > 0 ? `, so worklog does not read ${listed(parts)} in them` : '';
  return `the code fence ${fence} opened on line ${start} is never closed: the ${plural(swallowed, 'line')} after it, to the end of the file, are read as code${lost}; add a closing ${fence} line where the code ends`;
}
