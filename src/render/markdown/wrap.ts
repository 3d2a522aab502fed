/** Markdown prose broken at spaces into lines that markdownlint's line-length rule (80, non-strict) accepts. */

export const lineLength = 80;

/** markdownlint's non-strict test: a line is too long only when it has whitespace past the limit. */
export function tooLong(line: string, limit = lineLength): boolean {
  return line.replace(/\S*$/, '#').length > limit;
}

// A word that would open a list, a thematic break or a heading underline if a line started with it stays on the line before.
const opensBlock = /^(?:[-+*=_]+|\d{1,9}[.)])$/;

/**
 * `text` as lines of at most 80 characters: the first after `first` (a list marker, say), the rest after `indent`, so a
 * list item's lines stay inside the item. Breaks only at spaces: a word, a host name or a CJK run is never cut (GitHub
 * would show a line break inside CJK text as a space), and one longer than a line gets a line of its own.
 */
export function wrapMarkdown(text: string, first = '', indent = ' '.repeat(first.length)): string[] {
  const words: string[] = [];
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const last = words.length - 1;
    if (last >= 0 && opensBlock.test(word)) words[last] = `${words[last]} ${word}`;
    else words.push(word);
  }
  const lines: string[] = [];
  let line = `${first}${words.shift() ?? ''}`;
  for (const word of words) {
    if (`${line} ${word}`.length <= lineLength) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = `${indent}${word}`;
    }
  }
  lines.push(line);
  return lines;
}

const listMarker = /^( *)([-*+] (?:\[[ x]\] )?)(.*)$/;

/** One paragraph or list item line, wrapped; a list item's continuation lines are indented under its text. */
export function wrapLine(line: string): string[] {
  if (!tooLong(line)) return [line];
  const item = listMarker.exec(line);
  if (!item) return wrapMarkdown(line);
  const [, indent = '', marker = '', text = ''] = item;
  return wrapMarkdown(text, `${indent}${marker}`, `${indent}  `);
}

/** A whole view wrapped: headings and table rows stay as they are (neither can be broken), every other line is wrapped. */
export function wrapDocument(markdown: string): string {
  // Trailing spaces would read as a hard line break (an item with no text leaves one after its box).
  return markdown.split('\n').flatMap((line) => (/^(?:#|\|)/.test(line) ? [line] : wrapLine(line.trimEnd()))).join('\n');
}
