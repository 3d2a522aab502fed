/** `worklog report --format email`: the daily report as one complete message, its text and HTML views side by side, ready for `sendmail -t`. */

import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { StatusReport } from '../analyze/status.js';
import { paint } from './color.js';
import type { FormatContext } from './formatter.js';
import { renderReportHtml } from './html/report.js';
import { renderReportAllLogsHtml } from './every-log.js';
import { renderReportText } from './text/status.js';
import { plural } from '../words/plural.js';

/** Who the message goes to and comes from, and when it is dated: what `report --to/--from/--subject` and the clock give. */
export interface MessageHeaders {
  to: readonly string[];
  from: string;
  /** Replaces the summary of the day when given. */
  subject?: string;
  date: Date;
}

/** `2 P0 · 1 P1`: the open items of the two priorities that cannot wait, where there are any. */
function urgentParts(report: StatusReport): string[] {
  return report.openByPriority
    .filter((group) => group.priority === 'P0' || group.priority === 'P1')
    .map((group) => `${group.priority ?? ''} ${group.items.length}`);
}

/**
 * `测试日报 2023-11-12 · 23 open · P1 1 · 8 double bookings`: the log's own title, in its own language, its date when
 * the title does not already say it, then what needs attention today; the counts are words the text report uses too.
 */
export function reportSubject(report: StatusReport): string {
  const { log } = report;
  const title = log.title ?? log.file;
  const heading = log.date && !saysDate(title, log.date) ? `${title} ${log.date}` : title;
  const overdue = report.due.filter((entry) => entry.daysLate > 0).length;
  const parts = [
    heading,
    `${report.counts.open} open`,
    ...urgentParts(report),
    overdue ? `${overdue} overdue` : '',
    report.schedule.overlaps ? plural(report.schedule.overlaps, 'double booking') : '',
  ];
  return oneLine(parts.filter((part) => part !== '').join(' · '));
}

/** Whether a title already names the day, written `2023-11-12`, `2023/11/12` or `2023年11月12日`. */
function saysDate(title: string, date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  return new RegExp(`(?<!\\d)${year}\\D{1,3}0?${month}\\D{1,3}0?${day}(?!\\d)`).test(title);
}

/** A header value of one line: a line break or other control character in a log's title must not start a header of its own. */
function oneLine(value: string): string {
  return value.replace(/\p{Cc}+/gu, ' ').trim();
}

/** The domain of the sender, for a Message-ID that says where it comes from. */
function senderDomain(from: string): string {
  const domain = /@([^\s>@]+)>?\s*$/.exec(from)?.[1];
  return domain ?? 'worklog.invalid';
}

/** The whole message, built by nodemailer; its Message-ID and part boundaries come from its content, so the same day gives the same bytes. */
async function composeMessage(text: string, html: string, defaultSubject: string, headers: MessageHeaders): Promise<string> {
  const subject = oneLine(headers.subject ?? defaultSubject);
  const digest = createHash('sha256').update(JSON.stringify([headers.to, headers.from, subject, headers.date.toISOString(), text, html])).digest('hex');
  const composer = new MailComposer({
    from: headers.from,
    to: [...headers.to],
    subject,
    date: headers.date,
    messageId: `<${digest.slice(0, 32)}@${senderDomain(headers.from)}>`,
    baseBoundary: digest.slice(32, 48),
    text: { content: text, contentType: 'text/plain; charset=utf-8' },
    html: { content: html, contentType: 'text/html; charset=utf-8' },
  });
  const message = await composer.compile().build();
  // Lines end as they do in any file piped to `sendmail -t` or msmtp: the mail system puts CRLF on the wire.
  return message.toString('utf8').replace(/\r\n/g, '\n');
}

/** The plain part is the report as piped: no colour, no width to cut to. */
const plainContext = (context: FormatContext): FormatContext => ({ ...context, style: { chalk: paint(0), width: null } });

/** The options are checked where they are read; a formatter run without them is a bug in the command, not the user's error. */
function headersOf(context: FormatContext): MessageHeaders {
  if (!context.message) throw new Error('--format email needs the message headers in its context');
  return context.message;
}

export async function renderReportEmail(report: StatusReport, context: FormatContext): Promise<string> {
  return composeMessage(renderReportText(report, plainContext(context)), renderReportHtml(report, context), reportSubject(report), headersOf(context));
}

/** Every log's report in one message, summarised by the newest, the day the run is about. */
export async function renderReportAllLogsEmail(reports: readonly StatusReport[], context: FormatContext): Promise<string> {
  const text = reports.map((report) => renderReportText(report, plainContext(context))).join('\n');
  const newest = reports.at(-1);
  return composeMessage(text, renderReportAllLogsHtml(reports), newest ? reportSubject(newest) : 'worklog', headersOf(context));
}
