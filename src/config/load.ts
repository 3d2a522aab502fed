/** Finds, reads and validates worklog.config.json, and applies the defaults. */

import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import * as v from 'valibot';
import { WorklogError } from '../errors.js';
import type { WorklogConfig } from '../model/config.js';
import { ruleInfo } from '../analyze/catalog.js';
import { defaultCalendar, defaultConfig, defaultCoverage, defaultStaffing } from './defaults.js';
import { configFileSchema, type ConfigFile } from './schema.js';

export const configFileName = 'worklog.config.json';

/** The nearest worklog.config.json from `cwd` upwards, or null. */
export function findConfigFile(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, configFileName);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

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
  const rules = file.rules ?? {};
  for (const id of Object.keys(rules)) {
    if (!ruleInfo(id)) throw new WorklogError(`${shown}: \`rules.${id}\` is not a rule worklog has (see \`worklog check --help\`)`);
  }
  return {
    file: path,
    rules,
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

/** ` line:column:` of a JSON.parse error, when its message gives a position. */
function jsonErrorPlace(text: string, error: unknown): string {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position) return '';
  const before = text.slice(0, Number(position[1])).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}:`;
}

/** Reads the configuration given with --config, else the nearest one, else the defaults. */
export async function loadConfig(options: { cwd: string; path?: string }): Promise<WorklogConfig> {
  const path = options.path ? resolve(options.cwd, options.path) : findConfigFile(options.cwd);
  if (!path) return defaultConfig;
  const shown = options.path ?? relative(options.cwd, path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new WorklogError(`${shown}: cannot read the configuration file`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new WorklogError(`${shown}:${jsonErrorPlace(text, error)} not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return resolveConfig(validateConfig(data, shown), path, shown);
}
