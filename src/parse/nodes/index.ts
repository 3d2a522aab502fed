/** What worklog reads from each kind of markdown node: one handler per node type, all over one parse state. */

import type { Nodes, Parents } from 'mdast';
import { SKIP, type VisitorResult } from 'unist-util-visit-parents';
import { addNote, place, type ParseState } from '../state.js';
import { readCode } from './code.js';
import { readHeading } from './heading.js';
import { readListItem, readParagraph } from './items.js';
import { readTable } from './table.js';

/** Reads one node into the state; SKIP when its children need no reading of their own. */
export type NodeHandler<Node extends Nodes> = (node: Node, ancestors: readonly Parents[], state: ParseState) => VisitorResult;

type NodeHandlers = { [Type in Nodes['type']]?: NodeHandler<Extract<Nodes, { type: Type }>> };

// Node types without a handler are walked into: their children (list items, paragraphs in a blockquote …) are read.
export const handlers: NodeHandlers = {
  yaml: (node, _ancestors, state) => {
    state.log.frontMatter = node.value;
    return SKIP;
  },
  heading: readHeading,
  listItem: readListItem,
  paragraph: readParagraph,
  table: readTable,
  code: readCode,
  html: (node, _ancestors, state) => {
    addNote(state, 'html', node.value, place(node).line, place(node).column);
    return SKIP;
  },
  definition: (node, _ancestors, state) => {
    addNote(state, 'definition', `[${node.label ?? node.identifier}]: ${node.url}`, place(node).line, place(node).column);
    return SKIP;
  },
};

/** Reads a node with the handler for its type. */
export function readNode<Node extends Nodes>(node: Node, ancestors: readonly Parents[], state: ParseState): VisitorResult {
  // The table is keyed by node type, so the handler found is the one for this node's type.
  const handler = handlers[node.type] as NodeHandler<Node> | undefined;
  return handler?.(node, ancestors, state);
}
