/** What `worklog check` does: every log's problems for CI, in CI formats, with an exit code that fails the build. */

import { ruleCatalog } from '../../rules/catalog.js';
import { summarise, type FindingSummary } from '../../analyze/findings.js';
import { withSourceFixes } from '../../analyze/source-fixes.js';
import { coverageAnalyses, createContext, findingsOfRuns, itemAnalyses, runRuleSet } from '../../analyze/index.js';
import { exitCodes } from '../../errors.js';
import type { WorklogConfig } from '../../model/config.js';
import type { Finding } from '../../model/diagnostic.js';
import type { IsoDate } from '../../model/log.js';
import { formats } from '../../render/formats.js';
import type { AnnotationPlan, CheckResult } from '../../render/results.js';
import type { Invocation } from '../commands.js';
import { writeError, type CliIO } from '../io.js';
import { formatContext, writeFormatted } from '../format.js';
import { readInputs } from '../load.js';
import { fixLogs } from './fix.js';
import { acrossRunPlace, keptAcross, runAcross } from './across-run.js';
import { keptSummary, logRuns, withTodaysLog } from './log-runs.js';
import type { CommonOptions } from '../options.js';
import type { PhaseEnd } from '../heap.js';
import { appendStepSummary, stepSummaryFile } from '../step-summary.js';
import { todayFrom } from '../today.js';

export interface CheckOptions extends CommonOptions {
  maxWarnings?: number;
  quiet?: boolean;
  /** Make every fix and write the logs back, then report what remains. */
  fix?: boolean;
  /** Print the fixes as a unified diff per log, write nothing and report nothing else. */
  fixDryRun?: boolean;
}

/** What the analyses found in the logs, and what the report needs of the logs besides: their dates, and their texts for fixes. */
interface Analysed {
  files: string[];
  findings: Finding[];
  config: WorklogConfig;
  logDates: Map<string, IsoDate | null>;
  textOf: (file: string) => string | undefined;
  endPhase: PhaseEnd;
}

/**
 * Every log's problems. The logs' models stay here: what is returned holds none of them, so that a big log's model
 * is let go before fixes are worked out and the report is rendered, which hold only the findings.
 */
async function analyse(paths: readonly string[], options: CheckOptions, io: CliIO): Promise<Analysed> {
  // Logs whose run is kept, or was worked out where they were parsed, stand as their summaries; today's log, whose
  // items the analyses across logs read, is read whole unless their run is kept too.
  const read = await readInputs(paths, options, io, { summary: keptSummary, ownRuns: true });
  const acrossPlace = acrossRunPlace(read.sources, read.logs, read.config, todayFrom(io.env));
  const keptRun = keptAcross(acrossPlace, read.logs);
  const { config, calendar, logs, files, unreadable, sources, cache, endPhase } = keptRun ? read : await withTodaysLog(read);
  endPhase();
  // The paths that are no readable log, each log's own problems and plan, then coverage once across all of them (the latest state wins) and what today's items have due.
  const findings: Finding[] = [...unreadable];
  const perLog = logRuns(sources, config, calendar, endPhase);
  endPhase();
  const acrossLogs = keptRun ?? runAcross(acrossPlace, logs, () => runRuleSet(createContext(logs, config, calendar), [...coverageAnalyses, ...itemAnalyses], false));
  cache?.close();
  for (const finding of findingsOfRuns([...perLog, acrossLogs], { logs, config })) findings.push(finding);
  // A log's text is decoded only when one of its findings has a fix to work out from it.
  const texts = new Map(sources.map((source) => [source.log.file, source.readText]));
  return { files, findings, config, logDates: new Map(logs.map((log) => [log.file, log.date])), textOf: (file) => texts.get(file)?.(), endPhase };
}

/** Every log's problems and what the report shows of them. */
async function checkLogs(paths: readonly string[], options: CheckOptions, io: CliIO, stepSummary: boolean): Promise<{ result: CheckResult & { annotations: AnnotationPlan }; summary: FindingSummary }> {
  const { files, findings, config, logDates, textOf, endPhase } = await analyse(paths, options, io);
  // The logs' models are let go by now.
  endPhase();
  // With `--quiet` only errors are shown; the exit code still weighs every finding.
  const shown = options.quiet ? findings.filter((finding) => finding.severity === 'error') : findings;
  const annotations: AnnotationPlan = { limits: config.annotations, logDates, stepSummary };
  const fixed = withSourceFixes(shown, textOf);
  endPhase();
  return { result: { files, findings: fixed, summary: summarise(shown), annotations }, summary: summarise(findings) };
}

/**
 * 1 when the findings fail the run: any error, or more warnings than `--max-warnings`. With `--quiet` only errors are
 * reported; warnings are still counted for `--max-warnings`, as in ESLint 9.
 */
export async function checkAction({ paths, options, io }: Invocation<CheckOptions>): Promise<number> {
  let notWritten = 0;
  if (options.fix || options.fixDryRun) {
    const outcome = await fixLogs(await readInputs(paths, options, io), io, options.fixDryRun === true);
    if (options.fixDryRun) return exitCodes.ok;
    notWritten = outcome.notWritten;
  }
  // On GitHub, the annotations GitHub would drop are left out and every shown finding goes to the step summary instead.
  const summaryFile = options.format === 'github' ? stepSummaryFile(io) : null;
  const { result, summary } = await checkLogs(paths, options, io, summaryFile !== null);
  const { annotations } = result;
  await writeFormatted(io, options, formats.check, result, formatContext(io, options, ruleCatalog));
  if (summaryFile !== null) await appendStepSummary(summaryFile, (await import('../../render/github-summary.js')).renderStepSummary(result, annotations));

  // A log left unfixed because it changed meanwhile is a run that did not do what it was asked.
  if (notWritten > 0) return exitCodes.usage;
  const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
  if (summary.errors === 0 && !tooManyWarnings) return exitCodes.ok;
  if (tooManyWarnings && options.format === 'text') writeError(io, `${summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}`);
  return exitCodes.findings;
}
