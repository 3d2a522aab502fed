/** Reads a mermaid sequence diagram the way mermaid 11 does, into the typed model and its diagnostics. */

import type { Diagnostic } from '../../model/diagnostic.js';
import { diagnostic } from '../../rules/diagnostic.js';
import type { SequenceDiagramModel } from '../../model/sequence.js';
import { buildSequence } from './sequence-db.js';
import { parseSequenceTokens } from './sequence-grammar.js';
import { tokenize } from './sequence-lexer.js';
import { buildFinding, grammarFinding, participantFindings, textFindings, type SequenceFinding } from './sequence-rules.js';
import { cleanSequenceSource, restoreEntities } from './sequence-source.js';

/** Offsets of each line's start, for turning offsets into 1-based lines and columns. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let index = source.indexOf('\n'); index >= 0; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/**
 * Reads a `sequenceDiagram` (the text inside the fence). Lines and columns are 1-based in `source`;
 * the title is the diagram's own `title` line, else its front matter title, else null.
 */
export function parseSequence(source: string): { diagram: SequenceDiagramModel; diagnostics: Diagnostic[] } {
  const cleaned = cleanSequenceSource(source);
  const starts = lineStarts(source);
  const locate = (offset: number): { line: number; column: number } => {
    const origin = cleaned.origins[Math.min(Math.max(offset, 0), cleaned.origins.length - 1)] ?? 0;
    let line = starts.length;
    while (line > 1 && (starts[line - 1] ?? 0) > origin) line--;
    return { line, column: origin - (starts[line - 1] ?? 0) + 1 };
  };
  const lineOf = (offset: number): number => locate(offset).line;

  const lexed = tokenize(cleaned.text);
  // Entity codes go back to how they were written (`#35;`) once the lexer no longer needs them shielded.
  const tokens = lexed.tokens.map((token) => ({ ...token, text: restoreEntities(token.text) }));
  const { comments } = lexed;
  const syntax = parseSequenceTokens(tokens, cleaned.text);
  const build = buildSequence(syntax.statements, locate);

  const findings: SequenceFinding[] = [
    ...syntax.problems.map((problem) => grammarFinding(problem, cleaned.text)),
    ...build.problems.map((problem) => buildFinding(problem, lineOf)),
    ...participantFindings(build.uses, lineOf),
    ...textFindings(tokens, comments, syntax.ignored, cleaned.text),
  ];
  const diagnostics = findings
    .map(({ ruleId, message, offset }) => diagnostic(ruleId, message, locate(offset)))
    .sort((a, b) => a.line - b.line || a.column - b.column);

  return {
    diagram: { ...build.model, title: build.model.title ?? cleaned.frontMatterTitle },
    diagnostics,
  };
}
