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
    if (match.index > 0 && /[\dA-Za-z]/.test(normalised[match.index - 1] ?? '')) continue;
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

/** The first date with a year written in `text` (a heading such as `今日工作 2023年11月12日`). */
export function dateInHeading(text: string): IsoDate | null {
  const mention = findDates(text, null)[0];
  return mention?.date ?? null;
}

/** The date in a file name: `2023-11-12.md`, `20231112.md`, `2023_11_12-daily.md`. */
export function dateInFileName(path: string): IsoDate | null {
  const name = path.split(/[\\/]/).pop() ?? '';
  const match = /(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/.exec(name);
  if (!match) return null;
  return makeDate(Number(match[1]), Number(match[2]), Number(match[3]));
}
