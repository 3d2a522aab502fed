/** ICU's Chinese words of a text (its word segmenter and dictionary), each text's answer kept so that a later run may be given it. */
// A leaf module (it imports nothing), so analyses may use it and the CLI may keep its answers between runs.

/** One segment as the segmenter cuts it: its text, and whether it is a word (not spaces or punctuation). */
export type Segment = readonly [text: string, isWord: boolean];

// Setting up the segmenter makes V8 list every locale ICU has, which costs more than the rest of a morning view's
// analysis: answers a run was given (rememberSegments) spare it when every text asked about is among them.
let segmenter: Intl.Segmenter | undefined;
const answers = new Map<string, readonly Segment[]>();
let learned = 0;
// Bounded memory over a long run; the answers kept between runs are bounded where they are written.
const answersLimit = 10_000;

/** The segments ICU cuts `text` into, in order. */
export function segmentsOf(text: string): readonly Segment[] {
  let segments = answers.get(text);
  if (segments === undefined) {
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    segments = Array.from(segmenter.segment(text), ({ segment, isWordLike }): Segment => [segment, isWordLike === true]);
    if (answers.size >= answersLimit) answers.clear();
    answers.set(text, segments);
    learned += 1;
  }
  return segments;
}

/** The words ICU finds in `text`, without the spaces and punctuation between them. */
export function chineseWords(text: string): string[] {
  return segmentsOf(text).flatMap(([segment, isWord]) => (isWord ? [segment] : []));
}

/** Whether ICU's dictionary keeps `text` whole as one word (开发, 巴西). */
export function isDictionaryWord(text: string): boolean {
  const segments = segmentsOf(text);
  return segments.length === 1 && segments[0]?.[1] === true;
}

/** Answers from an earlier run with the same ICU, as segmentedTexts gave them. */
export function rememberSegments(entries: Iterable<readonly [string, readonly Segment[]]>): void {
  for (const [text, segments] of entries) if (!answers.has(text) && answers.size < answersLimit) answers.set(text, segments);
}

/** Every answer this run holds, and how many of them it had to ask ICU for. */
export function segmentedTexts(): { entries: [string, readonly Segment[]][]; learned: number } {
  return { entries: [...answers], learned };
}
