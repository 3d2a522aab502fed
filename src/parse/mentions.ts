/** `@mentions` in item text (`@张迪`, `@qiao.yu`), but not e-mail addresses. */

const mentionPattern = /(?<![\p{L}\p{N}_.+-])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?)/gu;

/** Each name once, in the order first written. */
export function findMentions(text: string): string[] {
  // Most items mention nobody: skip the Unicode-aware scan of their text.
  if (!text.includes('@')) return [];
  return [...new Set(Array.from(text.matchAll(mentionPattern), (match) => match[1] ?? ''))];
}
