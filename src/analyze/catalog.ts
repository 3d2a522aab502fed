/** Every rule worklog reports, from the parsers and the analyses alike: its id, default severity and meaning. */

import type { Severity } from '../model/diagnostic.js';
import { ganttRules } from '../parse/mermaid/gantt-rules.js';
import { sequenceRules } from '../parse/mermaid/sequence-rules.js';
import { parseRules } from '../parse/rules.js';
import { rules } from './index.js';

export interface RuleInfo {
  id: string;
  defaultSeverity: Severity | 'off';
  description: string;
}

export const ruleCatalog: readonly RuleInfo[] = [
  ...parseRules.map((rule) => ({ id: rule.id, defaultSeverity: rule.severity, description: rule.description })),
  ...ganttRules.map((rule) => ({ id: rule.id, defaultSeverity: rule.severity, description: rule.description })),
  ...sequenceRules.map((rule) => ({ id: rule.id, defaultSeverity: rule.severity, description: rule.description })),
  ...rules.map((rule) => ({ id: rule.id, defaultSeverity: rule.defaultSeverity, description: rule.description })),
];

export function ruleInfo(id: string): RuleInfo | undefined {
  return ruleCatalog.find((rule) => rule.id === id);
}
