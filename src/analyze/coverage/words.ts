/** Finding vocabulary words in item text: Latin words whole and case-insensitive, CJK words anywhere. */

export interface WordMatch {
  word: string;
  index: number;
  end: number;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Every drill item is matched against the same vocabulary, so each word's patterns are built once.
const patterns = new Map<string, RegExp>();
const startPatterns = new Map<string, RegExp>();

/** A pattern for one word: a Latin word must not touch other Latin letters (`mem` is not in `memo`). */
function wordPattern(word: string): RegExp {
  let pattern = patterns.get(word);
  if (!pattern) {
    const startsLatin = /^[A-Za-z0-9]/.test(word);
    const endsLatin = /[A-Za-z0-9]$/.test(word);
    pattern = new RegExp(`${startsLatin ? '(?<![A-Za-z])' : ''}${escape(word)}${endsLatin ? '(?![A-Za-z])' : ''}`, 'giu');
    patterns.set(word, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** The same word tried at one position only, as if the text started there. */
function startPattern(word: string): RegExp {
  let pattern = startPatterns.get(word);
  if (!pattern) {
    pattern = new RegExp(`${escape(word)}${/[A-Za-z0-9]$/.test(word) ? '(?![A-Za-z])' : ''}`, 'iuy');
    startPatterns.set(word, pattern);
  }
  return pattern;
}

// Most words of the vocabulary are in no given item: a substring test rules them out before any pattern is built or
// run. Exact only where case folding cannot reach the word from other letters: a word of ASCII, Chinese characters
// and kana (whose only case is ASCII's) in a text without ſ or K, the two letters /iu folds to ASCII ones.
const caselessOrAscii = /^[\x00-\x7f\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f]*$/u;
const lowerWords = new Map<string, string | null>();

/** The word in lower case where a substring test of lower-cased text can rule it out, else null. */
function lowerWord(word: string): string | null {
  let lower = lowerWords.get(word);
  if (lower === undefined) {
    lower = caselessOrAscii.test(word) ? word.toLowerCase() : null;
    lowerWords.set(word, lower);
  }
  return lower;
}

// The same text is often asked about at one position after the other: it is lowered once.
let lastText = '';
let lastLower: string | null = '';

/** Text in lower case for ruling words out, or null when it holds a letter that folds to ASCII (ſ, K). */
function lowerText(text: string): string | null {
  if (text !== lastText) {
    lastText = text;
    lastLower = /[\u017f\u212a]/.test(text) ? null : text.toLowerCase();
  }
  return lastLower;
}

/** Whether `word` may occur in the text `lower` was made from. */
function mayOccur(lower: string | null, word: string): boolean {
  const wordLower = lowerWord(word);
  return lower === null || wordLower === null || lower.includes(wordLower);
}

/** Whether `word` may be written at `position`: only the characters there are compared, as wordAt walks long text. */
function mayStartAt(text: string, position: number, word: string): boolean {
  const wordLower = lowerWord(word);
  if (wordLower === null) return true;
  const written = text.slice(position, position + word.length);
  return /[\u017f\u212a]/.test(written) || written.toLowerCase() === wordLower;
}

// The same list is often asked about again and again (a subject's words, one position after the other).
const sortedLists = new WeakMap<readonly string[], readonly string[]>();

/** `words` longest first. */
function longestFirst(words: readonly string[]): readonly string[] {
  let sorted = sortedLists.get(words);
  if (!sorted) {
    sorted = [...words].sort((a, b) => b.length - a.length);
    sortedLists.set(words, sorted);
  }
  return sorted;
}

/** Every place any of `words` occurs, longest word first where two overlap. */
export function findWords(text: string, words: readonly string[]): WordMatch[] {
  const matches: WordMatch[] = [];
  // Which characters a kept match covers: checking a candidate costs its own length, not the number of matches so far.
  let covered: Uint8Array | null = null;
  const lower = lowerText(text);
  for (const word of longestFirst(words)) {
    if (!mayOccur(lower, word)) continue;
    for (const match of text.matchAll(wordPattern(word))) {
      const index = match.index;
      const end = index + match[0].length;
      covered ??= new Uint8Array(text.length);
      if (covered.subarray(index, end).includes(1)) continue;
      covered.fill(1, index, end);
      matches.push({ word, index, end });
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}

/** The longest of `words` written at `position` of `text`, read as if the text began there. */
export function wordAt(text: string, words: readonly string[], position = 0): string | undefined {
  return longestFirst(words).find((word) => {
    if (!mayStartAt(text, position, word)) return false;
    const pattern = startPattern(word);
    pattern.lastIndex = position;
    return pattern.test(text);
  });
}

export function containsWord(text: string, words: readonly string[]): boolean {
  const lower = lowerText(text);
  return words.some((word) => mayOccur(lower, word) && wordPattern(word).test(text));
}
