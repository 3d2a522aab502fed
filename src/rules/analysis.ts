/** The analyses' rules: what the plan, the calendar and the drills say across a log (or several). */

import type { RuleMeta } from './meta.js';

export const scheduleRules = [
  { id: 'schedule/overlap', defaultSeverity: 'warning', description: 'A person is booked on two different projects on the same working day.' },
  { id: 'schedule/over-allocation', defaultSeverity: 'warning', description: 'A person is booked for more working days than the cycle has.' },
  { id: 'schedule/days-mismatch', defaultSeverity: 'warning', description: 'A staffing row states a number of days its period does not have.' },
  { id: 'schedule/out-of-cycle', defaultSeverity: 'warning', description: 'A staffing period outside its cycle.' },
  { id: 'schedule/non-working-day', defaultSeverity: 'info', description: 'A staffing period begins or ends, or a gantt task starts, on a weekend or holiday.' },
  { id: 'schedule/drift', defaultSeverity: 'warning', description: 'The staffing table and the gantt chart date the same person and project differently.' },
  { id: 'schedule/implausible-range', defaultSeverity: 'warning', description: 'A date range longer than the horizon (`limits.horizonYears`, 5 years by default) or past year 9999: it is not expanded into days, most likely a typo.' },
  { id: 'schedule/unassigned', defaultSeverity: 'info', description: 'A plan row or task with a placeholder (`TBD`, `待定`, `-`) for its person or its dates: it books nobody yet.' },
  { id: 'calendar/unknown-year', defaultSeverity: 'warning', description: "A plan reaches a year whose official holidays are not published in worklog's calendar data yet." },
] as const satisfies readonly RuleMeta[];

export const coverageRules = [
  { id: 'coverage/gap', defaultSeverity: 'info', description: 'A system has never been drilled for a required fault type.' },
  { id: 'coverage/pending', defaultSeverity: 'info', description: 'A drill is named in an item that is still open.' },
  { id: 'coverage/alarm', defaultSeverity: 'warning', description: 'A drill found an alarm that is missing, not configured, or did not fire.' },
  { id: 'coverage/unattributed', defaultSeverity: 'info', description: 'A drill item that names no system worklog knows or can learn: it is listed, not guessed.' },
] as const satisfies readonly RuleMeta[];

export type ScheduleRuleId = (typeof scheduleRules)[number]['id'];
export type CoverageRuleId = (typeof coverageRules)[number]['id'];
