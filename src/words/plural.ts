/** English counts as worklog writes them, for analyses and renderers alike: `1 warning`, `4 warnings`. */
// A leaf module (it imports nothing), so every layer may use it without bending the direction of imports.

/** The word for `count` things: `line`, `lines`; `many` where the plural is not the word plus `s`. */
export function pluralWord(count: number, word: string, many = `${word}s`): string {
  return count === 1 ? word : many;
}

/** `1 warning`, `4 warnings`, `2 days mismatches`. */
export function plural(count: number, word: string, many?: string): string {
  return `${count} ${pluralWord(count, word, many)}`;
}
