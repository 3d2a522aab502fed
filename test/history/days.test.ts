import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/build.js';
import { defaultCalendar } from '../../src/config/defaults.js';
import { buildHistory } from '../../src/history/aging.js';
import type { WorkLog } from '../../src/model/log.js';
import { fixturesDir, parseFixture, runCli } from '../helpers.js';

/**
 * What `fixtures/history/days/expected.json` holds for each day: every open item by its text, and what changed
 * since the previous log. Other keys (an item's `overdue`, a day's `coverage`) belong to other checks and are kept.
 */
interface ExpectedDay {
  open: Record<string, { firstSeen: string; age: number; carriedOver: boolean } & Record<string, unknown>>;
  doneSincePrevious: string[];
  cancelledSincePrevious: string[];
  dropped: string[];
  [other: string]: unknown;
}

const folder = join(fixturesDir, 'history/days');
const expectedPath = join(folder, 'expected.json');
const logs: WorkLog[] = readdirSync(folder).filter((name) => name.endsWith('.md')).sort().map((name) => parseFixture(join(folder, name)));
const calendar = buildCalendar(defaultCalendar);

function actualDay(today: WorkLog, kept: ExpectedDay | undefined): ExpectedDay {
  const history = buildHistory(logs, today, calendar);
  const open: ExpectedDay['open'] = {};
  for (const [item, age] of history.ages) open[item.text] = { ...kept?.open[item.text], ...age };
  const texts = (items: { text: string }[]) => items.map((item) => item.text);
  return {
    ...kept,
    open,
    doneSincePrevious: texts(history.doneSincePrevious),
    cancelledSincePrevious: texts(history.cancelledSincePrevious),
    dropped: texts(history.dropped),
  };
}

describe('three weeks of logs around the 2025 Labour Day holiday', () => {
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, ExpectedDay>;
  const actual = Object.fromEntries(logs.map((log) => [log.date ?? log.file, actualDay(log, expected[log.date ?? log.file])]));
  if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);

  it('holds at least twelve dated logs over three weeks', () => {
    expect(logs.length).toBeGreaterThanOrEqual(12);
    expect(logs.every((log) => log.date !== null)).toBe(true);
  });

  it.each(logs.map((log) => log.date ?? log.file))('%s: first seen, age, carried over, done, cancelled and dropped as expected', (day) => {
    expect(actual[day]).toEqual(expected[day]);
  });
});

describe('the views of the last day', () => {
  const env = { WORKLOG_TODAY: '2025-05-09' };

  it('lists the cancelled item as cancelled, never done, in JSON, markdown and text', async () => {
    const json = JSON.parse((await runCli(['status', '--format', 'json', '--no-provenance', folder], { env })).stdout);
    expect(json.doneSincePrevious).toEqual([]);
    expect(json.cancelledSincePrevious.map((item: { text: string }) => item.text)).toEqual(['巡检告警阈值']);
    const markdown = (await runCli(['report', '--format', 'markdown', '--no-provenance', folder], { env })).stdout;
    expect(markdown).toContain('## Since 2025-05-08');
    expect(markdown).toContain('- **cancelled** 巡检告警阈值 — _日常_');
    expect(markdown).toMatch(/资金对账进度跟踪.* · 12d \(since 2025-04-21\)/);
    expect((await runCli(['status', '--no-color', '--no-provenance', folder], { env })).stdout).toContain('Since 2025-05-08  1 cancelled');
  });

  it('lists only today\'s items, with their ages, unless every log is asked for', async () => {
    const today = JSON.parse((await runCli(['items', '--format', 'json', folder], { env })).stdout);
    expect(today.logs.map((log: { date: string }) => log.date)).toEqual(['2025-05-09']);
    expect(today.logs[0].items.find((item: { text: string }) => item.text === '支付磁盘放火')).toMatchObject({ firstSeen: '2025-04-28', age: 6, carriedOver: true });
    const every = JSON.parse((await runCli(['items', '--all-logs', '--format', 'json', folder], { env })).stdout);
    expect(every.logs).toHaveLength(logs.length);
  });

  it('shows every day with --all-logs, each as that day saw it: the same ages as each day alone', async () => {
    const every = JSON.parse((await runCli(['status', '--all-logs', '--format', 'json', '--no-provenance', folder], { env })).stdout);
    expect(every.logs.map((day: { today: string }) => day.today)).toEqual(logs.map((log) => log.date));
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, ExpectedDay>;
    for (const day of every.logs as { today: string; open: { text: string; firstSeen: string; age: number }[]; history: unknown[]; dropped: { text: string }[] }[]) {
      const ages = Object.fromEntries(day.open.map((item) => [item.text, { firstSeen: item.firstSeen, age: item.age }]));
      const want = expected[day.today];
      expect(ages).toEqual(Object.fromEntries(Object.entries(want?.open ?? {}).map(([text, age]) => [text, { firstSeen: age.firstSeen, age: age.age }])));
      expect(day.dropped.map((item) => item.text)).toEqual(want?.dropped);
    }
    // Nothing after a day is part of its history.
    expect(every.logs[0].history).toEqual([]);
    expect(every.logs[5].history).toHaveLength(5);
    const text = (await runCli(['status', '--all-logs', '--no-color', '--no-provenance', folder], { env })).stdout;
    for (const log of logs) expect(text).toContain(`${log.date ?? ''} `);
    const page = (await runCli(['report', '--all-logs', '--format', 'html', '--no-provenance', folder], { env })).stdout;
    expect(page.match(/<!DOCTYPE html>/g)).toHaveLength(1);
    expect(page.match(/data-section="footer"/g)).toHaveLength(logs.length);
    expect(page).toContain(`<title>${logs.length} logs · `);
  });

  it('gives each open item its age in the terminal and in markdown, as status does', async () => {
    const text = (await runCli(['items', '--no-color', folder], { env })).stdout;
    expect(text).toMatch(/\[ \]\s+\S+\s+6d\s+支付磁盘放火/);
    const markdown = (await runCli(['items', '--format', 'markdown', folder], { env })).stdout;
    expect(markdown).toContain('支付磁盘放火 · 6d (since 2025-04-28)');
    // The first day has nothing to compare with: no age at all rather than every item `new`.
    const first = (await runCli(['items', '--no-color', join(folder, '2025-04-21.md')], { env })).stdout;
    expect(first).not.toMatch(/\snew\s|\d+d\s/);
  });
});
