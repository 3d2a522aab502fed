import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { renderReportEmail } from '../../src/render/email.js';
import { paint } from '../../src/render/color.js';
import { buildReport, referenceLog } from '../e2e/build-report.js';
import { runCli, temporaryDirectory } from '../helpers.js';

const reference = 'fixtures/2023-11-12.md';
const env = { WORKLOG_TODAY: '2023-11-12' };
const addresses = ['--to', 'qa@example.com,lead@example.com', '--to', 'ops@example.com', '--from', 'Worklog <worklog@example.com>'];

async function email(args: string[]): Promise<{ raw: string; mail: ParsedMail }> {
  const result = await runCli(['report', '--format', 'email', ...addresses, ...args, reference], { env });
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return { raw: result.stdout, mail: await simpleParser(result.stdout) };
}

describe('worklog report --format email', () => {
  it('is a multipart/alternative message whose parts are the text and HTML reports', async () => {
    const { raw, mail } = await email([]);
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(mail.headers.get('mime-version')).toBe('1.0');
    // Lines end in LF, as `sendmail -t` reads them; the mail system writes CRLF on the wire.
    expect(raw).not.toContain('\r');
    expect(raw).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    expect(raw).toMatch(/^Content-Type: text\/html; charset=utf-8$/m);
    const text = await runCli(['report', '--format', 'text', reference], { env });
    const html = await runCli(['report', '--format', 'html', reference], { env });
    expect(mail.text).toBe(text.stdout);
    expect(mail.html).toBe(html.stdout);
  });

  it("is addressed as asked and dated today, its subject the day's summary, encoded as UTF-8", async () => {
    const { raw, mail } = await email([]);
    expect(mail.subject).toBe('今日工作 2023年11月12日 · 23 open · P1 1 · 8 double bookings');
    expect(raw).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
    expect(mail.to).toMatchObject({ value: [{ address: 'qa@example.com' }, { address: 'lead@example.com' }, { address: 'ops@example.com' }] });
    expect(mail.from).toMatchObject({ value: [{ address: 'worklog@example.com', name: 'Worklog' }] });
    expect(mail.date?.toISOString()).toBe('2023-11-12T00:00:00.000Z');
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@example\.com>$/);
  });

  it('is the same message on every run of the same day', async () => {
    expect((await email([])).raw).toBe((await email([])).raw);
  });

  it.each([
    ['fixtures/items/2025-01-02.md', '2025-01-02', '工作日志 2025年1月2日 · 8 open · 3 overdue'],
    ['fixtures/parse/priorities.md', '2024-03-11', '今日工作 2024-03-11 · 21 open · P0 2 · P1 5'],
  ])("summarises %s: what is urgent, what is overdue, and the date when the title lacks it", async (log, today, subject) => {
    const result = await runCli(['report', '--format', 'email', ...addresses, log], { env: { WORKLOG_TODAY: today } });
    expect((await simpleParser(result.stdout)).subject).toBe(subject);
  });

  it('takes a subject from --subject', async () => {
    const { mail } = await email(['--subject', '日报：网关演练']);
    expect(mail.subject).toBe('日报：网关演练');
  });

  it.each([
    [['--from', 'worklog@example.com'], '--format email needs --to: who the report goes to and comes from'],
    [['--to', 'qa@example.com'], '--format email needs --from: who the report goes to and comes from'],
    [[], '--format email needs --to and --from: who the report goes to and comes from'],
  ])('without an address (%j) exits 2 with one line', async (args, message) => {
    const result = await runCli(['report', '--format', 'email', ...args, reference], { env });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `worklog: ${message}\n` });
  });

  it('refuses --to, --from and --subject without --format email', async () => {
    const result = await runCli(['report', '--format', 'html', ...addresses, reference], { env });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'worklog: --to, --from and --subject go with --format email\n' });
  });

  it('goes to a file with --format email=FILE, the same message', async () => {
    const directory = temporaryDirectory();
    const result = await runCli(['report', '--format', `email=${join(directory, 'report.eml')}`, ...addresses, reference], { env });
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(directory, 'report.eml'), 'utf8')).toBe((await email([])).raw);
  });

  it('holds every log of --all-logs, summarised by the newest', async () => {
    const result = await runCli(['report', '--all-logs', '--format', 'email', ...addresses, 'fixtures/history/*.md'], { env });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const mail = await simpleParser(result.stdout);
    expect(mail.text).toContain('2023-11-08');
    expect(mail.html).toContain('2023-11-13');
    expect(mail.subject).toContain('2023-11-13');
  });
});

describe("a log's title in the subject", () => {
  it('cannot add a header of its own', async () => {
    const report = buildReport([referenceLog]);
    const hostile = { ...report, log: { ...report.log, title: '日报\r\nBcc: attacker@example.com\nX-Evil: 1' } };
    const raw = await renderReportEmail(hostile, {
      style: { chalk: paint(0), width: null }, version: '0', rules: [],
      message: { to: ['qa@example.com'], from: 'worklog@example.com', date: new Date('2023-11-12T00:00:00Z') },
    });
    const mail = await simpleParser(raw);
    expect(mail.bcc).toBeUndefined();
    expect(mail.headers.has('x-evil')).toBe(false);
    expect(mail.subject).toBe('日报 Bcc: attacker@example.com X-Evil: 1 2023-11-12 · 23 open · P1 1 · 8 double bookings');
  });
});
