/** What `worklog coverage` does: which systems have had which faults drilled, and where the alarms failed. */

import { createContext, findingsOfRuns, runRuleSet } from '../../analyze/index.js';
import { coverageAlarm } from '../../analyze/rules/coverage-alarm.js';
import { coverageGap } from '../../analyze/rules/coverage-gap.js';
import { coveragePending } from '../../analyze/rules/coverage-pending.js';
import { exitCodes } from '../../errors.js';
import { formats } from '../../render/formats.js';
import type { Invocation } from '../commands.js';
import { writeFormatted } from '../format.js';
import { readInputs, warnUnreadable } from '../load.js';

export async function coverageAction({ paths, options, io }: Invocation): Promise<number> {
  const { config, calendar, logs, unreadable } = await readInputs(paths, options, io, { needsLog: true });
  // The plan and the matrix are made of the logs that were read; what was not is said beside them.
  warnUnreadable(io, unreadable);
  const context = createContext(logs, config, calendar);
  const findings = findingsOfRuns([runRuleSet(context, [coverageGap, coveragePending, coverageAlarm], false)], context);
  await writeFormatted(io, options, formats.coverage, { coverage: context.coverage, findings });
  return exitCodes.ok;
}
