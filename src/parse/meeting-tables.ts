/** Meeting tables: a `时间`/`Time` column holding times of day, or a header naming meetings or attendees; they are not plans. */

import { normaliseHeader } from './staffing-headers.js';

const meetingHeaders = new Set([
  '会议', '会议名称', '议题', '参会人', '参会人员', '与会人', '与会人员', '参与人',
  'meeting', 'meetings', 'attendees', 'participants', 'agenda',
]);

// `14:00-15:00`, `9am`, `下午`, and hours after a weekday: `周一 10-11`, `Wed 14-15`.
const timeOfDay = [
  /\d{1,2}\s*[:：]\s*\d{2}/,
  /\d\s*(?:am|pm)\b/i,
  /[上下中晚]午|晚上|早上/,
  /(?:周|星期|礼拜)[一二三四五六日天]\s*\d{1,2}\s*[-~–]\s*\d{1,2}(?![\d./月])/,
  /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d{1,2}\s*[-~–]\s*\d{1,2}(?![\d./])/i,
];

/** Whether a cell holds a time of day rather than a date or a range of dates. */
export function isTimeOfDay(cell: string): boolean {
  const text = cell.normalize('NFKC');
  return timeOfDay.some((pattern) => pattern.test(text));
}

/** A meeting table: a header names meetings or attendees, or most of its time cells hold times of day. */
export function isMeetingTable(headers: readonly string[], timeCells: readonly string[]): boolean {
  if (headers.some((header) => meetingHeaders.has(normaliseHeader(header)))) return true;
  const written = timeCells.filter((cell) => cell.trim() !== '');
  return written.length > 0 && written.filter(isTimeOfDay).length * 2 > written.length;
}
