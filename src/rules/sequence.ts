/** The sequence diagram lint's rules: what mermaid refuses to draw (errors) or draws other than written. */

import type { RuleMeta } from './meta.js';

export const sequenceRules = [
  { id: 'sequence/unused-participant', defaultSeverity: 'warning', description: 'A participant declared but never used: mermaid draws an empty lifeline.' },
  { id: 'sequence/undeclared-participant', defaultSeverity: 'info', description: 'A participant used but never declared, in a diagram that declares others: mermaid creates it where it is first used, labelled with its id.' },
  { id: 'sequence/late-declaration', defaultSeverity: 'info', description: 'A participant declared after its first use: mermaid keeps it where it was first used.' },
  { id: 'sequence/syntax', defaultSeverity: 'error', description: "A line mermaid's sequence grammar cannot read, so mermaid draws nothing." },
  { id: 'sequence/missing-colon', defaultSeverity: 'error', description: 'A message or note without `:` before its text.' },
  { id: 'sequence/full-width-colon', defaultSeverity: 'error', description: 'A full-width colon `：` where mermaid needs `:`.' },
  { id: 'sequence/unclosed-block', defaultSeverity: 'error', description: 'A loop/alt/opt/par/critical/break/rect/box never closed with `end`.' },
  { id: 'sequence/unmatched-end', defaultSeverity: 'error', description: 'An `end` that closes no block.' },
  { id: 'sequence/misplaced-branch', defaultSeverity: 'error', description: '`else`, `and` or `option` outside the block it divides.' },
  { id: 'sequence/create', defaultSeverity: 'error', description: '`create` of an existing participant, or not followed by a message to it.' },
  { id: 'sequence/destroy', defaultSeverity: 'error', description: '`destroy` not followed by a message from or to the participant.' },
  { id: 'sequence/deactivate', defaultSeverity: 'error', description: 'Deactivating a participant that is not active.' },
  { id: 'sequence/box', defaultSeverity: 'error', description: 'A participant placed in two boxes.' },
  { id: 'sequence/unknown-activation', defaultSeverity: 'error', description: 'Activating a participant that has no lifeline, which breaks the drawing.' },
  { id: 'sequence/participant-type', defaultSeverity: 'warning', description: 'A participant `type` mermaid has no shape for.' },
  { id: 'sequence/participant-settings', defaultSeverity: 'warning', description: 'Participant `@{…}` settings worklog cannot read.' },
  { id: 'sequence/cut-text', defaultSeverity: 'warning', description: '`#` cutting a text: mermaid drops the rest of the line as a comment.' },
  { id: 'sequence/inline-comment', defaultSeverity: 'warning', description: '`%%` after a statement, which mermaid draws as part of the text or id.' },
  { id: 'sequence/ignored-text', defaultSeverity: 'warning', description: 'Stray characters at the start of a statement, which mermaid ignores.' },
] as const satisfies readonly RuleMeta[];

export type SequenceRuleId = (typeof sequenceRules)[number]['id'];
