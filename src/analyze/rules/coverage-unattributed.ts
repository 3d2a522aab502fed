/** coverage/unattributed: a drill item whose results no cell keeps, because it names no system. */

import type { UnattributedDrill } from '../../model/coverage.js';
import type { NotASystemWord } from '../../model/finding-data.js';
import type { Item, WorkLog } from '../../model/log.js';
import { inDrillSection, readDrill } from '../coverage/drill-item.js';
import { readSubject } from '../coverage/systems.js';
import { containsWord } from '../coverage/words.js';
import type { AnalysisContext, Rule, RuleResult } from '../rule.js';

// Items about the drill work rather than a drill (a retro, a template, a window, a report) count in no cell by nature.
const drillWork = [
  '复盘', '模板', '方案', '审批', '窗口', '申请', '纪要', '报告', '周报', '月报', '记录', '清单', '核对', '调研', '平台',
  'retro', 'retrospective', 'template', 'runbook', 'approval', 'window', 'write-up', 'write up', 'results', 'report', 'postmortem',
];

const kindWords: Readonly<Record<NotASystemWord['kind'], string>> = {
  time: 'a time', verb: 'a verb', pronoun: 'a pronoun', environment: 'an environment',
};

/** The item a drill was read from: the first on its line in the first log of its file, looked up rather than searched, as a big log holds thousands of drills. */
function itemsByPlace(logs: readonly WorkLog[]): (file: string, line: number) => Item | undefined {
  const logOfFile = new Map<string, WorkLog>();
  for (const log of logs) if (!logOfFile.has(log.file)) logOfFile.set(log.file, log);
  const itemsOfLog = new Map<WorkLog, Map<number, Item>>();
  return (file, line) => {
    const log = logOfFile.get(file);
    if (!log) return undefined;
    let items = itemsOfLog.get(log);
    if (!items) {
      items = new Map();
      for (const item of log.items) if (!items.has(item.line)) items.set(item.line, item);
      itemsOfLog.set(log, items);
    }
    return items.get(line);
  };
}

function result(context: AnalysisContext, drill: UnattributedDrill, itemAt: (file: string, line: number) => Item | undefined): RuleResult<'coverage/unattributed'> | null {
  const coverage = context.config.coverage;
  const item = itemAt(drill.file, drill.line);
  const reading = readDrill(drill.text, coverage);
  if (!item || reading.faults.length === 0 || containsWord(drill.text, drillWork)) return null;
  const { rejected } = readSubject(drill.text, coverage, inDrillSection(item, coverage));
  const done = item.status === 'done';
  // An open drill that merely names no system (`继续CPU演练`) loses nothing; a result, or a word taken for a system, does.
  if (!done && !reading.alarm && !rejected) return null;

  const labels = reading.faults.map((fault) => coverage.faultTypes.find((type) => type.id === fault.faultType)?.label ?? fault.faultType);
  const named = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : labels.join('');
  const what = `${done ? 'a done' : 'a'} ${named} drill${reading.alarm ? ' with an alarm problem' : ''}`;
  const why = rejected ? ` (\`${rejected.word}\` is ${kindWords[rejected.kind]}, not a system)` : '';
  return {
    file: drill.file,
    line: drill.line,
    column: drill.column,
    message: `${what} that names no system${why} counts in no cell: name the system in the item`,
    data: { faultTypes: reading.faults.map((fault) => fault.faultType), done, alarm: reading.alarm, notASystem: rejected },
  };
}

export const coverageUnattributed: Rule<'coverage/unattributed'> = {
  id: 'coverage/unattributed',
  run: (context) => {
    const itemAt = itemsByPlace(context.logs);
    return context.coverage.unattributed.flatMap((drill) => result(context, drill, itemAt) ?? []);
  },
  logs: 'every',
};
