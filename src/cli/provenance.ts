/** Gathers what a report names as its sources: files and their commits, today, the calendar, the version. */

import { resolve } from 'node:path';
import type { AnalysisContext } from '../analyze/rule.js';
import { gitCommitOf } from '../io/git.js';
import type { Provenance } from '../model/provenance.js';
import type { CliIO } from './io.js';
import { version } from './version.js';

export function provenanceOf(context: AnalysisContext, io: CliIO): Provenance {
  return {
    files: context.logs.map((log) => ({ file: log.file, date: log.date, commit: gitCommitOf(resolve(io.cwd, log.file)) })),
    today: context.today.date,
    calendar: context.calendar.source,
    version,
  };
}
