/** Headings: each one starts a section, and the path of headings above a node is that node's section. */

import type { Heading as HeadingNode, Parents } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, type VisitorResult } from 'unist-util-visit-parents';
import type { Heading } from '../../model/log.js';
import { place, section, type ParseState } from '../state.js';

export function readHeading(node: HeadingNode, _ancestors: readonly Parents[], state: ParseState): VisitorResult {
  const text = toString(node).trim();
  state.path = state.path.filter((heading) => heading.depth < node.depth);
  const heading: Heading = { depth: node.depth, text, path: [...section(state), text], ...place(node) };
  state.log.headings.push(heading);
  state.path.push(heading);
  return SKIP;
}
