/** The dates an item carries: Obsidian Tasks' emoji dates and recurrence, and due dates written as words (`截止 11.17`, `DDL 6/18`, `due 2024-06-20`). */

import { daysBetween, makeDate } from '../calendar/iso-date.js';
import type { IsoDate, ItemDates } from '../model/log.js';
import { readDateToken } from './date-tokens.js';

type DatedKind = Exclude<keyof ItemDates, 'recurrence'>;

// Obsidian Tasks writes each date after its emoji, always as YYYY-MM-DD.
const emojiKinds: Readonly<Record<string, DatedKind>> = {
  '📅': 'due', '⏳': 'scheduled', '🛫': 'start', '✅': 'done', '❌': 'cancelled', '➕': 'created',
};
const emojiDate = /(📅|⏳|🛫|✅|❌|➕)\uFE0F?\s*(\d{4}-\d{2}-\d{2})(?!\d)/gu;

// The recurrence runs up to the next Tasks emoji (a date or a priority) or the end of the text.
const recurrence = /🔁\uFE0F?\s*([^📅⏳🛫✅❌➕🔁⏫🔼🔽🔺⏬]+)/u;

// Words that put a due date after them: `截止 11.17`, `截止日期：11月17日`, `DDL 6/18`, `due 2024-06-20`, `due Jun 20`,
// `deadline: 2024-06-20`, Logseq's `deadline [[2024-10-04 Fri]]` and `DEADLINE: <2024-10-04 Fri>`.
// `by 6/20` is left out: "by" names a person or a way as often as a date.
const dueWord = /(?<![A-Za-z])(?:截止(?:日期|时间)?(?:到|至)?|DDL|due(?:\s+(?:date|on))?|deadline)(?![A-Za-z])\s*[:：]?\s*(?:\[\[|<)?/giu;

/** The year of a date written without one: the log's year, or the next or last one when that is nearer the log date (around new year). */
function nearestDate(month: number, day: number, logDate: IsoDate): IsoDate | null {
  const year = Number(logDate.slice(0, 4));
  const candidates = [year - 1, year, year + 1].flatMap((candidate) => makeDate(candidate, month, day) ?? []);
  return candidates.sort((a, b) => Math.abs(daysBetween(a, logDate)) - Math.abs(daysBetween(b, logDate)))[0] ?? null;
}

/** The first due date written after a due word, or null. */
function dueInWords(text: string, logDate: IsoDate | null): IsoDate | null {
  dueWord.lastIndex = 0;
  for (let match = dueWord.exec(text); match; match = dueWord.exec(text)) {
    const token = readDateToken(text, match.index + match[0].length);
    const { year, month, day } = token?.date ?? {};
    if (month === null || month === undefined || day === undefined) continue;
    const date = year !== null && year !== undefined ? makeDate(year, month, day) : logDate === null ? null : nearestDate(month, day, logDate);
    if (date) return date;
  }
  return null;
}

/** The dates written in an item's text; dates without a year are placed by the log's date, and dropped without one. */
export function readItemDates(text: string, logDate: IsoDate | null): ItemDates | undefined {
  const normalised = text.normalize('NFC');
  const dates: ItemDates = {};
  emojiDate.lastIndex = 0;
  for (let match = emojiDate.exec(normalised); match; match = emojiDate.exec(normalised)) {
    const kind = emojiKinds[match[1] ?? ''];
    const [year, month, day] = (match[2] ?? '').split('-').map(Number);
    const date = makeDate(year ?? NaN, month ?? NaN, day ?? NaN);
    // The first of each kind counts, as in Obsidian Tasks.
    if (kind && date && dates[kind] === undefined) dates[kind] = date;
  }
  if (dates.due === undefined) {
    const due = dueInWords(normalised.normalize('NFKC'), logDate);
    if (due) dates.due = due;
  }
  const every = recurrence.exec(normalised)?.[1]?.trim();
  if (every) dates.recurrence = every;
  return Object.keys(dates).length > 0 ? dates : undefined;
}
