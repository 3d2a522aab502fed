/** The costly part of a status report: its findings, coverage and load charts, loaded with the rule engine only when no earlier run kept them. */

import { findingsOfRuns, runRuleSet } from './index.js';
import type { AnalysisContext } from './rule.js';
import { loadCharts } from './schedule/load.js';
import type { StatusAnalysis } from './status.js';

export function analyseStatus(context: AnalysisContext): StatusAnalysis {
  return {
    findings: findingsOfRuns([runRuleSet(context)], context),
    coverage: context.coverage,
    load: loadCharts(context.schedule, context.calendar),
  };
}
