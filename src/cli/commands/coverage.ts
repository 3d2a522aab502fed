/** `worklog coverage`: which systems have had which faults drilled, and where the alarms failed. */

import type { Command } from 'commander';
import { createContext, runRules } from '../../analyze/index.js';
import { coverageAlarm } from '../../analyze/rules/coverage-alarm.js';
import { coverageGap } from '../../analyze/rules/coverage-gap.js';
import { coveragePending } from '../../analyze/rules/coverage-pending.js';
import { renderCoverageJson } from '../../render/json.js';
import { renderCoverageMarkdown } from '../../render/markdown/coverage.js';
import { renderCoverageText } from '../../render/text/coverage.js';
import type { CliIO } from '../io.js';
import { readInputs } from '../load.js';
import { addFormatOption, addReadingOptions, writeFormatted, type CommonOptions } from '../options.js';

export function registerCoverage(program: Command, io: CliIO): void {
  const command = program
    .command('coverage')
    .description('the fault-injection matrix: systems × fault types, done, pending, alarm problems and gaps')
    .argument('[paths...]', 'log files, directories or globs; with several, the latest state of each drill wins');
  addFormatOption(command, ['text', 'markdown', 'json']);
  addReadingOptions(command).action(async (paths: string[], options: CommonOptions) => {
    const { config, calendar, logs } = await readInputs(paths, options, io);
    const context = createContext(logs, config, calendar);
    const findings = runRules(context, [coverageGap, coveragePending, coverageAlarm], false);
    writeFormatted(io, options, {
      json: () => renderCoverageJson(context.coverage, findings),
      markdown: () => renderCoverageMarkdown(context.coverage),
      text: (style) => renderCoverageText(context.coverage, findings, style),
    });
  });
}
