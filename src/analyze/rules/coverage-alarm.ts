/** coverage/alarm: a drill whose item says an alarm was missing, not configured, or did not fire. */

import type { Rule } from '../rule.js';
import { cellResult, drillName, nodeCount } from './coverage-cells.js';

export const coverageAlarm: Rule<'coverage/alarm'> = {
  id: 'coverage/alarm',
  run: (context) => context.coverage.cells
    .filter((cell) => cell.state === 'alarm')
    .map((cell) => {
      const nodes = cell.nodes === null ? '' : ` on ${nodeCount(cell.nodes)}`;
      return cellResult(context, cell, `${cell.system}: ${drillName(context, cell.faultType)} found an alarm missing or not firing${nodes}`);
    }),
  logs: 'every',
};
