/** Reads one written date at a position: `2023-11-06`, `20231106`, `11月6日`, `11.06`, `11/6`, `1106`, `6`, `Nov 6`. */

export interface PartialDate {
  year: number | null;
  month: number | null;
  day: number;
}

export interface DateToken {
  date: PartialDate;
  /** How many characters the token took. */
  length: number;
  /** True when the token has a month or a year, false for a bare day. */
  hasMonth: boolean;
}

const monthNames: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** The month for an English month name or its abbreviation, or null. */
export function monthFromName(name: string): number | null {
  const lower = name.toLowerCase();
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const index = full.indexOf(lower);
  if (index >= 0) return index + 1;
  return monthNames[lower.replace(/\.$/, '')] ?? null;
}

type TokenReader = (match: RegExpExecArray) => PartialDate | null;

const num = (text: string | undefined): number => Number(text);

// Tried in order at one position; the first that matches wins, so full dates come before their parts.
const readers: readonly [RegExp, TokenReader][] = [
  [/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/y, (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) })],
  [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/y, (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) })],
  [/(\d{4})(\d{2})(\d{2})(?!\d)/y, (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) })],
  [/(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/y, (m) => ({ year: null, month: num(m[1]), day: num(m[2]) })],
  [/(\d{1,2})[./](\d{1,2})(?![\d./])/y, (m) => ({ year: null, month: num(m[1]), day: num(m[2]) })],
  [/(\d{2})(\d{2})(?!\d)/y, (m) => ({ year: null, month: num(m[1]), day: num(m[2]) })],
  [/([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?![\d])/y, (m) => {
    const month = monthFromName(m[1] ?? '');
    return month === null ? null : { year: m[3] ? num(m[3]) : null, month, day: num(m[2]) };
  }],
  [/(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?)(?:,?\s+(\d{4}))?(?![\d])/y, (m) => {
    const month = monthFromName(m[2] ?? '');
    return month === null ? null : { year: m[3] ? num(m[3]) : null, month, day: num(m[1]) };
  }],
  [/(\d{1,2})\s*[日号]?(?!\d)/y, (m) => ({ year: null, month: null, day: num(m[1]) })],
];

/** The date token starting exactly at `position`, or null. */
export function readDateToken(text: string, position: number): DateToken | null {
  for (const [pattern, read] of readers) {
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (!match) continue;
    const date = read(match);
    if (!date) continue;
    return { date, length: match[0].length, hasMonth: date.month !== null };
  }
  return null;
}
