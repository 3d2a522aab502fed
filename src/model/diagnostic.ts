/** Diagnostics (what the parser had to reject or guess) and findings (what an analysis found). */

import type { FindingDataByRule, ParserRuleId, RuleId } from './finding-data.js';
import type { Column, Line } from './log.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * An edit that fixes what a message reports, in ESLint's shape: replace `range` of the file's text with `text`.
 * Offsets count UTF-16 code units of the decoded text without its byte order mark, line ends as written (CRLF is two).
 */
export interface Fix {
  /**
   * `[start, end]`: the offsets of the first character replaced and of the one after the last.
   * @minItems 2
   * @maxItems 2
   */
  range: number[];
  text: string;
}

/** A message about one place in one log; lines and columns are 1-based. */
export interface Diagnostic {
  ruleId: ParserRuleId;
  severity: Severity;
  message: string;
  line: Line;
  column: Column;
  /** The edit `check --fix` makes, when the rule is certain what was meant. */
  fix?: Fix;
}

/** A finding of one rule: a diagnostic tied to its file, with the data behind the message. */
export interface RuleFinding<Id extends RuleId> extends Omit<Diagnostic, 'ruleId'> {
  ruleId: Id;
  file: string;
  data: FindingDataByRule[Id];
}

/** Each rule's finding, side by side. */
type FindingByRule = { [Id in RuleId]: RuleFinding<Id> };

/** A finding of any rule (or of the rules given): `ruleId` tells which data it carries. */
export type Finding<Id extends RuleId = RuleId> = FindingByRule[Id];
