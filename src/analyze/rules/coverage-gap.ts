/** coverage/gap: a required system × fault type that no log has drilled. */

import type { Rule } from '../rule.js';
import { cellResult } from './coverage-cells.js';

export const coverageGap: Rule<'coverage/gap'> = {
  id: 'coverage/gap',
  run: (context) => context.coverage.cells
    .filter((cell) => cell.state === 'never')
    .map((cell) => {
      const label = context.coverage.faultTypes.find((type) => type.id === cell.faultType)?.label ?? cell.faultType;
      return cellResult(context, cell, `${cell.system} has never had a ${label} drill`);
    }),
  logs: 'every',
};
