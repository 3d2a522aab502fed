/** Dates written in free text (item text, the first heading) and in file names. */

import { makeDate } from '../calendar/iso-date.js';
import type { DateMention, IsoDate } from '../model/log.js';
import { readDateToken } from './date-tokens.js';

// Where a date may start: bare `M.D`, `MMDD` and day numbers are too ambiguous in prose (versions, ids, counts).
const dateStart = /\d{4}[-/.年]\s*\d|\d{8}(?!\d)|\d{1,2}\s*月\s*\d|[A-Za-z]{3,9}\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}/g;

/**
 * Every date written in `text` that names at least a month and a day; dates without a year take
 * `year` (the log's), and are dropped when there is none.
 */
export function findDates(text: string, year: number | null): DateMention[] {
  const normalised = text.normalize('NFKC');
  // NFKC can change lengths (e.g. ligatures); only report columns when it did not.
  const sameLength = normalised.length === text.length;
  const found: DateMention[] = [];
  dateStart.lastIndex = 0;
  for (let match = dateStart.exec(normalised); match; match = dateStart.exec(normalised)) {
    if (match.index > 0 && /[\dA-Za-z]/.test(normalised[match.index - 1] ?? '')) {
      // Inside a word or number: a date may still start later in the match (`Standup 2024-06-03`).
      dateStart.lastIndex = match.index + 1;
      continue;
    }
    const token = readDateToken(normalised, match.index);
    const date = token?.date.month ? makeDate(token.date.year ?? year ?? NaN, token.date.month, token.date.day) : null;
    if (token && date) {
      found.push({ text: normalised.slice(match.index, match.index + token.length).trim(), date, column: sameLength ? match.index + 1 : 1 });
      dateStart.lastIndex = match.index + token.length;
    } else {
      // Not a date after all (`log 2024-…`): look again from the next character.
      dateStart.lastIndex = match.index + 1;
    }
  }
  return found;
}

// Dates that are not the log's own even in its first heading: code spans, links, wiki links (`[[2024-10-04 Fri]]`)
// and the dates Obsidian Tasks writes after its emoji (📅 due, ⏳ scheduled, 🛫 start, ✅ done, ❌ cancelled, ➕ created).
const otherDates = /`[^`]*`|\[\[[^\]]*\]\]|\[[^\]]*\]\([^)]*\)|(?:📅|⏳|🛫|✅|❌|➕)\uFE0F?\s*[\d./-]+/gu;

/** The first date with a year written in a heading's markdown (`今日工作 2023年11月12日`, `Standup 2024-06-03`, `Mon, Jun 3 2024`). */
export function dateInHeading(markdown: string): IsoDate | null {
  const mention = findDates(markdown.replace(otherDates, ' '), null)[0];
  return mention?.date ?? null;
}

/** The date in a file name (`2023-11-12.md`, `20231112.md`, `2023_11_12-daily.md`), else across its folders (`2023/11/12.md`, `2023-11/12.md`). */
export function dateInFileName(path: string): IsoDate | null {
  const folders = path.split(/[\\/]/);
  const name = folders.at(-1) ?? '';
  const match = /(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/.exec(name)
    // Only when the name is the day alone, so that `2023/11/notes-12.md` is not read as a date.
    ?? /(?<!\d)(\d{4})[-_./]?(\d{2})[-_./]?(\d{2})$/.exec(folders.slice(-3).join('/').replace(/\.(md|markdown)$/i, ''));
  if (!match) return null;
  return makeDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The `date:` of a log's YAML front matter (Obsidian, Jekyll, Hugo), quoted or not. */
export function dateInFrontMatter(yaml: string): IsoDate | null {
  const value = /^date:[ \t]*(.+)$/m.exec(yaml)?.[1];
  return value === undefined ? null : findDates(value.replace(/^["']|["']\s*$/g, ''), null)[0]?.date ?? null;
}
