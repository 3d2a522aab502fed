/** coverage/pending: a drill named in an open item. */

import type { Rule } from '../rule.js';
import { cellResult, drillName, nodeCount } from './coverage-cells.js';

export const coveragePending: Rule<'coverage/pending'> = {
  id: 'coverage/pending',
  run: (context) => context.coverage.cells
    .filter((cell) => cell.state === 'pending')
    .map((cell) => {
      const nodes = cell.nodes === null ? '' : ` (${nodeCount(cell.nodes)})`;
      return cellResult(context, cell, `${cell.system}: ${drillName(context, cell.faultType)} is still to do${nodes}`);
    }),
  logs: 'every',
};
