/** What `worklog coverage` does: which systems have had which faults drilled, and where the alarms failed. */

import { createContext, runRules } from '../../analyze/index.js';
import { coverageAlarm } from '../../analyze/rules/coverage-alarm.js';
import { coverageGap } from '../../analyze/rules/coverage-gap.js';
import { coveragePending } from '../../analyze/rules/coverage-pending.js';
import { renderCoverageJson } from '../../render/json.js';
import { renderCoverageMarkdown } from '../../render/markdown/coverage.js';
import { renderCoverageText } from '../../render/text/coverage.js';
import type { CliIO } from '../io.js';
import { readInputs } from '../load.js';
import { writeFormatted, type CommonOptions } from '../options.js';

export async function coverageAction(paths: string[], options: CommonOptions, io: CliIO): Promise<void> {
  const { config, calendar, logs } = await readInputs(paths, options, io);
  const context = createContext(logs, config, calendar);
  const findings = runRules(context, [coverageGap, coveragePending, coverageAlarm], false);
  writeFormatted(io, options, {
    json: () => renderCoverageJson(context.coverage, findings),
    markdown: () => renderCoverageMarkdown(context.coverage),
    text: (style) => renderCoverageText(context.coverage, findings, style),
  });
}
