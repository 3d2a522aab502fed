/** A log's date as people write it in a title, front matter or file name, rewritten to another day in the same form. */

import { weekday } from '../calendar/iso-date.js';
import type { IsoDate } from '../model/log.js';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const chineseWeekdays = ['日', '一', '二', '三', '四', '五', '六'];

interface Day {
  year: number;
  month: number;
  day: number;
}

function dayOf(date: IsoDate): Day {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

/** Month and day as wide as before: two digits when either was written with a leading zero, or when `padTwoDigits` and both had two. */
function sameWidths(to: Day, month: string, day: string, padTwoDigits = false): [string, string] {
  const padded = month.startsWith('0') || day.startsWith('0') || (padTwoDigits && month.length === 2 && day.length === 2);
  return padded ? [String(to.month).padStart(2, '0'), String(to.day).padStart(2, '0')] : [String(to.month), String(to.day)];
}

/** `name` as `written` was written for `writtenFull`: whole or cut to three letters, its case, its dot: `Apr` → `May`, `MONDAY` → `TUESDAY`. */
function sameLook(name: string, written: string, writtenFull: string): string {
  const bare = written.replace(/\.$/, '');
  const cut = bare.toLowerCase() === writtenFull.toLowerCase() ? name : name.slice(0, 3);
  const cased = bare === bare.toUpperCase() ? cut.toUpperCase() : bare === bare.toLowerCase() ? cut.toLowerCase() : cut;
  return written.endsWith('.') && !cased.endsWith('.') ? `${cased}.` : cased;
}

/** The ordinal suffix of `day` in the case `written` was in: `9th` → `1st`, `8TH` → `9TH`. */
function ordinal(day: number, written: string): string {
  const suffix = day % 100 >= 11 && day % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th');
  return written === written.toUpperCase() ? suffix.toUpperCase() : suffix;
}

function monthIndex(written: string): number {
  const stem = written.replace(/\.$/, '').toLowerCase();
  return monthNames.findIndex((name) => name.toLowerCase().startsWith(stem));
}

const monthWord = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** One way of writing a date: what it matches, the day it says, and the same words for another day. */
interface DateForm {
  pattern: RegExp;
  read: (match: RegExpExecArray, year: number) => Day | null;
  write: (match: RegExpExecArray, to: Day) => string;
}

// Tried in this order; a form's matches are rewritten before the next form looks, so each date is rewritten once.
const dateForms: readonly DateForm[] = [
  { // 2024年4月9日, 2024 年 04 月 09 号
    pattern: /(\d{4})(\s*年\s*)(\d{1,2})(\s*月\s*)(\d{1,2})(\s*[日号])/g,
    read: (m) => ({ year: Number(m[1]), month: Number(m[3]), day: Number(m[5]) }),
    write: (m, to) => {
      const [month, day] = sameWidths(to, m[3] ?? '', m[5] ?? '');
      return `${to.year}${m[2]}${month}${m[4]}${day}${m[6]}`;
    },
  },
  { // 2024-04-09, 2024/4/9, 2024.04.09, 2024_04_09, 20240409
    pattern: /(?<!\d)(\d{4})([-/._]?)(\d{1,2})\2(\d{1,2})(?!\d)/g,
    read: (m) => (m[2] === '' && `${m[3]}${m[4]}`.length !== 4 ? null : { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }),
    write: (m, to) => sameWidths(to, m[3] ?? '', m[4] ?? '', true).reduce((written, part) => `${written}${m[2]}${part}`, String(to.year)),
  },
  { // Apr 9, 2024; April 9th 2024
    pattern: new RegExp(`\\b${monthWord}(\\s+)(\\d{1,2})(st|nd|rd|th)?(,?\\s+)(\\d{4})\\b`, 'gi'),
    read: (m) => ({ year: Number(m[6]), month: monthIndex(m[1] ?? '') + 1, day: Number(m[3]) }),
    write: (m, to) => `${sameLook(monthNames[to.month - 1] ?? '', monthText(m), monthNames[monthIndex(m[1] ?? '')] ?? '')}${m[2]}${to.day}${m[4] ? ordinal(to.day, m[4]) : ''}${m[5]}${to.year}`,
  },
  { // 9 April 2024, 9th Apr. 2024
    pattern: new RegExp(`\\b(\\d{1,2})(st|nd|rd|th)?(\\s+)${monthWord}(,?\\s+)(\\d{4})\\b`, 'gi'),
    read: (m) => ({ year: Number(m[6]), month: monthIndex(m[4] ?? '') + 1, day: Number(m[1]) }),
    write: (m, to) => `${to.day}${m[2] ? ordinal(to.day, m[2]) : ''}${m[3]}${sameLook(monthNames[to.month - 1] ?? '', monthText(m, 4), monthNames[monthIndex(m[4] ?? '')] ?? '')}${m[5]}${to.year}`,
  },
  { // 4月9日 with no year: the log's own year is meant
    pattern: /(?<![\d年\s])(\s*)(\d{1,2})(\s*月\s*)(\d{1,2})(\s*[日号])/g,
    read: (m, year) => ({ year, month: Number(m[2]), day: Number(m[4]) }),
    write: (m, to) => {
      const [month, day] = sameWidths(to, m[2] ?? '', m[4] ?? '');
      return `${m[1]}${month}${m[3]}${day}${m[5]}`;
    },
  },
];

/** The month as written, with its abbreviating dot, which the pattern's group leaves out. */
function monthText(match: RegExpExecArray, group = 1): string {
  const written = match[group] ?? '';
  const at = match[0].indexOf(written, group === 1 ? 0 : (match[1] ?? '').length);
  return match[0][at + written.length] === '.' ? `${written}.` : written;
}

function weekdayIndex(written: string): number {
  return weekdayNames.findIndex((name) => name.toLowerCase().startsWith(written.toLowerCase().slice(0, 3)));
}

const weekdayForms: readonly { pattern: RegExp; index: (written: string) => number; write: (written: string, index: number) => string }[] = [
  { // 星期二, 周二, 礼拜天
    pattern: /(?:星期|周|礼拜)[一二三四五六日天]/g,
    index: (written) => chineseWeekdays.indexOf(written.slice(-1) === '天' ? '日' : written.slice(-1)),
    write: (written, index) => `${written.slice(0, -1)}${index === 0 && written.endsWith('天') ? '天' : chineseWeekdays[index]}`,
  },
  { // Monday, Tue, Thurs.
    pattern: /\b(?:Sun|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)(?:day|sday|nesday|rsday|urday)?\b\.?/gi,
    index: weekdayIndex,
    write: (written, index) => sameLook(weekdayNames[index] ?? '', written, weekdayNames[weekdayIndex(written)] ?? ''),
  },
];

const sameDay = (a: Day, b: Day): boolean => a.year === b.year && a.month === b.month && a.day === b.day;

/**
 * `text` with every writing of `from` turned into `to` in the same form, and, when a date was rewritten, the weekday of
 * `from` turned into that of `to` in the same language; other dates and words are left as they are.
 */
export function rewriteDate(text: string, from: IsoDate, to: IsoDate): { text: string; rewritten: boolean } {
  const old = dayOf(from);
  const next = dayOf(to);
  let rewritten = false;
  let result = text;
  for (const form of dateForms) {
    result = result.replace(form.pattern, (...args: unknown[]) => {
      const match = Object.assign(args.slice(0, -2).map((part) => (typeof part === 'string' ? part : undefined)), { index: 0, input: '' }) as unknown as RegExpExecArray;
      const day = form.read(match, old.year);
      if (!day || !sameDay(day, old)) return match[0];
      rewritten = true;
      return form.write(match, next);
    });
  }
  if (!rewritten) return { text, rewritten };
  const [oldWeekday, newWeekday] = [weekday(from), weekday(to)];
  for (const form of weekdayForms) {
    result = result.replace(form.pattern, (written) => (form.index(written) === oldWeekday ? form.write(written, newWeekday) : written));
  }
  return { text: result, rewritten };
}
