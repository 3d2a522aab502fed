/** What worklog says about the log's own `worklog-disable…` comments. */

import type { RuleMeta } from './meta.js';

export const suppressionRules = [
  { id: 'worklog/unused-disable', defaultSeverity: 'info', description: 'A `worklog-disable…` comment that silenced no finding of the rules that ran, or that names no rule worklog has: remove it or fix the id.' },
] as const satisfies readonly RuleMeta[];
