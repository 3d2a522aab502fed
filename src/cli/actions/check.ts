/** What `worklog check` does: every log's problems for CI, in CI formats, with an exit code that fails the build. */

import { ruleCatalog } from '../../rules/catalog.js';
import { summarise } from '../../analyze/findings.js';
import { coverageAnalyses, createContext, findingsOfRuns, itemAnalyses, runRuleSet, scheduleAnalyses } from '../../analyze/index.js';
import { exitCodes } from '../../errors.js';
import type { Finding } from '../../model/diagnostic.js';
import { formats } from '../../render/formats.js';
import type { Invocation } from '../commands.js';
import { writeError } from '../io.js';
import { formatContext, writeFormatted } from '../format.js';
import { readInputs } from '../load.js';
import type { CommonOptions } from '../options.js';

export interface CheckOptions extends CommonOptions {
  maxWarnings?: number;
}

/** 1 when the findings fail the run: any error, or more warnings than `--max-warnings`. */
export async function checkAction({ paths, options, io }: Invocation<CheckOptions>): Promise<number> {
  const { config, calendar, logs, files, unreadable } = await readInputs(paths, options, io);
  // The paths that are no readable log, each log's own problems and plan, then coverage once across all of them (the latest state wins) and what today's items have due.
  const findings: Finding[] = [...unreadable];
  const perLog = logs.map((log) => runRuleSet(createContext(logs, config, calendar, log), scheduleAnalyses));
  const acrossLogs = runRuleSet(createContext(logs, config, calendar), [...coverageAnalyses, ...itemAnalyses], false);
  for (const finding of findingsOfRuns([...perLog, acrossLogs], { logs, config })) findings.push(finding);
  const summary = summarise(findings);
  await writeFormatted(io, options, formats.check, { files, findings, summary }, formatContext(io, options, ruleCatalog));

  const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
  if (summary.errors === 0 && !tooManyWarnings) return exitCodes.ok;
  if (tooManyWarnings && options.format === 'text') writeError(io, `${summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}`);
  return exitCodes.findings;
}
