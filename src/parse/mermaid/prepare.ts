/** The text a mermaid diagram's parser reads, prepared as mermaid 11 prepares it, with the place in the file of every character. */

import { asText, isMapping, readYaml, type YamlError } from './yaml.js';

/** Where a diagram stands in its file, so that every position is born in the file's lines and columns. */
export interface DiagramOrigin {
  /** The file line of the diagram's first line. */
  line: number;
  /** The file column the diagram's lines start at: one past the fence's indentation. */
  column: number;
  /** By line index, the file column of a line that starts elsewhere (indented less than its fence, `>` without a space). */
  lineColumns?: readonly (number | undefined)[];
}

/** A diagram on its own, as in a `.mmd` file: its first character is line 1, column 1. */
export const bareDiagram: DiagramOrigin = { line: 1, column: 1 };

export interface FilePosition {
  line: number;
  column: number;
}

/** Front matter mermaid refuses the whole diagram for: what is wrong, where, and what to do. */
export interface FrontMatterRefusal extends FilePosition {
  problem: string;
  fix: string;
}

/** What mermaid takes from a `---` front matter block. */
export interface FrontMatter {
  /** The title mermaid draws unless a `title` statement replaces it. */
  title: string | null;
  refusal: FrontMatterRefusal | null;
}

export interface PreparedDiagram {
  /** The diagram as written. */
  source: string;
  origin: DiagramOrigin;
  /** The text mermaid's parser reads. */
  text: string;
  /** `origins[i]` is the offset in `source` that `text[i]` came from; one more entry stands for the end. */
  origins: number[];
  /** Offsets in `source` at which its lines start. */
  lineStarts: number[];
  frontMatter: FrontMatter | null;
}

/** Text and, for each of its characters plus one past its end, the source offset it came from. */
interface MappedText {
  text: string;
  origins: number[];
}

/** Replacement text: its characters take the origin of the match character at `at`, each its own one when `each`. */
interface Piece {
  text: string;
  at: number;
  each: boolean;
}

// mermaid's own patterns (preprocess.ts, regexes.ts, comments.ts, utils.ts), so that the same text goes.
const lineBreaks = /\r\n?/g;
const tagAttributes = /<(\w+)([^>]*)>/g;
const frontMatterBlock = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/ds;
const directives = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const commentLines = /^\s*%%(?!{)[^\n]+\n?/gm;
const leadingSpace = /^\s+/g;
const styleWithColour = /style.*:\S*#.*;/g;
const classDefWithColour = /classDef.*:\S*#.*;/g;
const entityCodes = /#\w+;/g;

// mermaid's stand-ins for `#name;` and `#123;` while it parses, so that `#` and `;` there cut nothing.
const entityOpen = '\uFB02\xB0';
const numericEntityOpen = '\uFB02\xB0\xB0';
const entityClose = '\xB6\xDF';

const kept = (match: RegExpExecArray, from = 0, to = match[0].length): Piece => ({ text: match[0].slice(from, to), at: from, each: true });
const added = (text: string, at: number): Piece => ({ text, at, each: false });

function identity(text: string): MappedText {
  const origins: number[] = [];
  for (let index = 0; index <= text.length; index++) origins.push(index);
  return { text, origins };
}

/** Rewrites every match of a global pattern, carrying each character's origin along (copied one by one: texts may be megabytes long). */
function rewrite(input: MappedText, pattern: RegExp, replace: (match: RegExpExecArray) => Piece[]): MappedText {
  // Most steps find nothing to rewrite; copying a long text's offsets for nothing is what takes the time.
  if (input.text.search(pattern) < 0) return input;
  const chunks: string[] = [];
  const origins: number[] = [];
  const copy = (from: number, to: number): void => {
    chunks.push(input.text.slice(from, to));
    for (let index = from; index < to; index++) origins.push(input.origins[index] ?? 0);
  };
  let last = 0;
  for (const match of input.text.matchAll(pattern)) {
    copy(last, match.index);
    for (const piece of replace(match)) {
      chunks.push(piece.text);
      for (let index = 0; index < piece.text.length; index++) {
        origins.push(input.origins[match.index + piece.at + (piece.each ? index : 0)] ?? 0);
      }
    }
    last = match.index + match[0].length;
  }
  copy(last, input.text.length + 1);
  return { text: chunks.join(''), origins };
}

const cut = (input: MappedText, from: number): MappedText => ({ text: input.text.slice(from), origins: input.origins.slice(from) });

/** mermaid's `cleanupText` writes `="…"` inside an HTML tag as `='…'`. */
function singleQuoteAttributes(match: RegExpExecArray): Piece[] {
  const rewritten = `<${match[1] ?? ''}${(match[2] ?? '').replace(/="([^"]*)"/g, "='$1'")}>`;
  return [{ text: rewritten, at: 0, each: true }];
}

/** mermaid's `encodeEntities`: `#35;` becomes `ﬂ°°35¶ß` and `#amp;` becomes `ﬂ°amp¶ß`. */
function encodeEntity(match: RegExpExecArray): Piece[] {
  const end = match[0].length - 1;
  const opening = /^\+?\d+$/.test(match[0].slice(1, end)) ? numericEntityOpen : entityOpen;
  return [added(opening, 0), kept(match, 1, end), added(entityClose, end)];
}

/** Entity codes as written (`#35;`) where mermaid's stand-ins are. */
export function entitiesAsWritten(text: string): string {
  // Every stand-in starts with U+FB02, which text almost never holds.
  if (!text.includes('\uFB02')) return text;
  return text.replace(/\uFB02\xB0\xB0(\d+)\xB6\xDF/g, '#$1;').replace(/\uFB02\xB0(\w+)\xB6\xDF/g, '#$1;');
}

function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let index = source.indexOf('\n'); index >= 0; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The file line and column of an offset in the diagram's source. */
function placeOfSource(lineStarts: readonly number[], origin: DiagramOrigin, offset: number): FilePosition {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: origin.line + low, column: (origin.lineColumns?.[low] ?? origin.column) + offset - (lineStarts[low] ?? 0) };
}

/** The file line and column of an offset in the prepared text. */
export function positionOf(prepared: PreparedDiagram, offset: number): FilePosition {
  const { origins } = prepared;
  const origin = origins[Math.min(Math.max(offset, 0), origins.length - 1)] ?? prepared.source.length;
  return placeOfSource(prepared.lineStarts, prepared.origin, origin);
}

/** The source text behind a range of the prepared text, as written (`#35;`, not mermaid's stand-in). */
export function writtenText(prepared: PreparedDiagram, start: number, end: number): string {
  if (end <= start) return '';
  const { origins } = prepared;
  return prepared.source.slice(origins[start] ?? 0, (origins[end - 1] ?? 0) + 1);
}

/** The offset in `text` of a YAML error in `body` (which lost `indent` from the lines that had it). */
function yamlErrorOffset(body: string, indent: string, error: YamlError): number {
  const lines = body.split('\n');
  let offset = 0;
  for (let index = 0; index < Math.min(error.line, lines.length - 1); index++) offset += (lines[index] ?? '').length + 1;
  const line = lines[Math.min(error.line, lines.length - 1)] ?? '';
  const dedented = indent !== '' && line.startsWith(indent) ? indent.length : 0;
  return Math.min(offset + dedented + error.column, body.length);
}

/** A front matter's title, or why mermaid refuses it, at an offset of its body. */
interface FrontMatterReading {
  title: string | null;
  refusal: { offset: number; problem: string; fix: string } | null;
}

/** What mermaid 11's `extractFrontMatter` and `processFrontmatter` take from a front matter body, or why they throw. */
function readFrontMatter(body: string, indent: string): FrontMatterReading {
  // mermaid takes the indentation of the opening `---` off every line that has it.
  const yaml = indent === '' ? body : body.split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n');
  const reading = readYaml(yaml);
  if (!reading.read) {
    return {
      title: null,
      refusal: {
        offset: yamlErrorOffset(body, indent, reading.error),
        problem: `its front matter is not valid YAML (${reading.error.reason})`,
        fix: 'fix the YAML between the `---` lines, or remove it',
      },
    };
  }
  const fields = isMapping(reading.value) ? reading.value : {};
  const title = fields.title ? asText(fields.title) : '';
  const displayMode = fields.displayMode ? asText(fields.displayMode) : '';
  if (title === null || displayMode === null) {
    return { title: null, refusal: { offset: 0, problem: 'its front matter has a `title` or `displayMode` that cannot be read as text', fix: 'write it as plain text' } };
  }
  // mermaid writes `displayMode` into `config.gantt`, which throws where either is a plain value rather than a mapping.
  const config = fields.config || {};
  const gantt = isMapping(config) ? config.gantt : undefined;
  if (displayMode !== '' && (typeof config !== 'object' || (gantt && typeof gantt !== 'object'))) {
    return {
      title: null,
      refusal: { offset: 0, problem: 'its front matter sets `displayMode`, which mermaid writes into `config.gantt`, and that is a plain value here, not a mapping', fix: 'make `config` (and its `gantt`) a mapping, or remove `displayMode`' },
    };
  }
  return { title: title.trim() === '' ? null : title.trim(), refusal: null };
}

/**
 * The diagram's text as mermaid 11 hands it to the diagram's parser (`preprocessDiagram`, then `Diagram.fromText`):
 * line breaks normalised, `="…"` in tags single-quoted, front matter read and removed, `%%{…}%%` directives and `%%`
 * comment lines removed, leading space trimmed, the last `;` of a coloured style dropped, `#name;` entity-encoded,
 * and a final line break added. Positions are placed in the file by `origin`.
 */
export function prepareDiagram(source: string, origin: DiagramOrigin = bareDiagram): PreparedDiagram {
  const lineStarts = lineStartsOf(source);
  let text = rewrite(identity(source), lineBreaks, () => [added('\n', 0)]);
  text = rewrite(text, tagAttributes, singleQuoteAttributes);

  let frontMatter: FrontMatter | null = null;
  const block = frontMatterBlock.exec(text.text);
  if (block) {
    const bodyStart = block.indices?.[2]?.[0] ?? 0;
    const { title, refusal } = readFrontMatter(block[2] ?? '', block[1] ?? '');
    frontMatter = {
      title,
      refusal: refusal && {
        ...placeOfSource(lineStarts, origin, text.origins[bodyStart + refusal.offset] ?? 0), problem: refusal.problem, fix: refusal.fix,
      },
    };
    text = cut(text, block[0].length);
  }

  text = rewrite(text, directives, () => []);
  text = rewrite(text, commentLines, () => []);
  text = rewrite(text, leadingSpace, () => []);
  text = rewrite(text, styleWithColour, (match) => [kept(match, 0, match[0].length - 1)]);
  text = rewrite(text, classDefWithColour, (match) => [kept(match, 0, match[0].length - 1)]);
  text = rewrite(text, entityCodes, encodeEntity);

  const end = text.origins.at(-1) ?? source.length;
  const origins = text.origins.slice(0, -1);
  origins.push(end, end);
  return { source, origin, text: `${text.text}\n`, origins, lineStarts, frontMatter };
}
