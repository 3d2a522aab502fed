/** Code blocks: a mermaid block is kept with its diagram type and read by that type's reader; other code is a note. */

import type { Code, Parents } from 'mdast';
import { SKIP, type VisitorResult } from 'unist-util-visit-parents';
import { diagnostic } from '../../rules/diagnostic.js';
import { isUnclosedFence, unclosedFenceMessage } from '../fences.js';
import { detectDiagramType } from '../mermaid/detect.js';
import type { DiagramOrigin } from '../mermaid/prepare.js';
import { diagramReaders } from '../mermaid/readers.js';
import { addDiagnostics, addNote, place, type ParseState } from '../state.js';

/**
 * Where a fenced block's text stands in the file: from the line after the fence, at the fence's column. The
 * container takes its indentation off every line, so a line indented less than the fence, or after `>` without a
 * space, starts elsewhere: where its text stands at the end of its file line.
 */
function blockOrigin(node: Code, lines: readonly string[]): DiagramOrigin {
  const { line, column } = place(node);
  const lineColumns = node.value.split('\n').map((text, index) => {
    const fileLine = lines[line + index] ?? '';
    const start = fileLine.length - text.length + 1;
    return fileLine.endsWith(text) && start !== column ? start : undefined;
  });
  return { line: line + 1, column, lineColumns };
}

export function readCode(node: Code, _ancestors: readonly Parents[], state: ParseState): VisitorResult {
  const { lines, today } = state.settings;
  const { line, column } = place(node);
  if (isUnclosedFence(node, lines)) {
    state.log.diagnostics.push(diagnostic(
      'parse/unclosed-fence',
      unclosedFenceMessage(node, lines),
      { line, column },
    ));
  }
  if (!/^(mermaid|mmd)$/i.test(node.lang ?? '')) {
    addNote(state, 'code', node.value, line, column);
    return SKIP;
  }
  const type = detectDiagramType(node.value);
  if (type === 'unknown') {
    state.log.diagnostics.push(diagnostic(
      'parse/unknown-diagram',
      'mermaid will not draw this block: its first statement names no diagram type mermaid knows (gantt, sequenceDiagram, flowchart, …)',
      { line, column },
    ));
  }
  const heading = state.path.at(-1)?.text ?? null;
  state.log.diagrams.push({ line, type, source: node.value, sourceLine: line + 1, heading });
  const read = diagramReaders.get(type);
  if (read) addDiagnostics(state, read({ source: node.value, line, origin: blockOrigin(node, lines), heading, today }, state.log));
  return SKIP;
}
