/** The JSON contract (schemaVersion 1) that scripts and CI read; see schema/worklog.schema.json. */

import { summarise } from '../analyze/findings.js';
import type { StatusReport } from '../analyze/status.js';
import type { Item, WorkLog } from '../model/log.js';
import type { CheckResult, CoverageResult, LogItems, ScheduleResult } from './results.js';

export const schemaVersion = 1;

/** A log as published: the model's fields in the contract's order. */
function logJson(log: WorkLog) {
  return {
    file: log.file,
    date: log.date,
    dateSource: log.dateSource,
    title: log.title,
    frontMatter: log.frontMatter,
    headings: log.headings,
    items: log.items,
    notes: log.notes,
    staffing: log.staffing,
    diagrams: log.diagrams,
    gantts: log.gantts,
    sequences: log.sequences,
    diagnostics: log.diagnostics,
  };
}

const serialise = (document: unknown): string => `${JSON.stringify(document, null, 2)}\n`;

export function renderParseJson(logs: readonly WorkLog[]): string {
  return serialise({ schemaVersion, logs: logs.map(logJson) });
}

export function renderItemsJson(logs: readonly LogItems[]): string {
  return serialise({
    schemaVersion,
    logs: logs.map(({ log, items }) => ({ file: log.file, date: log.date, title: log.title, items })),
  });
}

/** An open item with how long it has been open (SPEC: firstSeen, age in working days, carriedOver). */
function agedItem(report: StatusReport, item: Item) {
  const age = report.history.ages.get(item);
  return { ...item, firstSeen: age?.firstSeen ?? report.log.date, age: age?.age ?? 0, carriedOver: age?.carriedOver ?? false };
}

export function renderStatusJson(report: StatusReport): string {
  const { log, history } = report;
  return serialise({
    schemaVersion,
    generator: { name: 'worklog', version: report.provenance.version },
    today: log.date,
    file: log.file,
    title: log.title,
    history: report.others.map((other) => ({ file: other.file, date: other.date })),
    previous: history.previous ? { file: history.previous.file, date: history.previous.date } : null,
    counts: { total: log.items.length, ...report.counts },
    open: report.open.map((item) => agedItem(report, item)),
    doneSincePrevious: history.doneSincePrevious,
    dropped: history.dropped,
    schedule: report.schedule,
    coverage: report.coverage,
    diagrams: report.diagrams,
    findings: report.findings,
    summary: report.summary,
    provenance: report.provenance,
  });
}

/** The daily report's JSON is the status document: scripts read one contract for both. */
export function renderReportJson(report: StatusReport): string {
  return renderStatusJson(report);
}

export function renderCheckJson({ files, findings, summary }: CheckResult): string {
  return serialise({ schemaVersion, files, findings, summary });
}

export function renderCoverageJson({ coverage, findings }: CoverageResult): string {
  return serialise({ schemaVersion, today: coverage.today, findings, summary: summarise(findings), coverage });
}

export function renderScheduleJson({ schedule, charts, findings, today }: ScheduleResult): string {
  return serialise({
    schemaVersion,
    today,
    findings,
    summary: summarise(findings),
    schedule: {
      plans: schedule.plans,
      bookings: schedule.bookings,
      load: charts.map((chart) => ({ plan: schedule.plans.indexOf(chart.plan), days: chart.days, rows: chart.rows })),
    },
  });
}
