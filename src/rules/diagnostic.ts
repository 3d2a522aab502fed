/** Builds a parser diagnostic: the severity always comes from the rule's row in the catalog, never from the emit site. */

import type { Diagnostic } from '../model/diagnostic.js';
import type { ParserRuleId } from '../model/finding-data.js';
import { defaultSeverity } from './catalog.js';

export interface Position {
  line: number;
  column: number;
}

export function diagnostic(ruleId: ParserRuleId, message: string, at: Position): Diagnostic {
  const severity = defaultSeverity(ruleId);
  // A rule that is off by default still reports; the configuration decides whether it is shown.
  return { ruleId, severity: severity === 'off' ? 'info' : severity, message, line: at.line, column: at.column };
}
