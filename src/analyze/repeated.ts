/**
 * Repeated diagnostics: the same message of the same rule on many lines (for lenient items, the same form) becomes one
 * finding at its first line, listing them all.
 */

import type { Diagnostic } from '../model/diagnostic.js';
import type { Line, WorkLog } from '../model/log.js';
import { lenientForm } from '../parse/items.js';

/** A diagnostic standing for every line it was reported on; `lines` only when there are several. */
export type RepeatedDiagnostic = Diagnostic & { lines?: Line[] };

/** How many lines a message lists before it says how many more there are (`data.lines` has them all). */
const listedLines = 12;

/**
 * Where the same message counts as the same problem: a parser rule's anywhere in the file, a diagram rule's within
 * its diagram, since a participant block copied into three diagrams is three things to fix. `diagramLines` is sorted.
 */
function scopeOf(diagnostic: Diagnostic, diagramLines: readonly Line[]): string {
  if (diagnostic.ruleId.startsWith('parse/')) return 'file';
  // The last diagram opening at or above the line, found by halving: a log may hold thousands of diagrams.
  let low = 0;
  let high = diagramLines.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((diagramLines[middle] ?? 0) <= diagnostic.line) low = middle + 1;
    else high = middle;
  }
  return `diagram ${diagramLines[low - 1] ?? 0}`;
}

/** What makes diagnostics the same problem, and the message for all of them: for a lenient item, its form, not its text. */
function sameness(diagnostic: Diagnostic): { key: string; message: string } {
  const form = diagnostic.ruleId === 'parse/lenient-checkbox' ? lenientForm(diagnostic.message) : null;
  return form ? { key: form.form, message: form.message } : { key: diagnostic.message, message: diagnostic.message };
}

/** `18, 19, 23`; past a dozen, `… and 4 more`. */
export function lineList(lines: readonly Line[]): string {
  const shown = lines.slice(0, listedLines).join(', ');
  return lines.length > listedLines ? `${shown} and ${lines.length - listedLines} more` : shown;
}

/** The message of a diagnostic reported on several lines: the message itself, how many lines and which. */
export function repeatedMessage(message: string, lines: readonly Line[]): string {
  return `${message} (on ${lines.length} lines: ${lineList(lines)})`;
}

/**
 * The log's diagnostics with each repeated one reported once: same rule, severity and message in the same scope.
 * The group stands at its first line and column; a different message or severity is never folded into it.
 */
export function groupRepeated(log: Pick<WorkLog, 'diagnostics' | 'diagrams'>): RepeatedDiagnostic[] {
  const diagramLines = log.diagrams.map((diagram) => diagram.line).sort((a, b) => a - b);
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of log.diagnostics) {
    const key = JSON.stringify([scopeOf(diagnostic, diagramLines), diagnostic.ruleId, diagnostic.severity, sameness(diagnostic).key]);
    const group = groups.get(key);
    if (group) group.push(diagnostic);
    else groups.set(key, [diagnostic]);
  }
  return [...groups.values()].flatMap((group) => {
    const [first] = group as [Diagnostic, ...Diagnostic[]];
    const lines = [...new Set(group.map((diagnostic) => diagnostic.line))];
    // The same message twice on one line (two columns) is two places to fix there, not a repetition across the file.
    if (lines.length === 1) return group;
    // One edit cannot stand for several lines' fixes; `check --fix` makes each of them from the diagnostics themselves.
    const folded: RepeatedDiagnostic = { ...first, message: repeatedMessage(sameness(first).message, lines), lines };
    delete folded.fix;
    return [folded];
  });
}
