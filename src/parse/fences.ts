/** Code fences that never close: CommonMark runs them to the end of the document. */

import type { Code } from 'mdast';

/** True when the block's last source line is not a closing fence matching its opening one. */
export function isUnclosedFence(code: Code, lines: readonly string[]): boolean {
  const start = code.position?.start;
  const end = code.position?.end;
  if (!start || !end) return false;
  const opening = /^\s*(`{3,}|~{3,})/.exec(lines[start.line - 1]?.slice(start.column - 1) ?? '');
  if (!opening) return false; // an indented code block has no fence
  if (end.line === start.line) return true;
  const fence = opening[1] ?? '```';
  const last = lines[end.line - 1] ?? '';
  const closing = new RegExp(String.raw`^[\s>]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\s*$`);
  return !closing.test(last);
}
