/** What `worklog check` does: every log's problems for CI, in CI formats, with an exit code that fails the build. */

import { summarise } from '../../analyze/findings.js';
import { coverageAnalyses, createContext, runRules, scheduleAnalyses } from '../../analyze/index.js';
import { exitCodes } from '../../errors.js';
import type { Finding } from '../../model/diagnostic.js';
import { schemaVersion } from '../../render/json.js';
import { renderCheckText } from '../../render/text/check.js';
import type { CliIO } from '../io.js';
import { readInputs } from '../load.js';
import { writeFormatted, type CommonOptions } from '../options.js';
import { version } from '../version.js';

export interface CheckOptions extends CommonOptions {
  maxWarnings?: number;
}

export async function checkAction(paths: string[], options: CheckOptions, io: CliIO, outcome: { exitCode: number }): Promise<void> {
  const { config, calendar, logs } = await readInputs(paths, options, io);
  // Each log's own problems and plan, then coverage once across all of them (the latest state wins).
  const findings: Finding[] = logs.flatMap((log) => runRules(createContext(logs, config, calendar, log), scheduleAnalyses));
  findings.push(...runRules(createContext(logs, config, calendar), coverageAnalyses, false));
  const summary = summarise(findings);
  const files = logs.map((log) => log.file);

  // CI formats load only when asked for.
  if (options.format === 'github') io.stdout.write((await import('../../render/github.js')).renderGithub(findings));
  else if (options.format === 'sarif') {
    const [{ renderSarif }, { ruleCatalog }] = await Promise.all([import('../../render/sarif.js'), import('../../rules/catalog.js')]);
    io.stdout.write(renderSarif(findings, { rules: ruleCatalog, version }));
  } else if (options.format === 'junit') io.stdout.write((await import('../../render/junit.js')).renderJunit(findings, files));
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
}
