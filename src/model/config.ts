/** worklog's configuration after defaults are applied: what the analyses read. */

import type { RuleId } from './finding-data.js';
import type { Severity } from './diagnostic.js';
import type { ItemStatus } from './log.js';

/** A kind of fault a drill injects, with the words that name it in a log. */
export interface FaultType {
  id: string;
  label: string;
  /** Words that name this fault type in an item (case-insensitive for Latin letters). */
  aliases: string[];
  /** Words that name it only when an item names no other fault type (`打满` alone means a full disk). */
  weakAliases: string[];
}

export interface SystemConfig {
  name: string;
  /** Other names, including host-name fragments (`creditcard` for 信用卡). */
  aliases: string[];
  /** The fault types this system must be drilled for; null means the default required types. */
  required: string[] | null;
}

export interface CoverageConfig {
  /** Words that make a heading a drill section. */
  drillHeadings: string[];
  /** Words that say an item is a drill. */
  drillWords: string[];
  faultTypes: FaultType[];
  /** Fault type ids every system must be drilled for. */
  required: string[];
  systems: SystemConfig[];
  /** Whether to learn systems from the log; by default only when none are configured. */
  learnSystems: boolean;
  /** A done drill is expired once more than this many working days have passed since it was first marked done. */
  expiryDays: number;
}

export interface CalendarConfig {
  /** Use mainland China's official holidays and make-up working days. */
  china: boolean;
  /** Company days off (override the official calendar). */
  holidays: string[];
  /** Extra working days (override the official calendar). */
  workdays: string[];
}

export interface StaffingConfig {
  /** Header names added to the built-in ones, per column. */
  headers: Partial<Record<'project' | 'days' | 'person' | 'period' | 'start' | 'end', string[]>>;
  /** A gantt section names the person its tasks book. */
  /** A gantt section names the person its tasks book: always, never, or `auto` (when most of a chart's sections are people). */
  sectionIsPerson: boolean | 'auto';
}

/** How far worklog goes on input it was not meant for: bounds that keep every run short. */
export interface LimitsConfig {
  /** A log larger than this is not read (it is reported instead). */
  fileMegabytes: number;
  /** Lists and block quotes nested deeper than this are read as text. */
  nestingDepth: number;
  /** A date range longer than this many years is reported and not expanded into days. */
  horizonYears: number;
}

/** How many findings of each severity `check --format github` shows as annotations; GitHub shows at most 10 of each per step. */
export interface AnnotationLimits {
  errors: number;
  warnings: number;
  /** Info findings, which GitHub shows as notices. */
  notices: number;
}

/** A part of the daily report that can be shown, hidden or moved: the `data-section` ids of the HTML report. */
export type ReportSection = 'due-items' | 'open-items' | 'since-previous' | 'schedule' | 'coverage' | 'diagrams' | 'findings';

/** What the daily report (`worklog report`, the email) shows: its sections in order, and the findings it lists. */
export interface ReportConfig {
  sections: ReportSection[];
  /** The least severe findings the report lists; the rest are counted. `check` keeps its own severities. */
  minSeverity: Severity;
}

export type RuleSetting = 'off' | 'info' | 'warning' | 'error';

export interface WorklogConfig {
  /** The configuration file read, or null for the built-in defaults. */
  file: string | null;
  /** Where logs live when a command is given no path (relative to the configuration file). */
  logDir: string | null;
  /** Globs of files and folders to skip where logs are found (folders, globs), relative to the configuration file's folder. */
  ignores: string[];
  coverage: CoverageConfig;
  calendar: CalendarConfig;
  /** Each person's other names (`Zhang Di`, `zd`), so table, chart and items agree on who is who. */
  people: Record<string, string[]>;
  staffing: StaffingConfig;
  limits: LimitsConfig;
  annotations: AnnotationLimits;
  report: ReportConfig;
  /** What checkbox markers mean beyond the built-in ones, as Obsidian Tasks' custom statuses: `{ "?": "open", "☒": "done" }`. */
  statuses: Record<string, ItemStatus>;
  /** Severity per rule id, overriding each rule's default; `off` drops the rule. */
  rules: Partial<Record<RuleId, RuleSetting>>;
  /** What the file says in a way a later release will refuse (a renamed rule id), each with what to write instead. */
  deprecations: string[];
}
