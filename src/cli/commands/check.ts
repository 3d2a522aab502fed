/** `worklog check`: every log's problems for CI, in CI formats, with an exit code that fails the build. */

import { InvalidArgumentError, type Command } from 'commander';
import { ruleCatalog } from '../../analyze/catalog.js';
import { summarise } from '../../analyze/findings.js';
import { coverageRules, createContext, runRules, scheduleRules } from '../../analyze/index.js';
import { exitCodes } from '../../errors.js';
import type { Finding } from '../../model/diagnostic.js';
import { renderGithub } from '../../render/github.js';
import { schemaVersion } from '../../render/json.js';
import { renderJunit } from '../../render/junit.js';
import { renderSarif } from '../../render/sarif.js';
import { renderCheckText } from '../../render/text/check.js';
import type { CliIO } from '../io.js';
import { readInputs } from '../load.js';
import { addFormatOption, addReadingOptions, writeFormatted, type CommonOptions } from '../options.js';
import { version } from '../version.js';

interface CheckOptions extends CommonOptions {
  maxWarnings?: number;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/** `outcome.exitCode` becomes 1 when the findings fail the run. */
export function registerCheck(program: Command, io: CliIO, outcome: { exitCode: number }): void {
  const command = program
    .command('check')
    .description('check every log for CI: exit 1 on errors (or too many warnings), 2 on bad input')
    .argument('[paths...]', 'log files, directories or globs')
    .option('--max-warnings <n>', 'fail when there are more warnings than this', parseCount);
  addFormatOption(command, ['text', 'json', 'github', 'sarif', 'junit']);
  addReadingOptions(command).action(async (paths: string[], options: CheckOptions) => {
    const { config, calendar, logs } = await readInputs(paths, options, io);
    // Each log's own problems and plan, then coverage once across all of them (the latest state wins).
    const findings: Finding[] = logs.flatMap((log) => runRules(createContext(logs, config, calendar, log), scheduleRules));
    findings.push(...runRules(createContext(logs, config, calendar), coverageRules, false));
    const summary = summarise(findings);
    const files = logs.map((log) => log.file);

    if (options.format === 'github') io.stdout.write(renderGithub(findings));
    else if (options.format === 'sarif') io.stdout.write(renderSarif(findings, { rules: ruleCatalog, version }));
    else if (options.format === 'junit') io.stdout.write(renderJunit(findings, files));
    else {
      writeFormatted(io, options, {
        json: () => `${JSON.stringify({ schemaVersion, files, findings, summary }, null, 2)}\n`,
        text: (style) => renderCheckText(findings, files, summary, style),
      });
    }
    const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
    if (summary.errors > 0 || tooManyWarnings) {
      if (tooManyWarnings && options.format === 'text') io.stderr.write(`worklog: ${summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
      outcome.exitCode = exitCodes.findings;
    }
  });
}
