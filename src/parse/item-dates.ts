/** The dates an item carries: Obsidian Tasks' emoji dates and recurrence, and due dates written as words (`截止 11.17`, `DDL 6/18`, `due 2024-06-20`). */

import { daysBetween, makeDate } from '../calendar/iso-date.js';
import type { IsoDate, ItemDates } from '../model/log.js';
import { readDateToken } from './date-tokens.js';

type DatedKind = Exclude<keyof ItemDates, 'recurrence'>;

// Obsidian Tasks writes each date after its emoji as YYYY-MM-DD; people also write `📅 6/20` or `📅 6月20日`.
const emojiKinds: Readonly<Record<string, DatedKind>> = {
  '📅': 'due', '⏳': 'scheduled', '🛫': 'start', '✅': 'done', '❌': 'cancelled', '➕': 'created',
};
const dateEmoji = /(📅|⏳|🛫|✅|❌|➕)\uFE0F?\s*/gu;

// The recurrence runs up to the next Tasks emoji (a date or a priority) or the end of the text.
const recurrence = /🔁\uFE0F?\s*([^📅⏳🛫✅❌➕🔁⏫🔼🔽🔺⏬]+)/u;

// Words that put a due date after them: `截止 11.17`, `截止日期：11月17日`, `DDL 6/18`, `due 2024-06-20`, `due Jun 20`,
// `deadline: 2024-06-20`, Logseq's `deadline [[2024-10-04 Fri]]` and `DEADLINE: <2024-10-04 Fri>`.
// `by 6/20` is left out: "by" names a person or a way as often as a date.
const dueWord = /(?<![A-Za-z])(?:截止(?:日期|时间)?(?:到|至)?|DDL|due(?:\s+(?:date|on))?|deadline)(?![A-Za-z])\s*[:：]?\s*(?:\[\[|<)?/giu;

// A written date whose parts are set apart (`2024-13-45`, `2/30`, `13月5日`) is meant as a date even when no such day
// exists, so it is worth a warning; `1330` or a bare `30` may be anything.
const separated = /[-/.年月]/;

/** The dates written in an item, and each date that names no day that exists, as written. */
export interface ItemDateReading {
  dates: ItemDates | undefined;
  impossible: string[];
}

/** The day nearest the log date among candidates (around new year, or a month end): the one the writer meant. */
function nearest(candidates: readonly (IsoDate | null)[], logDate: IsoDate): IsoDate | null {
  const days = candidates.filter((candidate): candidate is IsoDate => candidate !== null);
  return days.sort((a, b) => Math.abs(daysBetween(a, logDate)) - Math.abs(daysBetween(b, logDate)))[0] ?? null;
}

/** A date, or where a date that names no day ends (for quoting it as written), or nothing. */
type Reading = { date: IsoDate } | { impossibleUntil: number } | null;

/**
 * The date written at `position`: with a year as written; without one, in the year nearest the log date; a bare day
 * (`17号`, only with 号/日 after a due word) in the month nearest it. Null when nothing there reads as a date, or when
 * a date without a year cannot be placed because the log has none.
 */
function readDateAt(text: string, position: number, logDate: IsoDate | null, afterDueWord: boolean): Reading {
  const token = readDateToken(text, position);
  if (!token) return null;
  const written = text.slice(position, position + token.length).trim();
  // After an emoji only a date that reads as one (`✅ 3 cases`, `✅ 2023 plan` are counts and years).
  if (!afterDueWord && !separated.test(written) && !/[A-Za-z]/.test(written) && !/^\d{8}$/.test(written)) return null;
  const { year, month, day } = token.date;
  let date: IsoDate | null;
  if (month === null) {
    if (!afterDueWord || !/[日号]$/.test(written) || logDate === null) return null;
    const [y, m] = logDate.split('-').map(Number) as [number, number];
    date = nearest([makeDate(y, m - 1, day), makeDate(y, m, day), makeDate(y, m + 1, day)], logDate);
  } else if (year !== null) {
    date = makeDate(year, month, day);
  } else {
    if (logDate === null) return null;
    const y = Number(logDate.slice(0, 4));
    date = nearest([makeDate(y - 1, month, day), makeDate(y, month, day), makeDate(y + 1, month, day)], logDate);
  }
  if (date) return { date };
  return separated.test(written) ? { impossibleUntil: position + token.length } : null;
}

/** The dates written in an item's text; dates without a year are placed by the log's date, and left out without one. */
export function readItemDates(text: string, logDate: IsoDate | null): ItemDateReading {
  const normalised = text.normalize('NFC');
  const dates: ItemDates = {};
  const impossible: string[] = [];
  dateEmoji.lastIndex = 0;
  for (let match = dateEmoji.exec(normalised); match; match = dateEmoji.exec(normalised)) {
    const kind = emojiKinds[match[1] ?? ''];
    const reading = readDateAt(normalised, match.index + match[0].length, logDate, false);
    if (!kind || !reading) continue;
    if ('impossibleUntil' in reading) impossible.push(normalised.slice(match.index, reading.impossibleUntil).trim());
    // The first of each kind counts, as in Obsidian Tasks.
    else if (dates[kind] === undefined) dates[kind] = reading.date;
  }
  if (dates.due === undefined) {
    const words = normalised.normalize('NFKC');
    dueWord.lastIndex = 0;
    for (let match = dueWord.exec(words); match; match = dueWord.exec(words)) {
      const reading = readDateAt(words, match.index + match[0].length, logDate, true);
      if (!reading) continue;
      if ('impossibleUntil' in reading) {
        // Quoted as written where the folding kept every character in place (full-width `：` and digits do).
        const source = words.length === normalised.length ? normalised : words;
        impossible.push(source.slice(match.index, reading.impossibleUntil).trim());
        continue;
      }
      dates.due = reading.date;
      break;
    }
  }
  const every = recurrence.exec(normalised)?.[1]?.trim();
  if (every) dates.recurrence = every;
  return { dates: Object.keys(dates).length > 0 ? dates : undefined, impossible };
}
