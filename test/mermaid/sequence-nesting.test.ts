import { beforeAll, describe, expect, it } from 'vitest';
import { parseSequence } from '../../src/parse/mermaid/sequence.js';
import { asReference, comparable } from './sequence-compare.js';
import { loadMermaidSequence, type ReferenceReading } from './sequence-mermaid.js';

// Deeper than any call stack recursion could go one level at a time: worklog keeps open blocks on a stack of its own.
const depth = 2000;
const kinds = ['loop', 'alt', 'opt', 'par', 'critical', 'break', 'rect rgb(0,0,0)'] as const;
const branchOf: Record<string, string> = { alt: 'else', par: 'and', critical: 'option' };

/** `depth` blocks, each inside the one before, with a message in each and a branch where the block takes one. */
function nested(closed: boolean): string {
  const lines = ['sequenceDiagram', 'participant A', 'participant B'];
  const closing: string[][] = [];
  for (let level = 0; level < depth; level++) {
    const kind = kinds[level % kinds.length] ?? 'loop';
    lines.push(`${kind} level ${level}`, `A->>B: in ${level}`);
    const branch = branchOf[kind];
    closing.push(branch ? [`${branch} other ${level}`, `B->>A: out ${level}`, 'end'] : ['end']);
  }
  // Innermost first: each block's branch and `end` come after everything inside it.
  if (closed) for (const group of closing.reverse()) for (const line of group) lines.push(line);
  return `${lines.join('\n')}\n`;
}

describe(`a sequence diagram with ${depth} nested blocks`, () => {
  let reference: ReferenceReading | undefined;

  beforeAll(async () => {
    reference = await (await loadMermaidSequence())(nested(true));
  }, 60_000);

  it('is read without an error, every block and message in place', () => {
    const { diagram, diagnostics } = parseSequence(nested(true));
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(diagram.blocks).toHaveLength(depth);
    expect(diagram.blocks.every((block) => block.endLine !== null)).toBe(true);
    expect(diagram.messages[0]?.text).toBe('in 0');
    expect(diagram.messages.at(-1)?.text).toBe('out 1');
  });

  it('is read as mermaid reads it', () => {
    expect(reference?.drawn).toBe(true);
    if (reference?.drawn) expect(asReference(parseSequence(nested(true)).diagram)).toEqual(comparable(reference.sequence));
  });

  it('left open, gives one unclosed-block error per block, innermost first', () => {
    const unclosed = parseSequence(nested(false)).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'sequence/unclosed-block');
    expect(unclosed).toHaveLength(depth);
  });
});
