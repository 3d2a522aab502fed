/** Normalises raw log text so that BOM and CRLF files parse exactly like their clean twins. */

/** Drops a UTF-8 byte order mark and turns CRLF and lone CR into LF; line numbers are unchanged. */
export function normaliseSource(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}

/** The source split into lines, indexable by 1-based line number minus one. */
export function sourceLines(source: string): string[] {
  return source.split('\n');
}
