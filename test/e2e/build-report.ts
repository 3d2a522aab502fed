/** Builds the status report of fixture logs the way the CLI does, with a fixed provenance so output is deterministic. */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../../src/analyze/index.js';
import { buildStatus, type StatusReport } from '../../src/analyze/status.js';
import { analyseStatus } from '../../src/analyze/status-analysis.js';
import { buildCalendar } from '../../src/calendar/build.js';
import type { WorklogConfig } from '../../src/model/config.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { withExtraHeaders } from '../../src/parse/staffing-headers.js';
import { fixturesDir, parseFixture, referenceLog } from '../helpers.js';

export const hostileLog = join(fixturesDir, 'report-hostile.md');
/** Two earlier logs of the hostile one: an item carried over, one done since, one dropped. */
export const hostileHistory = ['2023-11-03.md', '2023-11-10.md'].map((name) => join(fixturesDir, 'report', 'hostile-history', name));
export { referenceLog };

export function buildReport(paths: readonly string[], config: WorklogConfig = defaultConfig): StatusReport {
  const calendar = buildCalendar(config.calendar);
  const headerAliases = withExtraHeaders(config.staffing.headers);
  const logs = paths.map((path) => parseFixture(path, { calendar, headerAliases }));
  const context = createContext(logs, config, calendar);
  return buildStatus(context, {
    files: logs.map((log) => ({ file: log.file, date: log.date, commit: null })),
    today: context.today.date,
    calendar: calendar.source,
    version: '0.1.0',
  }, [], analyseStatus(context));
}

const systems = ['现金贷', '钱包', '支付中台', '收银台', '支付风控', '营销', '商账户', 'web', '信用卡', '信贷风控'];
const faults = ['磁盘', 'CPU', '内存'];
const hosts = ['workflow-worker.gemini.risk', 'fbi-rome-service-us.fbi.risk', 'pay-core-gateway.gemini.payment', 'cashier-web-v2.gemini.checkout'];

/** The day's n-th extra item, the kinds the reference log has: drills, follow-ups naming long host names, chores. */
function extraItem(n: number): string {
  const system = systems[n % systems.length] ?? '';
  const fault = faults[n % faults.length] ?? '';
  const host = `us01-${system === 'web' ? 'web' : 'svc'}${n}-v.${hosts[n % hosts.length] ?? ''}.fintech.didi.com`;
  switch (n % 4) {
    case 0: return `- [x] ${system}${fault}放火`;
    case 1: return `- [ ] P2 ${system}${fault}放火，节点 ${host} 未触发报警，待重新注入`;
    case 2: return `- [ ] 跟踪${system}报警配置改造进度（第${n}批，涉及 ${host}）`;
    default: return `- [ ] P3 ${system}预发环境回归用例补充与评审`;
  }
}

/** A copy of the reference log in `dir` with `count` more items in its drill list, as a busy day would have. */
export function referenceWithMoreItems(dir: string, count: number): string {
  const lines = readFileSync(referenceLog, 'utf8').split('\n');
  const last = lines.findIndex((line) => line.startsWith('- [ ] 线上故障放火的复盘模板'));
  const extra = Array.from({ length: count }, (_, index) => extraItem(index));
  const path = join(dir, '2023-11-12.md');
  writeFileSync(path, [...lines.slice(0, last + 1), ...extra, ...lines.slice(last + 1)].join('\n'));
  return path;
}

/** A copy of the reference log in `dir` whose first sequence diagram declares `count` more participants it never uses: a finding each. */
export function referenceWithMoreFindings(dir: string, count: number): string {
  const lines = readFileSync(referenceLog, 'utf8').split('\n');
  const first = lines.findIndex((line) => line.startsWith('participant '));
  const extra = Array.from({ length: count }, (_, index) => `participant node${index} as 巡检节点${index}`);
  const path = join(dir, '2023-11-12.md');
  writeFileSync(path, [...lines.slice(0, first), ...extra, ...lines.slice(first)].join('\n'));
  return path;
}
