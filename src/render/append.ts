/** Appending to the lines a report is built from, a line at a time: a list of findings can be longer than a call takes arguments. */

/** Appends each part to `lines`: a line, or every line of a list in order. */
export function appendLines(lines: string[], ...parts: (string | readonly string[])[]): void {
  for (const part of parts) {
    if (typeof part === 'string') lines.push(part);
    else for (const line of part) lines.push(line);
  }
}

/** The longest of some lengths, at least `floor` (a loop: `Math.max(...lengths)` fails on long lists). */
export function longest(lengths: Iterable<number>, floor = 0): number {
  let most = floor;
  for (const length of lengths) if (length > most) most = length;
  return most;
}
