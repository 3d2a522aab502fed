/** A mermaid sequence diagram as worklog reads it: participants, messages, notes and blocks. */

import type { Column, Line } from './log.js';

export type ParticipantKind =
  | 'participant' | 'actor' | 'boundary' | 'control' | 'entity' | 'database' | 'collections' | 'queue';

export interface SequenceParticipant {
  id: string;
  /** The alias (`participant phone as 端` → `端`), else the id. */
  label: string;
  kind: ParticipantKind;
  /** Declared with `participant`/`actor`/… (or `create`), rather than created by first use. */
  declared: boolean;
  /** Introduced with `create`, so mermaid draws its box where the creating message arrives. */
  created: boolean;
  /** Ended with `destroy`, so mermaid ends its lifeline with a cross. */
  destroyed: boolean;
  /** Where it was declared or first used: in the chart source as parsed, in the log file once placed in a log. */
  line: Line;
  column: Column;
}

export interface SequenceMessage {
  from: string;
  to: string;
  /** The arrow as written: `->>`, `-->>`, `->`, `-->`, `-x`, `--x`, `-)`, `--)`, `<<->>`, … */
  arrow: string;
  text: string;
  /** `+` activates the receiver, `-` deactivates the sender, as written after the arrow. */
  activation: '+' | '-' | null;
  /** `()` marks written before the arrow (`from`), before the receiver (`to`), or both. */
  centralConnection: 'from' | 'to' | 'both' | null;
  line: Line;
  column: Column;
}

export interface SequenceNote {
  placement: 'left of' | 'right of' | 'over';
  participants: string[];
  text: string;
  line: Line;
}

export type SequenceBlockKind = 'loop' | 'alt' | 'opt' | 'par' | 'par_over' | 'critical' | 'break' | 'rect' | 'box';

export interface SequenceBlock {
  kind: SequenceBlockKind;
  label: string;
  line: Line;
  /** The line of its `end`, or null when the block never closes. */
  endLine: Line | null;
  /** `else` (alt), `and` (par), `option` (critical) branches. */
  branches: { kind: 'else' | 'and' | 'option'; label: string; line: Line }[];
}

export interface SequenceActivation {
  participant: string;
  kind: 'activate' | 'deactivate';
  line: Line;
}

export interface SequenceDiagramModel {
  /** The diagram's own `title` line, or null (the log fills in the heading above the block). */
  title: string | null;
  participants: SequenceParticipant[];
  messages: SequenceMessage[];
  notes: SequenceNote[];
  blocks: SequenceBlock[];
  activations: SequenceActivation[];
  autonumber: boolean;
}
