/** The text mermaid's gantt parser actually reads: mermaid's clean-up of a chart's source, with the source position of every character kept. */

/** A text and, for each of its characters plus one past its end, the offset it came from in the chart source. */
export interface MappedText {
  text: string;
  origins: number[];
}

export interface PreparedChart extends MappedText {
  /** The `title` of a `---` front matter block, if any. */
  frontMatterTitle: string | null;
}

// mermaid's own patterns (mermaid 11: preprocess.ts, frontmatter.ts, comments.ts, utils.ts), so the same text is removed.
const lineBreaks = /\r\n?/g;
const tagAttributes = /<(\w+)([^>]*)>/g;
const frontMatter = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/gs;
const directives = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const commentLines = /^\s*%%(?!{)[^\n]+\n?/gm;
const leadingSpace = /^\s+/g;
const styleWithColour = /style.*:\S*#.*;/g;
const classDefWithColour = /classDef.*:\S*#.*;/g;
const entityCodes = /#\w+;/g;

/** Each replacement character and the index (in the text being rewritten) whose origin it takes. */
type Replacement = Array<[string, number]>;

function mapped(text: string): MappedText {
  return { text, origins: Array.from({ length: text.length + 1 }, (_, index) => index) };
}

/** Rewrites every match of a global pattern, carrying each kept or new character's origin along. */
function rewrite(input: MappedText, pattern: RegExp, replace: (match: RegExpExecArray) => Replacement): MappedText {
  let text = '';
  const origins: number[] = [];
  let last = 0;
  const copy = (from: number, to: number): void => {
    text += input.text.slice(from, to);
    origins.push(...input.origins.slice(from, to));
  };
  for (const match of input.text.matchAll(pattern)) {
    copy(last, match.index);
    for (const [char, at] of replace(match)) {
      text += char;
      origins.push(input.origins[at] ?? 0);
    }
    last = match.index + match[0].length;
  }
  copy(last, input.text.length + 1);
  return { text, origins };
}

/** The characters of `match` from `from` to `to` (relative to the match), each keeping its own origin. */
function kept(match: RegExpExecArray, from = 0, to = match[0].length): Replacement {
  const result: Replacement = [];
  for (let index = from; index < to; index++) result.push([match[0][index] ?? '', match.index + index]);
  return result;
}

const removed = (): Replacement => [];

/** mermaid's `cleanupText` turns `="…"` inside an HTML tag into `='…'` (same length, so origins stay put). */
function singleQuoteAttributes(match: RegExpExecArray): Replacement {
  const tag = `<${match[1] ?? ''}`;
  const rewritten = tag + (match[2] ?? '').replace(/="([^"]*)"/g, "='$1'") + '>';
  return kept(match).map(([, at], index) => [rewritten[index] ?? '', at]);
}

/** mermaid's `encodeEntities`: `#name;` becomes private marker characters, so `#` and `;` there cut nothing. */
function encodeEntity(match: RegExpExecArray): Replacement {
  const inner = match[0].slice(1, -1);
  const opening = /^\+?\d+$/.test(inner) ? '\uFB02\xB0\xB0' : '\uFB02\xB0';
  const end = match.index + match[0].length - 1;
  return [
    ...[...opening].map((char): [string, number] => [char, match.index]),
    ...kept(match, 1, match[0].length - 1),
    ['\xB6', end],
    ['\xDF', end],
  ];
}

/** A front matter `title:` line (a plain or quoted YAML scalar). */
function readFrontMatterTitle(body: string, indent: string): string | null {
  for (const raw of body.split('\n')) {
    const line = raw.startsWith(indent) ? raw.slice(indent.length) : raw;
    const title = /^title:[ \t]*(.*?)[ \t]*$/.exec(line)?.[1];
    if (title === undefined) continue;
    const quoted = /^(["'])(.*)\1$/.exec(title);
    return quoted ? (quoted[2] ?? '') : title.replace(/[ \t]+#.*$/, '');
  }
  return null;
}

/**
 * The chart's source as mermaid 11's gantt parser receives it: line breaks normalised, front matter,
 * `%%{…}%%` directives and `%%` comment lines removed, leading space trimmed, `#name;` entity-encoded,
 * and a final line break added.
 */
export function prepareChart(source: string): PreparedChart {
  let text = mapped(source);
  text = rewrite(text, lineBreaks, (match) => [['\n', match.index]]);
  text = rewrite(text, tagAttributes, singleQuoteAttributes);
  let frontMatterTitle: string | null = null;
  text = rewrite(text, frontMatter, (match) => {
    frontMatterTitle = readFrontMatterTitle(match[2] ?? '', match[1] ?? '');
    return removed();
  });
  text = rewrite(text, directives, removed);
  text = rewrite(text, commentLines, removed);
  text = rewrite(text, leadingSpace, removed);
  text = rewrite(text, styleWithColour, (match) => kept(match, 0, match[0].length - 1));
  text = rewrite(text, classDefWithColour, (match) => kept(match, 0, match[0].length - 1));
  text = rewrite(text, entityCodes, encodeEntity);
  const end = text.origins.at(-1) ?? source.length;
  return { text: `${text.text}\n`, origins: [...text.origins.slice(0, -1), end, end], frontMatterTitle };
}

/** Line and column (1-based) of a source offset. */
export function sourcePosition(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
