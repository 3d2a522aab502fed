/** `check --fix` and `--fix-dry-run`: each log's fixes made until nothing changes, then written back atomically or shown as a diff. */

import { createTwoFilesPatch } from 'diff';
import { createContext, runRules, scheduleAnalyses } from '../../analyze/index.js';
import { severityIn } from '../../analyze/severity.js';
import { withSourceFixes } from '../../analyze/source-fixes.js';
import { silence } from '../../analyze/suppress.js';
import { WorklogError } from '../../errors.js';
import { fixUntilStable } from '../../fix/apply.js';
import { writeFixedLog, type FixFileOperations } from '../../io/write-fixed.js';
import type { Fix } from '../../model/diagnostic.js';
import type { Inputs, LogParser, LogSource } from '../load.js';
import { writeError, writeOutput, type CliIO } from '../io.js';

/** The fixes for one log's text, found as `check` finds its problems: only rules the configuration has not turned off, on lines no comment silences them. */
function fixesFor(inputs: Inputs, parse: LogParser, source: LogSource): (text: string) => Fix[] {
  const { config, calendar, logs } = inputs;
  return (text) => {
    const log = parse(text, source.log.file);
    const fromParser = log.diagnostics.filter((found) => severityIn(config, found.ruleId) !== 'off');
    // The parser's own diagnostics, not the findings folded from them, so that every line of a repeated problem is fixed.
    const fromAnalyses = withSourceFixes(runRules(createContext(logs.map((other) => (other === source.log ? log : other)), config, calendar, log), scheduleAnalyses, false), () => text);
    // What a comment silences is accepted as written, so it is not fixed either.
    const { shown } = silence([...fromParser, ...fromAnalyses], () => log.suppressions ?? []);
    return shown.flatMap((found) => (found.fix ? [found.fix] : []));
  };
}

/** What fixing left undone: files that changed on disk since they were read, or that cannot be written back. */
export interface FixOutcome {
  notWritten: number;
}

/**
 * Fixes every log read; with `dryRun`, prints a unified diff per log that would change and writes nothing. Standard input
 * cannot be written back, so `--fix` refuses it before anything is written (`--fix-dry-run` shows its diff).
 */
export async function fixLogs(inputs: Inputs, io: CliIO, dryRun: boolean, files?: FixFileOperations): Promise<FixOutcome> {
  const parse = await inputs.parser();
  const fixed = inputs.sources.map((source) => ({ source, text: fixUntilStable(source.readText(), fixesFor(inputs, parse, source)).text }))
    .filter(({ source, text }) => text !== source.readText());
  if (dryRun) {
    for (const { source, text } of fixed) writeOutput(io, createTwoFilesPatch(source.log.file, source.log.file, source.readText(), text));
    return { notWritten: 0 };
  }
  const unwritable = fixed.find(({ source }) => source.path === null);
  if (unwritable) throw new WorklogError(`${unwritable.source.log.file}: --fix cannot write it back (standard input, or a name that is not UTF-8); use --fix-dry-run to see the fixes`);
  let notWritten = 0;
  for (const { source, text } of fixed) {
    const outcome = await writeFixedLog(source.path ?? '', source.readText(), text, source.log.file, files);
    if (outcome === 'changed') {
      writeError(io, `${source.log.file}: changed on disk since it was read, so it was not fixed; run again`);
      notWritten += 1;
    }
  }
  return { notWritten };
}
