/** Validates a configuration file's contents strictly and resolves it against the defaults. */

import { dirname, resolve } from 'node:path';
import * as v from 'valibot';
import { WorklogError } from '../errors.js';
import type { RuleSetting, WorklogConfig } from '../model/config.js';
import { closestRuleId, deprecatedRuleIds, isRuleId } from '../rules/catalog.js';
import { defaultAnnotations, defaultCalendar, defaultCoverage, defaultLimits, defaultReport, defaultStaffing } from './defaults.js';
import { configFileName } from './load.js';
import { configFileSchema, type ConfigFile } from './schema.js';

/** One line naming the bad key, for the first problem found. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  if (issue.type === 'strict_object' && path) return `unknown key \`${path}\``;
  const where = path ? `\`${path}\`` : 'the file';
  if (issue.kind === 'schema' && issue.expected) return `${where} must be ${issue.expected}, not ${issue.received}`;
  return `${where}: ${issue.message.replace(/^Invalid [\w ]+: /, '')}`;
}

export function validateConfig(data: unknown, file: string): ConfigFile {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new WorklogError(`${file}: the file must hold a JSON object ({ … }), not ${Array.isArray(data) ? 'an array' : JSON.stringify(data)}`);
  }
  const result = v.safeParse(configFileSchema, data);
  if (result.success) return result.output;
  const [first] = result.issues;
  throw new WorklogError(`${file}: ${describeIssue(first)}`);
}

/** Severities by rule id; a renamed id sets its successors (unless they are set too) and says what to write instead. */
function resolveRules(written: Readonly<Record<string, RuleSetting>>, shown: string): Pick<WorklogConfig, 'rules' | 'deprecations'> {
  const rules: WorklogConfig['rules'] = {};
  const deprecations: string[] = [];
  for (const [id, setting] of Object.entries(written)) {
    const renamed = deprecatedRuleIds[id];
    if (renamed) {
      for (const successor of renamed.replacedBy) if (!(successor in written)) rules[successor] = setting;
      deprecations.push(`${shown}: \`rules.${id}\` is deprecated and will stop working in ${renamed.removedIn}: write ${renamed.replacedBy.map((successor) => `\`${successor}\``).join(', ')} instead`);
    } else if (isRuleId(id)) {
      rules[id] = setting;
    } else {
      const closest = closestRuleId(id);
      throw new WorklogError(`${shown}: \`rules.${id}\` is not a rule worklog has${closest ? `; did you mean \`${closest}\`?` : ''} (\`worklog rules\` lists them)`);
    }
  }
  return { rules, deprecations };
}

/** The configuration with every default filled in. */
export function resolveConfig(file: ConfigFile, path: string | null, shown: string = path ?? configFileName): WorklogConfig {
  const coverage = file.coverage ?? {};
  const systems = (coverage.systems ?? []).map((system) => ({
    name: system.name,
    aliases: system.aliases ?? [],
    required: system.required ?? null,
  }));
  const faultTypes = coverage.faultTypes?.map((type) => ({
    id: type.id,
    label: type.label ?? type.id,
    aliases: type.aliases,
    weakAliases: type.weakAliases ?? [],
  }));
  const known = new Set((faultTypes ?? defaultCoverage.faultTypes).map((type) => type.id));
  const required = coverage.required ?? defaultCoverage.required;
  for (const id of [...required, ...systems.flatMap((system) => system.required ?? [])]) {
    if (!known.has(id)) throw new WorklogError(`${shown}: \`${id}\` is required but is not a fault type (known: ${[...known].join(', ')})`);
  }
  const people: Record<string, string[]> = file.people ?? {};
  const seen = new Map<string, string>();
  for (const [person, aliases] of Object.entries(people)) {
    for (const name of [person, ...aliases]) {
      const other = seen.get(name);
      if (other && other !== person) throw new WorklogError(`${shown}: \`${name}\` names both ${other} and ${person} in \`people\``);
      seen.set(name, person);
    }
  }
  const { rules, deprecations } = resolveRules(file.rules ?? {}, shown);
  return {
    file: path,
    rules,
    deprecations,
    calendar: {
      china: file.calendar?.china ?? defaultCalendar.china,
      holidays: file.calendar?.holidays ?? [],
      workdays: file.calendar?.workdays ?? [],
    },
    people,
    staffing: {
      headers: file.staffing?.headers ?? {},
      sectionIsPerson: file.staffing?.sectionIsPerson ?? defaultStaffing.sectionIsPerson,
    },
    limits: { ...defaultLimits, ...file.limits },
    annotations: { ...defaultAnnotations, ...file.annotations },
    report: { ...defaultReport, ...file.report },
    statuses: file.statuses ?? {},
    ignores: file.ignores ?? [],
    logDir: file.logDir === undefined || path === null ? null : resolve(dirname(path), file.logDir),
    coverage: {
      drillHeadings: coverage.drillHeadings ?? defaultCoverage.drillHeadings,
      drillWords: coverage.drillWords ?? defaultCoverage.drillWords,
      faultTypes: faultTypes ?? defaultCoverage.faultTypes,
      required,
      systems,
      learnSystems: coverage.learnSystems ?? systems.length === 0,
      expiryDays: coverage.expiryDays ?? defaultCoverage.expiryDays,
    },
  };
}
