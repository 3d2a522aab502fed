import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCoverage } from '../../src/analyze/coverage/matrix.js';
import { dueItems } from '../../src/analyze/due.js';
import { isOpen } from '../../src/analyze/items.js';
import { buildCalendar } from '../../src/calendar/build.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { resolveConfig, validateConfig } from '../../src/config/validate.js';
import { buildHistory } from '../../src/history/aging.js';
import { buildTrend, type TrendDay } from '../../src/history/trend.js';
import type { WorklogConfig } from '../../src/model/config.js';
import type { WorkLog } from '../../src/model/log.js';
import { fixturesDir, parseFixture } from '../helpers.js';

const logsIn = (folder: string): WorkLog[] =>
  readdirSync(folder).filter((name) => name.endsWith('.md')).sort().map((name) => parseFixture(join(folder, name)));

function configIn(folder: string): WorklogConfig {
  const file = join(folder, 'worklog.config.json');
  return resolveConfig(validateConfig(JSON.parse(readFileSync(file, 'utf8')), file), file);
}

const days = join(fixturesDir, 'history/days');
const overTime = join(fixturesDir, 'coverage/over-time');
const undated = join(fixturesDir, 'trend/undated');

/** The counts a day of the trend shows, without the coverage score. */
const counts = ({ date, open, done, cancelled, added, dropped, overdue }: TrendDay) => ({ date, open, done, cancelled, added, dropped, overdue });

describe('buildTrend', () => {
  it('counts the three weeks around Labour Day 2025 as worked out by hand', () => {
    const calendar = buildCalendar(defaultConfig.calendar);
    const trend = buildTrend(logsIn(days), defaultConfig.coverage, calendar);
    expect(trend.days.map((day) => day.date)).toHaveLength(13);
    // The first log: everything open is new, nothing came before it to be done, cancelled or dropped.
    expect(counts(trend.days[0] as TrendDay)).toEqual({ date: '2025-04-21', open: 7, done: 0, cancelled: 0, added: 7, dropped: 0, overdue: 0 });
    // 营销CPU放火 ticked; 整理测试数据 gone; 商户进件… reworded as 评审商户进件… the day before is carried, not added.
    expect(counts(trend.days[3] as TrendDay)).toEqual({ date: '2025-04-24', open: 6, done: 1, cancelled: 0, added: 0, dropped: 1, overdue: 0 });
    // 准备季度汇报 cancelled: counted apart from done.
    expect(counts(trend.days[4] as TrendDay)).toEqual({ date: '2025-04-25', open: 5, done: 0, cancelled: 1, added: 0, dropped: 0, overdue: 0 });
    // One drill of 营销 done out of its four required cells, then a learned system doubles what is required.
    expect(trend.days[3]?.coverage).toEqual({ done: 1, required: 4, ratio: 0.25 });
    expect(trend.days[6]?.coverage).toEqual({ done: 1, required: 8, ratio: 0.125 });
  });

  it('scores coverage as of each day: 钱包 disk, done 2024-03-26, expires after ten working days on 2024-04-11', () => {
    const config = configIn(overTime);
    const trend = buildTrend(logsIn(overTime), config.coverage, buildCalendar(config.calendar));
    const score = (date: string) => trend.days.find((day) => day.date === date)?.coverage;
    // 钱包 2 + 账户中心 memory expired 0.75 and network 1 + 收银台 2 + 营销 disk 1.
    expect(score('2024-04-10')).toEqual({ done: 6.75, required: 16, ratio: 0.422 });
    // The next day 钱包 disk is stale (0.75) and 账户中心 network's alarm did not fire (0.5).
    expect(score('2024-04-11')).toEqual({ done: 6, required: 16, ratio: 0.375 });
  });

  it('counts overdue items, rewording, cancelling and dropping in a folder with an undated log', () => {
    const calendar = buildCalendar(defaultConfig.calendar);
    const trend = buildTrend(logsIn(undated), defaultConfig.coverage, calendar);
    expect(trend.undated).toEqual(['fixtures/trend/undated/会议记录.md']);
    expect(trend.days.map(counts)).toEqual([
      // The certificate is due today, not overdue.
      { date: '2025-06-02', open: 4, done: 0, cancelled: 0, added: 4, dropped: 0, overdue: 0 },
      { date: '2025-06-03', open: 4, done: 2, cancelled: 0, added: 2, dropped: 0, overdue: 0 },
      // The report (due 06-03) and the reworded regression cases (due 06-04) are late; 联系 DBA… is gone.
      { date: '2025-06-05', open: 3, done: 0, cancelled: 1, added: 1, dropped: 1, overdue: 2 },
    ]);
  });

  it('limits the rows to --since and --until, still reading the logs before them as history', () => {
    const calendar = buildCalendar(defaultConfig.calendar);
    const logs = logsIn(days);
    const whole = buildTrend(logs, defaultConfig.coverage, calendar);
    const range = buildTrend(logs, defaultConfig.coverage, calendar, { since: '2025-04-24', until: '2025-04-28' });
    expect(range.days.map((day) => day.date)).toEqual(['2025-04-24', '2025-04-25', '2025-04-27', '2025-04-28']);
    expect(range.days).toEqual(whole.days.slice(3, 7));
    expect(buildTrend(logs, defaultConfig.coverage, calendar, { since: '2025-06-01' }).days).toEqual([]);
  });

  // Each day as `status` and `coverage` would see it with that log as today: the one walk agrees with them.
  it.each([
    ['history/days', days, defaultConfig],
    ['coverage/over-time', overTime, configIn(overTime)],
    ['trend/undated', undated, defaultConfig],
  ])('agrees day by day with the history and coverage of %s', (_name, folder, config) => {
    const calendar = buildCalendar(config.calendar);
    const logs = logsIn(folder);
    const trend = buildTrend(logs, config.coverage, calendar);
    for (const day of trend.days) {
      const today = logs.find((log) => log.file === day.file) as WorkLog;
      const history = buildHistory(logs, today, calendar);
      const upToToday = logs.filter((log) => log.date !== null && log.date <= day.date);
      expect(day, day.date).toEqual({
        date: today.date,
        file: today.file,
        open: today.items.filter(isOpen).length,
        done: history.doneSincePrevious.length,
        cancelled: history.cancelledSincePrevious.length,
        added: [...history.ages.values()].filter((age) => !age.carriedOver).length,
        dropped: history.dropped.length,
        overdue: dueItems(today, calendar).filter((entry) => entry.daysLate > 0).length,
        coverage: buildCoverage(upToToday, config.coverage, calendar).score,
      });
    }
  });
});
