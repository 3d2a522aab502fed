/** Small pieces of text gathered into chunks, for writing: one write for each piece would be slow. */

// A piece big enough to be a chunk alone is passed on as it is, not copied.
const joined = (pieces: readonly string[]): string => (pieces.length === 1 ? pieces[0] ?? '' : pieces.join(''));

/** The pieces joined into chunks of at least `chars` characters (the last may be shorter), each made of whole pieces. */
export function* chunksOf(pieces: Iterable<string>, chars: number): Generator<string> {
  let gathered: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    gathered.push(piece);
    size += piece.length;
    if (size < chars) continue;
    yield joined(gathered);
    gathered = [];
    size = 0;
  }
  if (gathered.length > 0) yield joined(gathered);
}
