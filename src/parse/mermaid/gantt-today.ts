/** Where mermaid's "today" (the day worklog runs) goes into a log's model, so that a model can be kept across days when none of it does. */

import type { WorkLog } from '../../model/log.js';

/**
 * A format of times of day only (`HH:mm`, Obsidian Day Planner's): mermaid reads it on the day it draws, which for
 * worklog is the chart's "today" (the day worklog runs).
 */
export function timeOnly(pattern: string): boolean {
  const tokens = pattern.replace(/\[[^\]]*\]/g, '');
  return /[Hhkms]/.test(tokens) && !/[YMDQWwXxdGg]/.test(tokens);
}

/**
 * Whether the log would parse to another model on another day. Mermaid's "today" is read in two places only: the day a
 * time-only chart's times fall on, and the start or end of a task whose `after`/`until` names no task of its chart,
 * which gantt/unknown-id reports (whatever its severity: diagnostics are kept before the configuration is applied).
 */
export function readsToday(log: Pick<WorkLog, 'gantts' | 'diagnostics'>): boolean {
  return log.diagnostics.some((diagnostic) => diagnostic.ruleId === 'gantt/unknown-id') || log.gantts.some((chart) => timeOnly(chart.dateFormat));
}
