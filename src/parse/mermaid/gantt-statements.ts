/** A mermaid gantt chart's statements with positions, read exactly as mermaid 11's gantt lexer and grammar (gantt.jison) read them. */

import type { GanttTag } from '../../model/gantt.js';
import { lexGantt, type GanttSkip, type GanttToken } from './gantt-lexer.js';
import { positionOf, prepareDiagram, writtenText, type DiagramOrigin, type FilePosition, type PreparedDiagram } from './prepare.js';

export type GanttSettingKeyword =
  | 'dateFormat' | 'inclusiveEndDates' | 'topAxis' | 'axisFormat' | 'tickInterval' | 'includes' | 'excludes'
  | 'todayMarker' | 'weekday' | 'weekend' | 'title';

/** One statement as mermaid's gantt grammar reads it; `rejected` is a token the grammar has no place for. */
export type GanttStatement =
  | { kind: 'diagram'; token: GanttToken }
  | { kind: 'setting'; keyword: GanttSettingKeyword; token: GanttToken; value: string }
  | { kind: 'section'; token: GanttToken; value: string }
  | { kind: 'task'; token: GanttToken; data: GanttToken }
  | { kind: 'other'; tokens: GanttToken[] }
  | { kind: 'rejected'; token: GanttToken; reason: 'no-colon' | 'unexpected'; previous: GanttToken | null };

/** A data field of a task, trimmed, with its offset in the prepared text. */
export interface GanttField {
  text: string;
  start: number;
}

/** A task statement's data split as mermaid splits it: leading tags, then the fields. */
export interface GanttTaskReading {
  statement: Extract<GanttStatement, { kind: 'task' }>;
  /** The section as written, trimmed. */
  section: string;
  tags: GanttTag[];
  fields: GanttField[];
}

export interface GanttReading {
  source: string;
  prepared: PreparedDiagram;
  tokens: GanttToken[];
  skipped: GanttSkip[];
  statements: GanttStatement[];
  tasks: GanttTaskReading[];
}

// mermaid's tags, in the order it tests them; only leading fields that are exactly a tag count.
const tagOrder: GanttTag[] = ['active', 'done', 'crit', 'milestone', 'vert'];
const tagPatterns = tagOrder.map((tag) => [tag, new RegExp(String.raw`^\s*${tag}\s*$`)] as const);

// Where each keyword's value starts in its token: the keyword and one whitespace character (mermaid's `substr`).
export const valueOffsets: Partial<Record<GanttSettingKeyword | 'section', number>> = {
  dateFormat: 11, axisFormat: 11, tickInterval: 13, includes: 9, excludes: 9, todayMarker: 12, title: 6, section: 8,
};

const settingKinds = new Set<string>([
  'dateFormat', 'inclusiveEndDates', 'topAxis', 'axisFormat', 'tickInterval', 'includes', 'excludes', 'todayMarker',
  'weekday', 'weekend', 'title',
]);

function isSettingKeyword(kind: string): kind is GanttSettingKeyword {
  return settingKinds.has(kind);
}

/** A setting's value as mermaid passes it on: the text after the keyword, or the day of `weekday`/`weekend`. */
function settingValue(keyword: GanttSettingKeyword, text: string): string {
  const offset = valueOffsets[keyword];
  if (offset !== undefined) return text.slice(offset);
  return keyword === 'weekday' || keyword === 'weekend' ? (text.split(/\s+/).at(-1) ?? '').toLowerCase() : '';
}

/** The tokens of a click statement from `index`: `click` then a callback and/or a link, in mermaid's orders. */
function clickLength(tokens: GanttToken[], index: number): number {
  const kinds = tokens.slice(index + 1, index + 4).map((token) => token.kind).join(' ');
  const forms = [
    'callbackName callbackArgs href', 'href callbackName callbackArgs',
    'callbackName callbackArgs', 'callbackName href', 'href callbackName', 'callbackName', 'href',
  ];
  const form = forms.find((candidate) => kinds === candidate || kinds.startsWith(`${candidate} `));
  return form ? form.split(' ').length + 1 : 0;
}

/** Statements in the order of mermaid's grammar; a token it rejects is kept as `rejected`, and reading goes on. */
function readStatements(text: string, tokens: GanttToken[]): GanttStatement[] {
  const statements: GanttStatement[] = [];
  let index = 0;
  const reject = (token: GanttToken, reason: 'no-colon' | 'unexpected'): void => {
    const previous = tokens[tokens.indexOf(token) - 1] ?? null;
    const last = statements.at(-1);
    // mermaid stops at its first error; only the first rejection of a line is kept, the rest follow from it.
    if (last?.kind === 'rejected' && !text.slice(last.token.end, token.start).includes('\n')) return;
    statements.push({ kind: 'rejected', token, reason, previous });
  };
  let started = false;
  let diagram = false;
  while (index < tokens.length) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (!token || token.kind === 'end') break;
    if (token.kind === 'newline') {
      index += 1;
    } else if (token.kind === 'gantt' && !diagram) {
      statements.push({ kind: 'diagram', token });
      started = true;
      diagram = true;
      index += 1;
    } else if (!started) {
      // mermaid's grammar starts with `gantt`; whatever comes first instead is rejected.
      reject(token, 'unexpected');
      started = true;
      index += 1;
    } else if (isSettingKeyword(token.kind)) {
      statements.push({ kind: 'setting', keyword: token.kind, token, value: settingValue(token.kind, token.text) });
      index += 1;
    } else if (token.kind === 'section') {
      statements.push({ kind: 'section', token, value: token.text.slice(valueOffsets.section ?? 0) });
      index += 1;
    } else if (token.kind === 'taskText' && next?.kind === 'taskData') {
      statements.push({ kind: 'task', token, data: next });
      index += 2;
    } else if (token.kind === 'taskText' && next?.kind === 'colon') {
      reject(next, 'unexpected');
      index += 2;
    } else if (token.kind === 'taskText') {
      reject(token, 'no-colon');
      index += 1;
    } else if ((token.kind === 'accTitle' && next?.kind === 'accTitleValue') || (token.kind === 'accDescr' && next?.kind === 'accDescrValue')) {
      statements.push({ kind: 'other', tokens: [token, next] });
      index += 2;
    } else if (token.kind === 'accDescrBlock') {
      statements.push({ kind: 'other', tokens: [token] });
      index += 1;
    } else if (token.kind === 'click' && clickLength(tokens, index) > 0) {
      const length = clickLength(tokens, index);
      statements.push({ kind: 'other', tokens: tokens.slice(index, index + length) });
      index += length;
    } else {
      reject(token, 'unexpected');
      index += 1;
    }
  }
  return statements;
}

/** Splits a task's data at commas (mermaid keeps empty fields), removes leading tags, and trims the rest. */
function readTaskData(data: GanttToken): { tags: GanttTag[]; fields: GanttField[] } {
  const raw: GanttField[] = [];
  let start = data.start + 1;
  for (const part of data.text.slice(1).split(',')) {
    raw.push({ text: part, start });
    start += part.length + 1;
  }
  const tags = new Set<GanttTag>();
  for (let found = true; found && raw.length > 0;) {
    const tag = tagPatterns.find(([, pattern]) => pattern.test(raw[0]?.text ?? ''));
    found = tag !== undefined;
    if (tag) {
      tags.add(tag[0]);
      raw.shift();
    }
  }
  const fields = raw.map((field) => {
    const leading = field.text.length - field.text.trimStart().length;
    return { text: field.text.trim(), start: field.start + leading };
  });
  return { tags: tagOrder.filter((tag) => tags.has(tag)), fields };
}

/** Reads a chart's source into statements and tasks with positions in its file, exactly as mermaid 11's gantt lexer and grammar do. */
export function readGanttStatements(source: string, origin?: DiagramOrigin): GanttReading {
  const prepared = prepareDiagram(source, origin);
  const { tokens, skipped } = lexGantt(prepared.text);
  const reading: GanttReading = { source, prepared, tokens, skipped, statements: readStatements(prepared.text, tokens), tasks: [] };
  let section = '';
  for (const statement of reading.statements) {
    if (statement.kind === 'section') section = sectionName(reading, statement);
    if (statement.kind === 'task') reading.tasks.push({ statement, section, ...readTaskData(statement.data) });
  }
  return reading;
}

/** The source text behind a range of the prepared text (so names show `#1;` as written, not entity-encoded). */
export function sourceText(reading: GanttReading, start: number, end: number): string {
  return writtenText(reading.prepared, start, end);
}

/** Line and column in the file of an offset in the prepared text. */
export function positionAt(reading: GanttReading, offset: number): FilePosition {
  return positionOf(reading.prepared, offset);
}

/** A section's name as written, trimmed. */
export function sectionName(reading: GanttReading, statement: Extract<GanttStatement, { kind: 'section' }>): string {
  return sourceText(reading, statement.token.start + (valueOffsets.section ?? 0), statement.token.end).trim();
}

