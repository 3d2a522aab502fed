/** The JSON contract (schemaVersion 1) that scripts and CI read; see schema/worklog.schema.json. */

import { summarise } from '../analyze/findings.js';
import type { DueItem } from '../analyze/due.js';
import type { StatusReport } from '../analyze/status.js';
import type { Trend } from '../history/trend.js';
import type { Item, WorkLog } from '../model/log.js';
import { ruleHelpUri } from '../rules/catalog.js';
import type { AgedItem, CheckDocument, DueItemEntry, CoverageDocument, ItemsDocument, ParseDocument, RulesDocument, ScheduleDocument, StatusDocument, TrendDocument } from './json-contract.js';
import type { CheckResult, CoverageResult, LogItems, RulesResult, ScheduleResult } from './results.js';
import { jsonText } from './json-text.js';
import { ruleRows } from './rule-rows.js';

export const schemaVersion = 1 as const;

/** A log as published: the model's fields in the contract's order. */
function logJson(log: WorkLog): WorkLog {
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
    ...(log.suppressions ? { suppressions: log.suppressions } : {}),
  };
}

export function renderParseJson(logs: readonly WorkLog[]): string {
  const document: ParseDocument = { schemaVersion, logs: logs.map(logJson) };
  return jsonText(document);
}

export function renderItemsJson(logs: readonly LogItems[]): string {
  const document: ItemsDocument = {
    schemaVersion,
    logs: logs.map(({ log, items, ages }) => ({
      file: log.file,
      date: log.date,
      title: log.title,
      items: items.map((item) => {
        const age = ages.get(item);
        return age ? { ...item, ...age } : item;
      }),
    })),
  };
  return jsonText(document);
}

/** An open item with how long it has been open (SPEC: firstSeen, age in working days, carriedOver). */
function agedItem(report: StatusReport, item: Item): AgedItem {
  const age = report.history.ages.get(item);
  return { ...item, firstSeen: age?.firstSeen ?? report.log.date, age: age?.age ?? 0, carriedOver: age?.carriedOver ?? false };
}

function dueEntry({ item, due, daysLate, workingDaysLate }: DueItem): DueItemEntry {
  return { ...item, due, daysLate, workingDaysLate };
}

/** The status document of one log's report. */
export function statusDocument(report: StatusReport): StatusDocument {
  const { log, history } = report;
  return {
    schemaVersion,
    generator: { name: 'worklog', version: report.provenance.version },
    today: log.date,
    file: log.file,
    title: log.title,
    history: report.others.map((other) => ({ file: other.file, date: other.date })),
    previous: history.previous ? { file: history.previous.file, date: history.previous.date } : null,
    counts: { total: log.items.length, ...report.counts },
    overdue: report.due.filter((entry) => entry.daysLate > 0).map(dueEntry),
    dueToday: report.due.filter((entry) => entry.daysLate === 0).map(dueEntry),
    open: report.open.map((item) => agedItem(report, item)),
    doneSincePrevious: history.doneSincePrevious,
    cancelledSincePrevious: history.cancelledSincePrevious,
    dropped: history.dropped,
    schedule: report.schedule,
    coverage: report.coverage,
    diagrams: report.diagrams,
    findings: report.findings,
    summary: report.summary,
    provenance: report.provenance,
  };
}

export function renderStatusJson(report: StatusReport): string {
  return jsonText(statusDocument(report));
}

/** The daily report's JSON is the status document: scripts read one contract for both. */
export function renderReportJson(report: StatusReport): string {
  return renderStatusJson(report);
}

export function renderCheckJson({ files, findings, summary }: CheckResult): string {
  const document: CheckDocument = { schemaVersion, files: [...files], findings: [...findings], summary };
  return jsonText(document);
}

export function renderCoverageJson({ coverage, findings }: CoverageResult): string {
  const document: CoverageDocument = { schemaVersion, today: coverage.today, findings: [...findings], summary: summarise(findings), coverage };
  return jsonText(document);
}

export function renderScheduleJson({ schedule, charts, findings, today }: ScheduleResult): string {
  const document: ScheduleDocument = {
    schemaVersion,
    today,
    findings: [...findings],
    summary: summarise(findings),
    schedule: {
      plans: schedule.plans,
      bookings: schedule.bookings,
      load: charts.map((chart) => ({ plan: schedule.plans.indexOf(chart.plan), days: chart.days, rows: chart.rows })),
    },
  };
  return jsonText(document);
}

export function renderRulesJson(result: RulesResult): string {
  const document: RulesDocument = {
    schemaVersion,
    rules: ruleRows(result).map(({ rule, severity }) => ({
      id: rule.id, defaultSeverity: rule.defaultSeverity, severity, description: rule.description, helpUri: ruleHelpUri(rule.id), fixable: rule.fixable === true,
    })),
  };
  return jsonText(document);
}

export function renderTrendJson({ days, undated }: Trend): string {
  const document: TrendDocument = { schemaVersion, days: [...days], undated: [...undated] };
  return jsonText(document);
}
