/** The built-in defaults: what worklog assumes with no configuration file. */

import type { AnnotationLimits, CalendarConfig, CoverageConfig, FaultType, LimitsConfig, ReportConfig, ReportSection, StaffingConfig, WorklogConfig } from '../model/config.js';

export const defaultFaultTypes: FaultType[] = [
  { id: 'disk', label: '磁盘', aliases: ['磁盘', '硬盘', '磁盘空间', 'disk fill', 'disk', 'IO', 'I/O'], weakAliases: ['打满'] },
  { id: 'cpu', label: 'CPU', aliases: ['CPU', 'cpu burn', 'burn'], weakAliases: ['满载'] },
  { id: 'memory', label: '内存', aliases: ['内存', 'memory pressure', 'memory', 'mem', 'OOM'], weakAliases: [] },
  { id: 'network', label: '网络', aliases: ['网络', '延迟', '丢包', '断网', 'network', 'latency', 'packet loss'], weakAliases: [] },
  { id: 'process', label: '进程', aliases: ['进程', 'process', 'kill'], weakAliases: [] },
];

export const defaultCoverage: CoverageConfig = {
  drillHeadings: ['放火', '演练', '混沌', 'chaos', 'fault injection', 'game day', 'gameday'],
  drillWords: ['放火', '演练', '混沌', '故障注入', '注入', 'chaos', 'drill', 'fault injection', 'game day', 'gameday'],
  faultTypes: defaultFaultTypes,
  required: ['disk', 'cpu', 'memory', 'network'],
  systems: [],
  learnSystems: true,
  // Thirteen weeks: about the 90 calendar days this setting counted before it counted working days.
  expiryDays: 65,
};

export const defaultCalendar: CalendarConfig = { china: true, holidays: [], workdays: [] };

export const defaultStaffing: StaffingConfig = { headers: {}, sectionIsPerson: 'auto' };

export const defaultLimits: LimitsConfig = { fileMegabytes: 20, nestingDepth: 100, horizonYears: 5 };

// GitHub drops annotations past 10 errors and 10 warnings a step; info findings stay out of the pull request.
export const defaultAnnotations: AnnotationLimits = { errors: 10, warnings: 10, notices: 0 };

/** Every section of the daily report, in the order it shows them by default. */
export const reportSections: readonly ReportSection[] = ['due-items', 'open-items', 'since-previous', 'schedule', 'coverage', 'diagrams', 'findings'];

// Notes are for whoever edits the log; the email lists what someone should act on.
export const defaultReport: ReportConfig = { sections: [...reportSections], minSeverity: 'warning' };

export const defaultConfig: WorklogConfig = {
  file: null,
  logDir: null,
  ignores: [],
  coverage: defaultCoverage,
  calendar: defaultCalendar,
  people: {},
  staffing: defaultStaffing,
  limits: defaultLimits,
  annotations: defaultAnnotations,
  report: defaultReport,
  statuses: {},
  rules: {},
  deprecations: [],
};
