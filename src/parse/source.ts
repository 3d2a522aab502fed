/** Normalises raw log text so that BOM and CRLF files parse exactly like their clean twins. */

/** Drops a UTF-8 byte order mark and turns CRLF and lone CR into LF; line numbers are unchanged. */
export function normaliseSource(text: string): string {
  return withoutBom(text).replace(/\r\n?/g, '\n');
}

/** The source split into lines, indexable by 1-based line number minus one. */
export function sourceLines(source: string): string[] {
  return source.split('\n');
}

/** Where each line of a file's text starts, line ends as written (CRLF, LF or CR): for offsets into the text itself. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (const end of text.matchAll(/\r\n|\r|\n/g)) starts.push((end.index ?? 0) + end[0].length);
  return starts;
}

/** The text without its byte order mark, which offsets into a log's text leave out. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
