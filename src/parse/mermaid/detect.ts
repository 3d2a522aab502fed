/** Which mermaid diagram a block holds, read from its first statement as mermaid does. */

// Mermaid's diagram keywords, as its detectors match them (case matters in mermaid).
const diagramKeywords = [
  'sequenceDiagram', 'gantt', 'flowchart-elk', 'flowchart', 'graph', 'classDiagram-v2', 'classDiagram',
  'stateDiagram-v2', 'stateDiagram', 'erDiagram', 'journey', 'pie', 'gitGraph', 'mindmap', 'timeline',
  'quadrantChart', 'requirementDiagram', 'C4Context', 'C4Container', 'C4Component', 'C4Dynamic', 'C4Deployment',
  'sankey-beta', 'sankey', 'xychart-beta', 'xychart', 'block-beta', 'block', 'packet-beta', 'packet', 'kanban',
  'architecture-beta', 'architecture', 'radar-beta', 'treemap-beta', 'treemap', 'info', 'zenuml',
];

/** Drops front matter (`---` … `---`), `%%{init}%%` directives and `%%` comments before the first statement. */
function firstStatement(source: string): string {
  const lines = source.split('\n');
  let index = 0;
  while (index < lines.length && (lines[index] ?? '').trim() === '') index++;
  if ((lines[index] ?? '').trim() === '---') {
    const close = lines.findIndex((line, i) => i > index && line.trim() === '---');
    index = close < 0 ? lines.length : close + 1;
  }
  for (; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    if (line !== '' && !line.startsWith('%%')) return line;
  }
  return '';
}

/** The diagram type (`gantt`, `sequenceDiagram`, …), or `unknown`. */
export function detectDiagramType(source: string): string {
  const statement = firstStatement(source);
  const keyword = diagramKeywords.find((word) => statement === word || new RegExp(`^${word}(?![\\w-])`).test(statement));
  return keyword ?? 'unknown';
}
