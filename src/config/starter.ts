/** The starter configuration `worklog init` writes: every key, at its default, and a log folder's README and template ignored. */

import { defaultConfig } from './defaults.js';
import type { ConfigFile } from './schema.js';

export function starterConfig(): ConfigFile {
  const { coverage, calendar, staffing } = defaultConfig;
  return {
    $schema: './node_modules/worklog/schema/worklog.config.schema.json',
    logDir: '.',
    // A log folder's README and template are not logs; the one line to edit for other such files.
    ignores: ['**/README.md', '**/TEMPLATE.md'],
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
