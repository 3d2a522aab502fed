/** The diagram readers, keyed by mermaid's diagram type: each reads one block into the log's model and says what it found. */

import type { Diagnostic } from '../../model/diagnostic.js';
import type { IsoDate, WorkLog } from '../../model/log.js';
import { parseCarriedGantt } from './carried-charts.js';
import type { DiagramOrigin } from './prepare.js';
import { parseSequence } from './sequence.js';

/** A mermaid block as a reader gets it. */
export interface DiagramBlock {
  /** The text inside the fence. */
  source: string;
  /** The line of the opening fence. */
  line: number;
  /** Where the text stands in the file, so that every position a reader reports is a file position. */
  origin: DiagramOrigin;
  /** The nearest heading above the block. */
  heading: string | null;
  /** The local date mermaid's "today" stands for. */
  today: IsoDate;
}

/** The log's lists of read diagrams. */
export type DiagramLists = Pick<WorkLog, 'gantts' | 'sequences'>;

/** Adds the block's diagram to its list and returns the diagnostics about it. */
export type DiagramReader = (block: DiagramBlock, lists: DiagramLists) => Diagnostic[];

export const diagramReaders: ReadonlyMap<string, DiagramReader> = new Map<string, DiagramReader>([
  ['gantt', (block, lists) => {
    const { chart, diagnostics } = parseCarriedGantt(block.source, { today: block.today, origin: block.origin });
    lists.gantts.push({ line: block.line, ...chart });
    return diagnostics;
  }],
  ['sequenceDiagram', (block, lists) => {
    const { diagram, diagnostics } = parseSequence(block.source, { origin: block.origin });
    lists.sequences.push({ line: block.line, ...diagram, title: diagram.title ?? block.heading });
    return diagnostics;
  }],
]);
