/** JSON text written in pieces: what a big log's cache entry is, without ever holding all of it as one string. */

// Array members stringified together: few enough that a piece stays small, enough that pieces are not too many.
const membersPerPiece = 512;

const leftOut = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * `JSON.stringify(value)`, the same text, as pieces: the members of objects `depth` levels down, and of the arrays
 * among them, are stringified apart. V8 builds a stringified value in pieces and joins them at the end, so one call
 * over a big log's model held about twice its text at once. Values with `toJSON` are stringified whole.
 */
export function* jsonPieces(value: unknown, depth = 3): Generator<string> {
  if (typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let start = 0; start < value.length; start += membersPerPiece) {
      const members = JSON.stringify(value.slice(start, start + membersPerPiece));
      yield `${start > 0 ? ',' : ''}${members.slice(1, -1)}`;
    }
    yield ']';
    return;
  }
  if (depth === 0) {
    yield JSON.stringify(value);
    return;
  }
  yield '{';
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    if (leftOut(member)) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonPieces(member, depth - 1);
  }
  yield '}';
}
