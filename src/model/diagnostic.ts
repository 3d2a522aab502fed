/** Diagnostics (what the parser had to reject or guess) and findings (what an analysis found). */

export type Severity = 'error' | 'warning' | 'info';

/** A message about one place in one log; lines and columns are 1-based. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
}

/** A diagnostic or an analysis result tied to its file, with the data behind the message. */
export interface Finding extends Diagnostic {
  file: string;
  data: Record<string, unknown>;
}
