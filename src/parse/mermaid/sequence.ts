/** Reads a mermaid sequence diagram the way mermaid 11 does, into the typed model and its diagnostics. */

import type { Diagnostic } from '../../model/diagnostic.js';
import { diagnostic } from '../../rules/diagnostic.js';
import type { SequenceDiagramModel } from '../../model/sequence.js';
import { buildSequence } from './sequence-db.js';
import { parseSequenceTokens } from './sequence-grammar.js';
import { tokenize } from './sequence-lexer.js';
import {
  buildFinding, frontMatterFinding, grammarFinding, participantFindings, textFindings, type SequenceFinding,
} from './sequence-rules.js';
import { entitiesAsWritten, positionOf, prepareDiagram, type DiagramOrigin } from './prepare.js';

export interface SequenceParseOptions {
  /** Where the diagram stands in its file; a bare diagram starts at line 1, column 1. */
  origin?: DiagramOrigin;
}

/**
 * Reads a `sequenceDiagram` (the text inside the fence). Lines and columns are in the file `options.origin`
 * places the diagram in; the title is the diagram's own `title` line, else its front matter title, else null.
 */
export function parseSequence(source: string, options: SequenceParseOptions = {}): { diagram: SequenceDiagramModel; diagnostics: Diagnostic[] } {
  const prepared = prepareDiagram(source, options.origin);
  const locate = (offset: number): { line: number; column: number } => positionOf(prepared, offset);
  const lineOf = (offset: number): number => locate(offset).line;

  const lexed = tokenize(prepared.text);
  // Entity codes go back to how they were written (`#35;`) once the lexer no longer needs them shielded;
  // participant settings stay as mermaid's YAML reader sees them, and their values are restored once read.
  // A token is copied only when it holds an entity: the lexer's tokens are not used again.
  const tokens = lexed.tokens.map((token) => {
    const text = token.type === 'CONFIG_CONTENT' ? token.text : entitiesAsWritten(token.text);
    return text === token.text ? token : { ...token, text };
  });
  const { comments } = lexed;
  const syntax = parseSequenceTokens(tokens, prepared.text);
  const build = buildSequence(syntax.statements, locate);
  const refusal = prepared.frontMatter?.refusal;

  const findings: SequenceFinding[] = [
    ...(refusal ? [frontMatterFinding(refusal)] : []),
    ...syntax.problems.map((problem) => grammarFinding(problem, prepared.text)),
    ...build.problems.map((problem) => buildFinding(problem, lineOf)),
    ...participantFindings(build.uses, lineOf),
    ...textFindings(tokens, comments, syntax.ignored, prepared.text),
  ];
  const diagnostics = findings
    .map(({ ruleId, message, offset }) => diagnostic(ruleId, message, typeof offset === 'number' ? locate(offset) : offset))
    .sort((a, b) => a.line - b.line || a.column - b.column);

  return {
    diagram: { ...build.model, title: build.model.title ?? prepared.frontMatter?.title ?? null },
    diagnostics,
  };
}
