/** worklog's sequence model in mermaid's terms, and mermaid's reading as worklog's model can hold it, for comparing the two. */

import type { SequenceBlockKind, SequenceDiagramModel } from '../../src/model/sequence.js';
import type { ReferenceSequence } from './sequence-mermaid.js';

export type ComparableSequence = Omit<ReferenceSequence, 'title'>;

// mermaid's line type for each arrow as written (mermaid's lexer ignores case: `-X` is `-x`).
const lineTypes: Readonly<Record<string, string>> = {
  '->>': 'SOLID', '-->>': 'DOTTED', '->': 'SOLID_OPEN', '-->': 'DOTTED_OPEN',
  '-x': 'SOLID_CROSS', '--x': 'DOTTED_CROSS', '-)': 'SOLID_POINT', '--)': 'DOTTED_POINT',
  '<<->>': 'BIDIRECTIONAL_SOLID', '<<-->>': 'BIDIRECTIONAL_DOTTED',
  '-|\\': 'SOLID_TOP', '-|/': 'SOLID_BOTTOM', '-\\\\': 'STICK_TOP', '-//': 'STICK_BOTTOM',
  '/|-': 'SOLID_ARROW_TOP_REVERSE', '\\|-': 'SOLID_ARROW_BOTTOM_REVERSE', '//-': 'STICK_ARROW_TOP_REVERSE', '\\\\-': 'STICK_ARROW_BOTTOM_REVERSE',
  '--|\\': 'SOLID_TOP_DOTTED', '--|/': 'SOLID_BOTTOM_DOTTED', '--\\\\': 'STICK_TOP_DOTTED', '--//': 'STICK_BOTTOM_DOTTED',
  '/|--': 'SOLID_ARROW_TOP_REVERSE_DOTTED', '\\|--': 'SOLID_ARROW_BOTTOM_REVERSE_DOTTED',
  '//--': 'STICK_ARROW_TOP_REVERSE_DOTTED', '\\\\--': 'STICK_ARROW_BOTTOM_REVERSE_DOTTED',
};

const blockStarts: Readonly<Record<Exclude<SequenceBlockKind, 'box'>, string>> = {
  loop: 'LOOP_START', alt: 'ALT_START', opt: 'OPT_START', par: 'PAR_START', par_over: 'PAR_OVER_START',
  critical: 'CRITICAL_START', break: 'BREAK_START', rect: 'RECT_START',
};
const branchTypes = { else: 'ALT_ELSE', and: 'PAR_AND', option: 'CRITICAL_OPTION' } as const;
const placements = { 'left of': 'LEFTOF', 'right of': 'RIGHTOF', over: 'OVER' } as const;
const kinds = new Set(['participant', 'actor', 'boundary', 'control', 'entity', 'database', 'collections', 'queue']);

// Where mermaid parses a diagram but fails only when it draws it.
export const drawingRules = new Set(['sequence/unknown-activation']);

/** worklog's model in mermaid's terms. */
export function asReference(diagram: SequenceDiagramModel): ComparableSequence {
  return {
    participants: diagram.participants.map(({ id, label, kind }) => ({ id, label, kind })),
    messages: diagram.messages.map(({ from, to, arrow, text }) => ({ from, to, lineType: lineTypes[arrow.toLowerCase()] ?? arrow, text })),
    notes: diagram.notes.map(({ placement, participants, text }) => ({
      placement: placements[placement],
      participants: [participants[0] ?? '', participants[1] ?? participants[0] ?? ''],
      text,
    })),
    blocks: diagram.blocks.flatMap((block) => (block.kind === 'box' ? [] : [`${blockStarts[block.kind]} ${block.label}`])),
    branches: diagram.blocks
      .flatMap((block) => block.branches)
      .sort((a, b) => a.line - b.line)
      .map((branch) => `${branchTypes[branch.kind]} ${branch.label}`),
    created: diagram.participants.filter((participant) => participant.created).map((participant) => participant.id).sort(),
    destroyed: diagram.participants.filter((participant) => participant.destroyed).map((participant) => participant.id).sort(),
  };
}

/** mermaid's reading as worklog's model holds it: a type mermaid has no shape for is a plain participant (`sequence/participant-type` reports it). */
export function comparable(sequence: ReferenceSequence): ComparableSequence {
  return {
    participants: sequence.participants.map((participant) => ({ ...participant, kind: kinds.has(participant.kind) ? participant.kind : 'participant' })),
    messages: sequence.messages,
    notes: sequence.notes,
    blocks: sequence.blocks,
    branches: sequence.branches,
    created: [...sequence.created].sort(),
    // A `destroy` of an id no participant has changes nothing mermaid draws.
    destroyed: sequence.destroyed.filter((id) => sequence.participants.some((participant) => participant.id === id)).sort(),
  };
}
