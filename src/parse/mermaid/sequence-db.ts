/** Mermaid 11's sequence "db" step: statements applied in mermaid's order into participants, messages and blocks, with the checks that make mermaid throw. */

import type {
  ParticipantKind, SequenceActivation, SequenceBlock, SequenceDiagramModel, SequenceMessage, SequenceNote, SequenceParticipant,
} from '../../model/sequence.js';
import type { BlockStatement, ParticipantStatement, SequenceStatement } from './sequence-grammar.js';
import { boxName } from './sequence-colors.js';
import type { SequenceToken } from './sequence-lexer.js';
import { entitiesAsWritten } from './prepare.js';
import { asText, isMapping, readYaml } from './yaml.js';

/** Where mermaid throws while building the diagram, or fails to draw it. */
export type BuildProblem =
  | { kind: 'create-existing'; at: SequenceToken; firstUse: SequenceToken }
  | { kind: 'create-without-message'; created: SequenceToken; message: SequenceToken }
  | { kind: 'destroy-without-message'; destroyed: SequenceToken; message: SequenceToken }
  | { kind: 'inactive-deactivation'; at: SequenceToken; participant: string; shorthand: boolean }
  | { kind: 'box-conflict'; at: SequenceToken; participant: string; box: string }
  | { kind: 'unknown-activation'; at: SequenceToken; participant: string }
  | { kind: 'unknown-type'; at: SequenceToken; participant: string; type: string }
  | { kind: 'unreadable-settings'; at: SequenceToken }
  | { kind: 'broken-settings'; at: SequenceToken; reason: string };

/** What worklog knows about each participant beyond the model, for the participant rule. */
export interface ParticipantUse {
  id: string;
  label: string;
  /** First `participant`/`actor`/`create` line naming it. */
  declaration: SequenceToken | null;
  /** First statement of any kind naming it. */
  firstMention: SequenceToken;
  /** Named by a message, a note or an activation. */
  used: boolean;
  /** Declared with `create`, which has rules of its own. */
  created: boolean;
}

export interface SequenceBuild {
  model: SequenceDiagramModel;
  uses: ParticipantUse[];
  problems: BuildProblem[];
}

export type Locate = (offset: number) => { line: number; column: number };

interface ActorRecord {
  kind: string;
  box: BlockStatement | null;
  use: ParticipantUse;
}

const participantKinds: readonly ParticipantKind[] = [
  'participant', 'actor', 'boundary', 'control', 'entity', 'database', 'collections', 'queue',
];
const isParticipantKind = (kind: string): kind is ParticipantKind => (participantKinds as readonly string[]).includes(kind);

/** A message, note or label text as mermaid keeps it: trimmed, without its `wrap:`/`nowrap:` prefix. */
export function readText(text: string): string {
  const trimmed = text.trim();
  return trimmed.replace(/^:?(?:no)?wrap:/, '').trim();
}

/** A box's name as mermaid draws it, without its colour. */
const boxLabel = (box: BlockStatement): string => readText(boxName(box.label.text));

/** The text of a `:text` token. */
const messageText = (token: SequenceToken): string => readText(token.text.trim().slice(1));

export type ParticipantSettings =
  /** What mermaid takes: `type` is any value but null (as text where it is not text), `alias` any value but a false one. */
  | { read: true; type: string | null; alias: string | null }
  /** YAML mermaid takes nothing from because it is not `key: value` pairs (`type database`). */
  | { read: false; broken: false }
  /** Not YAML at all: mermaid's reader throws, and mermaid refuses the diagram. */
  | { read: false; broken: true; reason: string };

/** A setting's value as worklog keeps it: text as written, other values as their JSON (`5`, `["a"]`). */
const settingText = (value: unknown): string => (typeof value === 'string' ? entitiesAsWritten(value) : JSON.stringify(value));

/**
 * A participant's `@{…}` settings (with mermaid's entity stand-ins, as its parser passes them on), read as mermaid 11's
 * `SequenceDB.addActor` reads them: trimmed, wrapped in `{…}` when on one line, loaded as YAML with the JSON schema.
 */
export function readParticipantSettings(content: string): ParticipantSettings {
  const trimmed = content.trim();
  const reading = readYaml(trimmed.includes('\n') ? `${trimmed}\n` : `{\n${trimmed}\n}`);
  if (!reading.read) return { read: false, broken: true, reason: reading.error.reason };
  const settings = reading.value;
  const type = isMapping(settings) && settings.type !== undefined && settings.type !== null ? settingText(settings.type) : null;
  const alias = isMapping(settings) && settings.alias ? asText(settings.alias) : null;
  const bare = !isMapping(settings) || Object.values(settings).some((value) => value === null);
  if (type === null && alias === null && bare) return { read: false, broken: false };
  return { read: true, type, alias: alias === null ? null : entitiesAsWritten(alias) };
}

/** Applies the statements as mermaid's `SequenceDB.apply` does, in the same order. */
export function buildSequence(statements: readonly SequenceStatement[], locate: Locate): SequenceBuild {
  const actors = new Map<string, ActorRecord>();
  const problems: BuildProblem[] = [];
  const messages: SequenceMessage[] = [];
  const notes: SequenceNote[] = [];
  const blocks: SequenceBlock[] = [];
  const activations: SequenceActivation[] = [];
  const explicitActivations: SequenceToken[] = [];
  const active = new Map<string, number>();
  let currentBox: BlockStatement | null = null;
  let lastCreated: SequenceToken | null = null;
  let lastDestroyed: SequenceToken | null = null;
  let title: string | null = null;
  let autonumber = false;
  // Ids named by `destroy`, which may come before any other mention.
  const destroyed = new Set<string>();

  /** Mermaid's `addActor`: a description or type replaces the old ones, a bare mention only creates. */
  const addActor = (token: SequenceToken, description: string | null, type: string | null): ActorRecord => {
    const id = token.text;
    const old = actors.get(id);
    let box = currentBox;
    if (old) {
      if (currentBox && old.box && currentBox !== old.box) {
        problems.push({ kind: 'box-conflict', at: token, participant: id, box: boxLabel(old.box) });
      }
      box = old.box ?? currentBox;
      old.box = box;
      if (description === null) return old;
    }
    const use = old?.use ?? { id, label: id, declaration: null, firstMention: token, used: false, created: false };
    use.label = description ?? id;
    const record: ActorRecord = { kind: type ?? 'participant', box, use };
    actors.set(id, record);
    return record;
  };
  const mention = (token: SequenceToken, used: boolean): void => {
    const record = addActor(token, null, null);
    if (used) record.use.used = true;
  };

  const declare = (statement: ParticipantStatement): void => {
    if (statement.created) {
      const existing = actors.get(statement.id.text);
      if (existing) problems.push({ kind: 'create-existing', at: statement.id, firstUse: existing.use.firstMention });
      lastCreated = statement.id;
    }
    let type: string = statement.kind;
    let description = statement.alias ? readText(statement.alias.text) : null;
    if (statement.config) {
      const settings = readParticipantSettings(statement.config.text);
      if (!settings.read) {
        problems.push(settings.broken ? { kind: 'broken-settings', at: statement.config, reason: settings.reason } : { kind: 'unreadable-settings', at: statement.config });
      } else {
        if (settings.type !== null) type = settings.type;
        if (settings.alias !== null && (description === null || description === statement.id.text)) description = settings.alias;
        if (settings.type !== null && !isParticipantKind(settings.type)) {
          problems.push({ kind: 'unknown-type', at: statement.config, participant: statement.id.text, type: settings.type });
        }
      }
    }
    const record = addActor(statement.id, description, type);
    record.use.declaration ??= statement.id;
    if (statement.created) record.use.created = true;
  };

  const deactivate = (participant: string, at: SequenceToken, shorthand: boolean): void => {
    const count = active.get(participant) ?? 0;
    if (count < 1) problems.push({ kind: 'inactive-deactivation', at, participant, shorthand });
    else active.set(participant, count - 1);
  };

  const checkCreateAndDestroy = (from: SequenceToken, to: SequenceToken): void => {
    if (lastCreated) {
      if (to.text !== lastCreated.text) problems.push({ kind: 'create-without-message', created: lastCreated, message: to });
      lastCreated = null;
    } else if (lastDestroyed) {
      if (to.text !== lastDestroyed.text && from.text !== lastDestroyed.text) {
        problems.push({ kind: 'destroy-without-message', destroyed: lastDestroyed, message: from });
      }
      lastDestroyed = null;
    }
  };

  const apply = (statement: SequenceStatement): void => {
    switch (statement.type) {
      case 'participant':
        declare(statement);
        return;
      case 'destroy':
        if (statement.created) {
          declare({ ...statement, type: 'participant', kind: 'participant', alias: null, config: null });
          return;
        }
        lastDestroyed = statement.id;
        destroyed.add(statement.id.text);
        return;
      case 'message': {
        mention(statement.from, true);
        mention(statement.to, true);
        checkCreateAndDestroy(statement.from, statement.to);
        messages.push({
          from: statement.from.text,
          to: statement.to.text,
          arrow: statement.arrow.text,
          text: messageText(statement.text),
          activation: statement.activation,
          centralConnection: statement.centralConnection,
          ...locate(statement.from.start),
        });
        if (statement.activation === '+') active.set(statement.to.text, (active.get(statement.to.text) ?? 0) + 1);
        if (statement.activation === '-') deactivate(statement.from.text, statement.arrow, true);
        return;
      }
      case 'note':
        for (const participant of statement.participants) mention(participant, true);
        notes.push({
          placement: statement.placement,
          participants: statement.participants.map((participant) => participant.text),
          text: messageText(statement.text),
          line: locate(statement.keyword.start).line,
        });
        return;
      case 'activation': {
        const participant = statement.participant.text;
        activations.push({ participant, kind: statement.kind, line: locate(statement.keyword.start).line });
        const record = actors.get(participant);
        if (record) record.use.used = true;
        else if (statement.kind === 'activate') explicitActivations.push(statement.participant);
        if (statement.kind === 'activate') active.set(participant, (active.get(participant) ?? 0) + 1);
        else deactivate(participant, statement.keyword, false);
        return;
      }
      case 'menu':
        mention(statement.participant, false);
        return;
      case 'autonumber':
        if (statement.visible) autonumber = true;
        return;
      case 'title':
        title = statement.text.trim();
        return;
      case 'block':
        openBlock(statement);
        return;
    }
  };

  // Statements still to apply, next last: a block puts its own on top (thousands may nest, so no recursion).
  const pending: (SequenceStatement | 'box-end')[] = [];
  const later = (statements: readonly SequenceStatement[]): void => {
    for (let position = statements.length - 1; position >= 0; position--) pending.push(statements[position] as SequenceStatement);
  };

  const openBlock = (block: BlockStatement): void => {
    blocks.push({
      kind: block.kind,
      label: block.kind === 'box' ? boxLabel(block) : readText(block.label.text),
      line: locate(block.keyword.start).line,
      endLine: block.end ? locate(block.end.start).line : null,
      branches: block.branches.map((branch) => ({
        kind: branch.kind, label: readText(branch.label.text), line: locate(branch.keyword.start).line,
      })),
    });
    if (block.kind === 'box') {
      currentBox = block;
      pending.push('box-end');
    }
    for (let position = block.branches.length - 1; position >= 0; position--) later(block.branches[position]?.body ?? []);
    later(block.body);
  };

  later(statements);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next === 'box-end') currentBox = null;
    else apply(next);
  }

  // Mermaid draws activation bars on lifelines; one it has no lifeline for breaks the drawing.
  for (const at of explicitActivations) {
    const record = actors.get(at.text);
    if (record) record.use.used = true;
    else problems.push({ kind: 'unknown-activation', at, participant: at.text });
  }

  const participants: SequenceParticipant[] = [...actors.entries()].map(([id, record]) => ({
    id,
    label: record.use.label,
    kind: isParticipantKind(record.kind) ? record.kind : 'participant',
    declared: record.use.declaration !== null,
    created: record.use.created,
    destroyed: destroyed.has(id),
    ...locate((record.use.declaration ?? record.use.firstMention).start),
  }));
  return {
    model: { title, participants, messages, notes, blocks, activations, autonumber },
    uses: [...actors.values()].map((record) => record.use),
    problems,
  };
}
