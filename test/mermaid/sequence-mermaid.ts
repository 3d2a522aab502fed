/** mermaid's own sequence parser run in Node on a jsdom page: the reference worklog's sequence model is checked against. */

import { loadMermaid } from './mermaid-render.js';

export interface ReferenceParticipant {
  id: string;
  label: string;
  kind: string;
}

export interface ReferenceMessage {
  from: string;
  to: string;
  /** mermaid's line type name, e.g. `SOLID`, `DOTTED_OPEN`, `BIDIRECTIONAL_SOLID`. */
  lineType: string;
  text: string;
}

export interface ReferenceNote {
  placement: string;
  participants: string[];
  text: string;
}

export interface ReferenceSequence {
  title: string;
  participants: ReferenceParticipant[];
  messages: ReferenceMessage[];
  notes: ReferenceNote[];
  /** Block starts in source order: `LOOP_START every minute`, … */
  blocks: string[];
  /** Branch keywords in source order: `ALT_ELSE no`, `PAR_AND b`, … */
  branches: string[];
  created: string[];
  destroyed: string[];
}

export type ReferenceReading = { drawn: true; sequence: ReferenceSequence } | { drawn: false; error: string };

interface MermaidActor {
  /** Text, or any YAML value a participant's `alias` setting gives. */
  description: unknown;
  type: unknown;
}

interface MermaidMessage {
  from?: string;
  to?: string;
  message: unknown;
  type?: number;
  placement?: number;
}

interface MermaidSequenceDb {
  LINETYPE: Record<string, number>;
  PLACEMENT: Record<string, number>;
  getActors(): Map<string, MermaidActor>;
  getMessages(): MermaidMessage[];
  getCreatedActors(): Map<string, number>;
  getDestroyedActors(): Map<string, number>;
  getDiagramTitle(): string;
}

// mermaid shields entity codes (`#35;`) as `ﬂ°°35¶ß` and `#amp;` as `ﬂ°amp¶ß` until it draws them; worklog keeps them as written.
export const asWritten = (text: string): string => text.replace(/ﬂ°°(\d+)¶ß/g, '#$1;').replace(/ﬂ°(\w+)¶ß/g, '#$1;');

const blockStarts = ['LOOP_START', 'ALT_START', 'OPT_START', 'PAR_START', 'PAR_OVER_START', 'CRITICAL_START', 'BREAK_START', 'RECT_START'];
const branchTypes = ['ALT_ELSE', 'PAR_AND', 'CRITICAL_OPTION'];

const textOf = (message: unknown): string => (typeof message === 'string' ? asWritten(message) : '');

function toReference(db: MermaidSequenceDb): ReferenceSequence {
  const typeName = new Map(Object.entries(db.LINETYPE).map(([name, value]) => [value, name]));
  const placementName = new Map(Object.entries(db.PLACEMENT).map(([name, value]) => [value, name]));
  const entries = db.getMessages().map((message) => ({ ...message, name: typeName.get(message.type ?? -1) ?? '' }));
  return {
    title: db.getDiagramTitle(),
    participants: [...db.getActors()].map(([id, actor]) => ({ id: asWritten(id), label: asWritten(String(actor.description)), kind: String(actor.type) })),
    messages: entries
      .filter((entry) => entry.to !== undefined && entry.name !== 'NOTE')
      .map((entry) => ({ from: asWritten(entry.from ?? ''), to: asWritten(entry.to ?? ''), lineType: entry.name, text: textOf(entry.message) })),
    notes: entries
      .filter((entry) => entry.name === 'NOTE')
      .map((entry) => ({
        placement: placementName.get(entry.placement ?? -1) ?? '',
        participants: [asWritten(entry.from ?? ''), asWritten(entry.to ?? '')],
        text: textOf(entry.message),
      })),
    blocks: entries.filter((entry) => blockStarts.includes(entry.name)).map((entry) => `${entry.name} ${textOf(entry.message)}`),
    branches: entries.filter((entry) => branchTypes.includes(entry.name)).map((entry) => `${entry.name} ${textOf(entry.message)}`),
    created: [...db.getCreatedActors().keys()].map(asWritten),
    destroyed: [...db.getDestroyedActors().keys()].map(asWritten),
  };
}

/** Loads mermaid on a jsdom page and returns a function that reads a diagram with mermaid's own parser, as it renders. */
export async function loadMermaidSequence(): Promise<(diagram: string) => Promise<ReferenceReading>> {
  const read = await loadMermaid();
  return async (diagram) => {
    // The same path as rendering: front matter, directives, comments and entity codes are handled first.
    const reading = await read(diagram);
    return reading.drawn ? { drawn: true, sequence: toReference(reading.diagram.db as MermaidSequenceDb) } : reading;
  };
}
