/** Finding vocabulary words in item text: Latin words whole and case-insensitive, CJK words anywhere. */

export interface WordMatch {
  word: string;
  index: number;
  end: number;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Every drill item is matched against the same vocabulary, so each word's pattern is built once.
const patterns = new Map<string, RegExp>();

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

/** Every place any of `words` occurs, longest word first where two overlap. */
export function findWords(text: string, words: readonly string[]): WordMatch[] {
  const matches: WordMatch[] = [];
  const byLength = [...words].sort((a, b) => b.length - a.length);
  for (const word of byLength) {
    for (const match of text.matchAll(wordPattern(word))) {
      const index = match.index;
      const end = index + match[0].length;
      if (!matches.some((other) => index < other.end && end > other.index)) matches.push({ word, index, end });
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}

export function containsWord(text: string, words: readonly string[]): boolean {
  return words.some((word) => wordPattern(word).test(text));
}
