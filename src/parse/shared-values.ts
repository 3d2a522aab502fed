/** Makes a run's models share what repeats in them: equal heading paths, short words such as statuses, and empty lists. */

import type { WorkLog } from '../model/log.js';

// Frozen, so a reader that meant to add to one model's list fails loudly instead of changing every model's.
const none: never[] = Object.freeze([]) as never[];

/** One value for equal strings and equal heading paths, across every model it is given. */
export interface ValuePool {
  word: <Word extends string | null>(value: Word) => Word;
  path: (value: string[]) => string[];
}

export function valuePool(): ValuePool {
  const words = new Map<string, string>();
  const paths = new Map<string, string[]>();
  const word = <Word extends string | null>(value: Word): Word => {
    if (value === null) return value;
    const known = words.get(value);
    if (known !== undefined) return known as Word;
    words.set(value, value);
    return value;
  };
  const path = (value: string[]): string[] => {
    if (value.length === 0) return none;
    const key = value.join('\n');
    const known = paths.get(key);
    if (known) return known;
    const shared = value.map(word);
    paths.set(key, shared);
    return shared;
  };
  return { word, path };
}

const list = <Value>(value: Value[]): Value[] => (value.length === 0 ? none : value);

/**
 * The log with its repeated values shared, in place. A model read back from JSON (from a worker or the model cache)
 * holds its own copy of every string and list: for thousands of logs, a third of their memory.
 */
export function shareValues(log: WorkLog, pool: ValuePool): WorkLog {
  for (const heading of log.headings) heading.path = pool.path(heading.path);
  for (const item of log.items) {
    item.status = pool.word(item.status);
    item.marker = pool.word(item.marker);
    item.priority = pool.word(item.priority);
    item.section = pool.path(item.section);
    item.mentions = list(item.mentions);
    item.hosts = list(item.hosts);
    item.dates = list(item.dates);
  }
  for (const note of log.notes) {
    note.kind = pool.word(note.kind);
    note.section = pool.path(note.section);
  }
  for (const sequence of log.sequences) {
    for (const participant of sequence.participants) participant.kind = pool.word(participant.kind);
    for (const message of sequence.messages) {
      message.from = pool.word(message.from);
      message.to = pool.word(message.to);
      message.arrow = pool.word(message.arrow);
    }
  }
  for (const gantt of log.gantts) {
    for (const task of gantt.tasks) {
      task.section = pool.word(task.section);
      task.tags = list(task.tags);
    }
  }
  return log;
}
