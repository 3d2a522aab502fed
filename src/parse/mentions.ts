/** `@mentions` in item text (`@张迪`, `@qiao.yu`), but not e-mail addresses. */

const mentionPattern = /(?<![\p{L}\p{N}_.+-])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?)/gu;

export function findMentions(text: string): string[] {
  const mentions: string[] = [];
  for (const match of text.matchAll(mentionPattern)) {
    const name = match[1] ?? '';
    if (!mentions.includes(name)) mentions.push(name);
  }
  return mentions;
}
