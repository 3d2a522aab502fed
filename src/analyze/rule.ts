/** What an analysis rule is: its id (its severity and description live in the rule catalog) and a pure function from the logs to results. */

import type { WorkCalendar } from '../calendar/working-days.js';
import type { WorklogConfig } from '../model/config.js';
import type { Coverage } from '../model/coverage.js';
import type { AnalysisRuleId, FindingDataByRule } from '../model/finding-data.js';
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
export interface RuleResult<Id extends AnalysisRuleId = AnalysisRuleId> {
  file: string;
  line: number;
  column: number;
  message: string;
  data: FindingDataByRule[Id];
}

export interface Rule<Id extends AnalysisRuleId = AnalysisRuleId> {
  id: Id;
  /** Whose findings it reports: today's log's (when absent) or every log's; a suppression is judged unused only where its rule ran. */
  logs?: 'every';
  run(context: AnalysisContext): RuleResult<Id>[];
}
