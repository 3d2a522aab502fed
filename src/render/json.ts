/** The JSON contract (schemaVersion 1) that scripts and CI read; see schema/worklog.schema.json. */

import { summarise } from '../analyze/findings.js';
import type { StatusReport } from '../analyze/status.js';
import type { LoadChart } from '../analyze/schedule/load.js';
import type { Coverage } from '../model/coverage.js';
import type { IsoDate } from '../model/log.js';
import type { Schedule } from '../model/schedule.js';
import type { Finding } from '../model/diagnostic.js';
import type { Item, WorkLog } from '../model/log.js';
import type { AgedItem, CoverageDocument, ItemsDocument, ParseDocument, ScheduleDocument, StatusDocument } from './json-contract.js';

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
  };
}

const serialise = (document: unknown): string => `${JSON.stringify(document, null, 2)}\n`;

export function renderParseJson(logs: readonly WorkLog[]): string {
  const document: ParseDocument = { schemaVersion, logs: logs.map(logJson) };
  return serialise(document);
}

export function renderItemsJson(logs: readonly { log: WorkLog; items: Item[] }[]): string {
  const document: ItemsDocument = {
    schemaVersion,
    logs: logs.map(({ log, items }) => ({ file: log.file, date: log.date, title: log.title, items })),
  };
  return serialise(document);
}

/** An open item with how long it has been open (SPEC: firstSeen, age in working days, carriedOver). */
function agedItem(report: StatusReport, item: Item): AgedItem {
  const age = report.history.ages.get(item);
  return { ...item, firstSeen: age?.firstSeen ?? report.log.date, age: age?.age ?? 0, carriedOver: age?.carriedOver ?? false };
}

export function renderStatusJson(report: StatusReport): string {
  const { log, history } = report;
  const document: StatusDocument = {
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
  };
  return serialise(document);
}

export function renderCoverageJson(coverage: Coverage, findings: readonly Finding[]): string {
  const document: CoverageDocument = { schemaVersion, today: coverage.today, findings: [...findings], summary: summarise(findings), coverage };
  return serialise(document);
}

export function renderScheduleJson(schedule: Schedule, charts: readonly LoadChart[], findings: readonly Finding[], today: IsoDate | null): string {
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
  return serialise(document);
}
