/** What a rule is: an id, a description, a default severity, and a pure function from the logs to results. */

import type { WorkCalendar } from '../calendar/working-days.js';
import type { WorklogConfig } from '../model/config.js';
import type { Coverage } from '../model/coverage.js';
import type { Severity } from '../model/diagnostic.js';
import type { WorkLog } from '../model/log.js';
import type { Schedule } from '../model/schedule.js';

/** Everything a rule may read, computed once per run. */
export interface AnalysisContext {
  logs: readonly WorkLog[];
  /** The newest dated log. */
  today: WorkLog;
  config: WorklogConfig;
  calendar: WorkCalendar;
  coverage: Coverage;
  /** Today's log's plans and bookings. */
  schedule: Schedule;
}

/** A rule's result before the engine gives it its rule id and severity. */
export interface RuleResult {
  file: string;
  line: number;
  column: number;
  message: string;
  data: Record<string, unknown>;
}

export interface Rule {
  id: string;
  description: string;
  defaultSeverity: Severity | 'off';
  run(context: AnalysisContext): RuleResult[];
}
