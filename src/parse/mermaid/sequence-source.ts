/** Mermaid's clean-up of a diagram's text before its sequence lexer runs, keeping every character's place in the source. */

/** Text after clean-up, with the source offset each of its characters came from. */
export interface MappedText {
  text: string;
  /** `origins[i]` is the source offset of `text[i]`; one extra entry maps the end of the text. */
  origins: number[];
}

export interface CleanedSequenceSource extends MappedText {
  /** The `title` of a YAML front matter block, which mermaid draws when the diagram has no `title` line. */
  frontMatterTitle: string | null;
}

// Private-use characters stand in for `#` and `;` of an entity code (`#35;`) just as mermaid's own
// placeholders do: one character each, so columns stay put, and special to no lexer rule.
const ENTITY_OPEN = '\uE000';
const ENTITY_CLOSE = '\uE001';

// Mermaid's own patterns (mermaid 11: preprocess.ts, frontmatter.ts, comments.ts, utils.ts).
const lineBreaks = /\r\n?/g;
const tagAttributes = /<(\w+)([^>]*)>/g;
const frontMatter = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;
const directives = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const commentLines = /^\s*%%(?!{)[^\n]+\n?/gm;
const styleSemicolons = [/style.*:\S*#.*;/g, /classDef.*:\S*#.*;/g];
const entityCodes = /#\w+;/g;

function identity(text: string): MappedText {
  return { text, origins: Array.from({ length: text.length + 1 }, (_, index) => index) };
}

/** Replaces every match; a replacement no longer than its match keeps each character's origin, a longer one maps to the match's start. */
function replaceMapped(input: MappedText, pattern: RegExp, replace: (match: RegExpExecArray) => string): MappedText {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let text = '';
  const origins: number[] = [];
  let last = 0;
  for (let match = global.exec(input.text); match; match = global.exec(input.text)) {
    const start = match.index;
    const end = start + match[0].length;
    text += input.text.slice(last, start);
    origins.push(...input.origins.slice(last, start));
    const replacement = replace(match);
    text += replacement;
    for (let i = 0; i < replacement.length; i++) {
      origins.push(input.origins[replacement.length <= match[0].length ? start + i : start] ?? 0);
    }
    last = end;
    if (match[0].length === 0) global.lastIndex++;
  }
  text += input.text.slice(last);
  origins.push(...input.origins.slice(last));
  return { text, origins };
}

function trimStartMapped(input: MappedText): MappedText {
  const cut = input.text.length - input.text.trimStart().length;
  return { text: input.text.slice(cut), origins: input.origins.slice(cut) };
}

/** A front matter block's `title:` value, unquoted; enough of YAML for the one key worklog reads. */
function readFrontMatterTitle(yaml: string): string | null {
  const line = /^title:[ \t]*(.*?)[ \t]*$/m.exec(yaml)?.[1];
  if (line === undefined || line === '') return null;
  const quoted = /^(["'])(.*)\1$/.exec(line);
  return quoted ? (quoted[2] ?? '') : line;
}

/** The text mermaid's sequence lexer reads: as mermaid 11 prepares it in `preprocessDiagram` and `Diagram.fromText`. */
export function cleanSequenceSource(source: string): CleanedSequenceSource {
  let mapped = replaceMapped(identity(source), lineBreaks, () => '\n');
  mapped = replaceMapped(mapped, tagAttributes, (match) => `<${match[1] ?? ''}${(match[2] ?? '').replace(/="([^"]*)"/g, "='$1'")}>`);

  let frontMatterTitle: string | null = null;
  const front = frontMatter.exec(mapped.text);
  if (front) {
    frontMatterTitle = readFrontMatterTitle(front[2] ?? '');
    mapped = { text: mapped.text.slice(front[0].length), origins: mapped.origins.slice(front[0].length) };
  }
  mapped = replaceMapped(mapped, directives, () => '');
  mapped = trimStartMapped(replaceMapped(mapped, commentLines, () => ''));

  // Mermaid drops the last `;` of a line that looks like a style, and shields entity codes from `#` and `;`.
  for (const pattern of styleSemicolons) mapped = replaceMapped(mapped, pattern, (match) => match[0].slice(0, -1));
  mapped = replaceMapped(mapped, entityCodes, (match) => `${ENTITY_OPEN}${match[0].slice(1, -1)}${ENTITY_CLOSE}`);

  const end = mapped.origins.at(-1) ?? source.length;
  return { text: `${mapped.text}\n`, origins: [...mapped.origins.slice(0, -1), end, end], frontMatterTitle };
}

/** Turns the entity placeholders back into the codes as written (`#35;`). */
export function restoreEntities(text: string): string {
  return text.replaceAll(ENTITY_OPEN, '#').replaceAll(ENTITY_CLOSE, ';');
}
