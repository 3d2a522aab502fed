/** Reading the files themselves: what stops a path from being read as a log. */

import type { RuleMeta } from './meta.js';

export const inputRules = [
  { id: 'io/unreadable', defaultSeverity: 'error', description: 'A path that cannot be read as a log (missing, a dangling or looping link, not a regular file, too large, not UTF-8 text); every other log is still read.' },
] as const satisfies readonly RuleMeta[];

export type InputRuleId = (typeof inputRules)[number]['id'];
