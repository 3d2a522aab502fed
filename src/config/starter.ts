/**
 * The configurations `worklog init` writes: a small one with only the keys a team edits first, so the built-in
 * defaults of later versions still apply, and (`--full`) every key at its default. Both ignore a log folder's README
 * and template.
 */

import { defaultConfig } from './defaults.js';
import type { ConfigFile } from './schema.js';

const schemaPath = './node_modules/worklog/schema/worklog.config.schema.json';
// A log folder's README and template are not logs; the one line to edit for other such files.
const notLogs = ['**/README.md', '**/TEMPLATE.md'];

/** Where the logs are, what is not a log, severities, and the systems drills are counted for: the rest stays built in. */
export function starterConfig(): ConfigFile {
  return { $schema: schemaPath, logDir: '.', ignores: notLogs, rules: {}, coverage: { systems: [] } };
}

/** Every key at its default, as a starting point to read through; a later version's new defaults do not reach it. */
export function fullConfig(): ConfigFile {
  const { coverage, calendar, staffing } = defaultConfig;
  return {
    $schema: schemaPath,
    logDir: '.',
    ignores: notLogs,
    calendar: { china: calendar.china, holidays: [], workdays: [] },
    people: {},
    staffing: { headers: { project: [], days: [], person: [], period: [], start: [], end: [] }, sectionIsPerson: staffing.sectionIsPerson },
    coverage: {
      drillHeadings: coverage.drillHeadings,
      drillWords: coverage.drillWords,
      faultTypes: coverage.faultTypes.map((type) => ({ id: type.id, label: type.label, aliases: type.aliases, weakAliases: type.weakAliases })),
      required: coverage.required,
      systems: [],
      learnSystems: coverage.learnSystems,
      expiryDays: coverage.expiryDays,
    },
    statuses: defaultConfig.statuses,
    limits: defaultConfig.limits,
    annotations: defaultConfig.annotations,
    rules: {},
  };
}
