/** Every rule worklog reports, from the parsers and the analyses alike, and what the rest of worklog asks of them. */

import leven from 'leven';
import type { Severity } from '../model/diagnostic.js';
import type { ParserRuleId, RuleId } from '../model/finding-data.js';
import { coverageRules, scheduleRules } from './analysis.js';
import { ganttRules } from './gantt.js';
import type { RuleMeta } from './meta.js';
import { inputRules } from './input.js';
import { itemRules } from './items.js';
import { parseRules } from './parse.js';
import { sequenceRules } from './sequence.js';
import { suppressionRules } from './suppressions.js';

/** The rules whose findings may carry an edit that `check --fix` makes (where the parser and the analyses keep their fixers). */
export const fixableRuleIds: ReadonlySet<RuleId> = new Set<RuleId>([
  'parse/lenient-checkbox', 'parse/unknown-marker', 'sequence/full-width-colon', 'gantt/missing-colon', 'schedule/drift',
]);

export const ruleCatalog: readonly RuleMeta[] = [...inputRules, ...parseRules, ...ganttRules, ...sequenceRules, ...scheduleRules, ...coverageRules, ...itemRules, ...suppressionRules]
  .map((rule): RuleMeta => (fixableRuleIds.has(rule.id) ? { ...rule, fixable: true } : rule));

/** Ids that have finding data but no row in any table: `never`, which a type test holds to. */
export type UnlistedRuleId = Exclude<
  RuleId,
  (typeof inputRules | typeof parseRules | typeof ganttRules | typeof sequenceRules | typeof scheduleRules | typeof coverageRules | typeof itemRules | typeof suppressionRules)[number]['id']
>;

const byId = new Map<string, RuleMeta>(ruleCatalog.map((rule) => [rule.id, rule]));

/** The rules the parsers report: what runs whenever a log's own diagnostics are shown. */
export const parserRuleIds: readonly ParserRuleId[] = [...parseRules, ...ganttRules, ...sequenceRules].map((rule) => rule.id);

export function isRuleId(id: string): id is RuleId {
  return byId.has(id);
}

export function ruleMeta(id: RuleId): RuleMeta {
  const rule = byId.get(id);
  if (!rule) throw new Error(`no rule ${id} in the catalog`);
  return rule;
}

/** The severity a rule's findings have unless the configuration says otherwise. */
export function defaultSeverity(id: RuleId): Severity | 'off' {
  return ruleMeta(id).defaultSeverity;
}

/** The README anchor that documents a rule: `rule-schedule-overlap`. */
export function ruleAnchor(id: RuleId): string {
  return `rule-${id.replace(/\//g, '-')}`;
}

export const documentationUrl = 'https://github.com/worklog/worklog#readme';

/** Where a rule is documented, for SARIF's `helpUri` and the `rules` command. */
export function ruleHelpUri(id: RuleId): string {
  return `${documentationUrl.replace(/#.*$/, '')}#${ruleAnchor(id)}`;
}

/** Ids a release renamed: still accepted in the configuration for one release, with a note saying what to write instead. */
export const deprecatedRuleIds: Readonly<Record<string, { replacedBy: readonly RuleId[]; removedIn: string }>> = {
  'sequence/participant': {
    replacedBy: ['sequence/unused-participant', 'sequence/undeclared-participant', 'sequence/late-declaration'],
    removedIn: '0.3.0',
  },
};

/** The known rule id closest to a mistyped one, when one is close enough to be what was meant. */
export function closestRuleId(id: string): RuleId | null {
  let best: { id: RuleId; distance: number } | null = null;
  for (const rule of ruleCatalog) {
    const distance = leven(id, rule.id);
    if (!best || distance < best.distance) best = { id: rule.id, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(id.length / 4)) ? best.id : null;
}
