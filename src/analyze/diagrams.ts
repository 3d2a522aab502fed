/** A line per mermaid diagram for the morning view: what it is, how big, and how many problems it has. */

import type { Finding } from '../model/diagnostic.js';
import type { MermaidBlock, WorkLog } from '../model/log.js';
import { plural } from '../words/plural.js';

export interface DiagramSummary {
  line: number;
  type: string;
  title: string | null;
  /** `22 tasks in 6 sections`, `7 participants, 5 messages`. */
  size: string | null;
  errors: number;
  warnings: number;
}

/** The findings about a block: those inside it, from the mermaid lint (`diagramFindings`, the log's only). */
function findingsIn(block: MermaidBlock, diagramFindings: readonly Finding[]): Finding[] {
  const last = block.sourceLine + block.source.split('\n').length;
  return diagramFindings.filter((finding) => finding.line >= block.line && finding.line <= last);
}

export function summariseDiagrams(log: WorkLog, findings: readonly Finding[]): DiagramSummary[] {
  // Picked out once, not once per block: a log of many days has many diagrams and many findings.
  const diagramFindings = findings.filter((finding) => finding.file === log.file
    && (finding.ruleId.startsWith('gantt/') || finding.ruleId.startsWith('sequence/')));
  // Reversed, so that the first of two charts on one line is the one kept, as a search from the top finds.
  const gantts = new Map(log.gantts.map((chart) => [chart.line, chart] as const).reverse());
  const sequences = new Map(log.sequences.map((diagram) => [diagram.line, diagram] as const).reverse());
  return log.diagrams.map((block) => {
    const inside = findingsIn(block, diagramFindings);
    const gantt = gantts.get(block.line);
    const sequence = sequences.get(block.line);
    const size = gantt ? `${plural(gantt.tasks.length, 'task')} in ${plural(gantt.sections.length, 'section')}`
      : sequence ? `${plural(sequence.participants.length, 'participant')}, ${plural(sequence.messages.length, 'message')}`
        : null;
    return {
      line: block.line,
      type: block.type,
      title: gantt?.title ?? sequence?.title ?? block.heading,
      size,
      errors: inside.filter((finding) => finding.severity === 'error').length,
      warnings: inside.filter((finding) => finding.severity === 'warning').length,
    };
  });
}
