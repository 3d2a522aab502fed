/** The status report: everything `worklog status` shows, computed from the logs. */

import type { Finding } from '../model/diagnostic.js';
import type { Item, ItemStatus, WorkLog } from '../model/log.js';
import { diagnosticsAsFindings, newestLog, summarise, type FindingSummary } from './findings.js';
import { byPriorityThenLine, countByStatus, groupByPriority, openItems, type PriorityGroup } from './items.js';

export interface StatusReport {
  /** Today's log: the newest dated one. */
  log: WorkLog;
  /** The other logs given, older or undated. */
  history: WorkLog[];
  counts: Record<ItemStatus, number>;
  open: Item[];
  openByPriority: PriorityGroup[];
  findings: Finding[];
  summary: FindingSummary;
  version: string;
}

export function buildStatus(logs: readonly WorkLog[], version: string): StatusReport {
  const log = newestLog(logs);
  if (!log) throw new Error('buildStatus needs at least one log');
  const open = openItems(log).sort(byPriorityThenLine);
  const findings = diagnosticsAsFindings(log);
  return {
    log,
    history: logs.filter((other) => other !== log),
    counts: countByStatus(log.items),
    open,
    openByPriority: groupByPriority(open),
    findings,
    summary: summarise(findings),
    version,
  };
}
