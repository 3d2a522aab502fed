/** Builds the status report of fixture logs the way the CLI does, with a fixed provenance so output is deterministic. */

import { join } from 'node:path';
import { createContext } from '../../src/analyze/index.js';
import { buildStatus, type StatusReport } from '../../src/analyze/status.js';
import { buildCalendar } from '../../src/calendar/build.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { withExtraHeaders } from '../../src/parse/staffing-headers.js';
import { fixturesDir, parseFixture, referenceLog } from '../helpers.js';

export const hostileLog = join(fixturesDir, 'report-hostile.md');
/** Two earlier logs of the hostile one: an item carried over, one done since, one dropped. */
export const hostileHistory = ['2023-11-03.md', '2023-11-10.md'].map((name) => join(fixturesDir, 'report', 'hostile-history', name));
export { referenceLog };

export function buildReport(paths: readonly string[]): StatusReport {
  const calendar = buildCalendar(defaultConfig.calendar);
  const headerAliases = withExtraHeaders(defaultConfig.staffing.headers);
  const logs = paths.map((path) => parseFixture(path, { calendar, headerAliases }));
  const context = createContext(logs, defaultConfig, calendar);
  return buildStatus(context, {
    files: logs.map((log) => ({ file: log.file, date: log.date, commit: null })),
    today: context.today.date,
    calendar: calendar.source,
    version: '0.1.0',
  });
}
