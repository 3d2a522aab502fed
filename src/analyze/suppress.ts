/** Suppression comments applied to findings: which findings a log's comments silence, and which comments silence nothing. */

import type { RuleFinding } from '../model/diagnostic.js';
import type { RuleId } from '../model/finding-data.js';
import type { Line, Suppression, WorkLog } from '../model/log.js';
import { closestRuleId, deprecatedRuleIds, isRuleId } from '../rules/catalog.js';

/** What ran on one log in a command: the rules whose findings it could show, and whether its own diagnostics were shown. */
export interface RulesRan {
  rules: Set<RuleId>;
  diagnostics: boolean;
}

/** The rules a suppression stands for: every rule (null), its own id, or the ids a renamed one was replaced by. */
function namedIds(suppression: Suppression): readonly string[] | null {
  if (suppression.rule === null) return null;
  return deprecatedRuleIds[suppression.rule]?.replacedBy ?? [suppression.rule];
}

const covers = (suppression: Suppression, ruleId: RuleId, line: Line): boolean =>
  suppression.from <= line && line <= suppression.to && (namedIds(suppression)?.includes(ruleId) ?? true);

/** A log's suppressions by the lines they cover; ranges (`disable`, `disable-file`) apart, as they may cover thousands. */
interface SuppressionIndex {
  byLine: Map<Line, Suppression[]>;
  ranges: Suppression[];
}

function indexByLine(suppressions: readonly Suppression[]): SuppressionIndex {
  const index: SuppressionIndex = { byLine: new Map(), ranges: [] };
  for (const suppression of suppressions) {
    if (suppression.form === 'disable' || suppression.form === 'disable-file') {
      index.ranges.push(suppression);
      continue;
    }
    for (let line = suppression.from; line <= suppression.to; line += 1) {
      const onLine = index.byLine.get(line) ?? [];
      onLine.push(suppression);
      index.byLine.set(line, onLine);
    }
  }
  return index;
}

/**
 * Findings (or diagnostics) split into those shown and the suppressions that silenced the rest: a finding is silenced
 * by a comment covering the line it is reported on, whatever other lines it lists.
 */
export function silence<Place extends { ruleId: RuleId; line: Line }>(
  places: readonly Place[],
  suppressionsOf: (place: Place) => readonly Suppression[],
): { shown: Place[]; used: Suppression[] } {
  const shown: Place[] = [];
  const used: Suppression[] = [];
  // Indexed once per log: a log may have a comment on each of thousands of lines, each with a finding.
  const indexes = new Map<readonly Suppression[], SuppressionIndex>();
  for (const place of places) {
    const suppressions = suppressionsOf(place);
    if (suppressions.length === 0) {
      shown.push(place);
      continue;
    }
    const index = indexes.get(suppressions) ?? indexByLine(suppressions);
    indexes.set(suppressions, index);
    const silencing = [...(index.byLine.get(place.line) ?? []), ...index.ranges].filter((suppression) => covers(suppression, place.ruleId, place.line));
    if (silencing.length === 0) shown.push(place);
    else used.push(...silencing);
  }
  return { shown, used };
}

/** The comment as it would be written, for messages. */
const written = (suppression: Suppression): string => `worklog-${suppression.form}${suppression.rule === null ? '' : ` ${suppression.rule}`}`;

function coveredWords(suppression: Suppression): string {
  if (suppression.form === 'disable-file') return 'in this file';
  return suppression.from === suppression.to ? `on line ${suppression.from}` : `on lines ${suppression.from}–${suppression.to}`;
}

type UnusedDisable = Omit<RuleFinding<'worklog/unused-disable'>, 'severity'>;

function unknownRule(log: WorkLog, suppression: Suppression, rule: string): UnusedDisable {
  const suggestion = closestRuleId(rule);
  const hint = suggestion ? `did you mean ${suggestion}?` : '`worklog rules` lists them';
  return {
    ruleId: 'worklog/unused-disable', file: log.file, line: suppression.line, column: suppression.column,
    message: `\`${written(suppression)}\` names no rule worklog has: ${hint}`,
    data: { form: suppression.form, rule, reason: 'unknown-rule', suggestion },
  };
}

function unused(log: WorkLog, suppression: Suppression): UnusedDisable {
  const what = suppression.rule === null ? 'no finding' : `no ${suppression.rule} finding`;
  return {
    ruleId: 'worklog/unused-disable', file: log.file, line: suppression.line, column: suppression.column,
    message: `\`${written(suppression)}\` suppresses nothing: ${what} ${coveredWords(suppression)}; remove the comment`,
    data: { form: suppression.form, rule: suppression.rule, reason: 'unused', suggestion: null },
  };
}

/** Whether the rules a suppression names ran on its log, so that silencing nothing means it is not needed. */
function judged(suppression: Suppression, ran: RulesRan): boolean {
  const ids = namedIds(suppression);
  // Every rule: judged where the log's own diagnostics were shown (check, status), not by a command running a few rules.
  if (ids === null) return ran.diagnostics;
  return ids.some((id) => isRuleId(id) && ran.rules.has(id));
}

/**
 * The suppressions that silenced nothing although their rule ran on their log, and those naming no rule worklog has
 * (reported where the log's own diagnostics are shown).
 */
export function unusedSuppressions(logs: readonly WorkLog[], used: ReadonlySet<Suppression>, ran: ReadonlyMap<string, RulesRan>): UnusedDisable[] {
  return logs.flatMap((log) => {
    const onLog = ran.get(log.file);
    if (!onLog) return [];
    return (log.suppressions ?? []).flatMap((suppression) => {
      const rule = suppression.rule;
      if (rule !== null && !isRuleId(rule) && !(rule in deprecatedRuleIds)) return onLog.diagnostics ? [unknownRule(log, suppression, rule)] : [];
      return judged(suppression, onLog) && !used.has(suppression) ? [unused(log, suppression)] : [];
    });
  });
}
