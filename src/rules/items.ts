/** The rules about today's items: what is due. */

import type { RuleMeta } from './meta.js';

export const itemRules = [
  { id: 'items/overdue', defaultSeverity: 'warning', description: "An open or in-progress item of today's log is past its due date (📅, `截止`, `DDL`, `due`, `deadline`)." },
  { id: 'items/due-today', defaultSeverity: 'info', description: "An open or in-progress item of today's log is due on the log's date." },
] as const satisfies readonly RuleMeta[];

export type ItemRuleId = (typeof itemRules)[number]['id'];
