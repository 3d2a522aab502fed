/** Gathers what a report names as its sources: files and their commits, today, the calendar, the version. */

import type { AnalysisContext } from '../analyze/rule.js';
import { commitsOf } from '../io/git.js';
import type { Provenance } from '../model/provenance.js';
import type { CliIO } from './io.js';
import type { LogSource } from './load.js';
import type { CommonOptions } from './options.js';
import { version } from './version.js';

export interface ProvenanceOptions extends CommonOptions {
  /** true: name commits in any repository a log is in; false: name none; unset: only in the working directory's repository. */
  provenance?: boolean;
}

export function provenanceOf(context: Pick<AnalysisContext, 'today' | 'calendar'>, sources: readonly LogSource[], options: ProvenanceOptions, io: CliIO): Provenance {
  // Standard input and names that are not UTF-8 have no path to look up.
  const queries = sources.flatMap((source) => (source.path === null ? [] : [{ path: source.path, text: source.readText() }]));
  const found = options.provenance === false ? [] : commitsOf(queries, io.cwd, options.provenance ? 'any' : 'working-directory');
  const commits = new Map(queries.map((query, index) => [query.path, found[index] ?? null]));
  return {
    files: sources.map(({ log, path }) => ({ file: log.file, date: log.date, commit: path === null ? null : commits.get(path) ?? null })),
    today: context.today.date,
    calendar: context.calendar.source,
    version,
  };
}
