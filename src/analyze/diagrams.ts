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

/** The findings about a block: those inside it, from the mermaid lint. */
function findingsIn(block: MermaidBlock, findings: readonly Finding[], file: string): Finding[] {
  const last = block.sourceLine + block.source.split('\n').length;
  return findings.filter((finding) => finding.file === file && finding.line >= block.line && finding.line <= last
    && (finding.ruleId.startsWith('gantt/') || finding.ruleId.startsWith('sequence/')));
}

export function summariseDiagrams(log: WorkLog, findings: readonly Finding[]): DiagramSummary[] {
  return log.diagrams.map((block) => {
    const inside = findingsIn(block, findings, log.file);
    const gantt = log.gantts.find((chart) => chart.line === block.line);
    const sequence = log.sequences.find((diagram) => diagram.line === block.line);
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
