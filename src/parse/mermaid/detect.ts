/** Which mermaid diagram a block holds, read from its first statement as mermaid does. */

import { prepareDiagram } from './prepare.js';

// Mermaid's diagram keywords, as its detectors match them (case matters in mermaid).
const diagramKeywords = [
  'sequenceDiagram', 'gantt', 'flowchart-elk', 'flowchart', 'graph', 'classDiagram-v2', 'classDiagram',
  'stateDiagram-v2', 'stateDiagram', 'erDiagram', 'journey', 'pie', 'gitGraph', 'mindmap', 'timeline',
  'quadrantChart', 'requirementDiagram', 'C4Context', 'C4Container', 'C4Component', 'C4Dynamic', 'C4Deployment',
  'sankey-beta', 'sankey', 'xychart-beta', 'xychart', 'block-beta', 'block', 'packet-beta', 'packet', 'kanban',
  'architecture-beta', 'architecture', 'radar-beta', 'treemap-beta', 'treemap', 'info', 'zenuml',
];

/** The first line mermaid's detectors see: past front matter, `%%{…}%%` directives and `%%` comment lines. */
function firstStatement(source: string): string {
  const { text } = prepareDiagram(source);
  return text.slice(0, text.indexOf('\n')).trim();
}

/** The diagram type (`gantt`, `sequenceDiagram`, …), or `unknown`. */
export function detectDiagramType(source: string): string {
  const statement = firstStatement(source);
  const keyword = diagramKeywords.find((word) => statement === word || new RegExp(`^${word}(?![\\w-])`).test(statement));
  return keyword ?? 'unknown';
}
