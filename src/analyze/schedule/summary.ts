/** The schedule in a few numbers for the morning view: how many findings of each kind, and who they are about. */

import type { Finding } from '../../model/diagnostic.js';
import { findingsOf } from '../findings.js';

export interface ScheduleSummary {
  /** Pairs of projects a person is booked on at once. */
  overlaps: number;
  overAllocated: { person: string; booked: number; capacity: number }[];
  daysMismatches: number;
  drifts: number;
  /** People named by any schedule finding, most findings first. */
  people: string[];
}

/** The person a schedule finding is about, if it is about one. */
function personOf(finding: Finding): string | null {
  if (!finding.ruleId.startsWith('schedule/')) return null;
  return 'person' in finding.data && typeof finding.data.person === 'string' && finding.data.person !== '' ? finding.data.person : null;
}

export function summariseSchedule(findings: readonly Finding[]): ScheduleSummary {
  const mentions = new Map<string, number>();
  for (const person of findings.map(personOf)) {
    if (person !== null) mentions.set(person, (mentions.get(person) ?? 0) + 1);
  }
  return {
    // Pairs of projects, not findings: one finding lists all of a person's pairs in a plan.
    overlaps: findingsOf(findings, 'schedule/overlap').reduce((sum, finding) => sum + finding.data.pairCount, 0),
    overAllocated: findingsOf(findings, 'schedule/over-allocation').map(({ data }) => ({ person: data.person, booked: data.booked, capacity: data.capacity })),
    daysMismatches: findingsOf(findings, 'schedule/days-mismatch').length,
    drifts: findingsOf(findings, 'schedule/drift').length,
    people: [...mentions.entries()].sort((a, b) => b[1] - a[1]).map(([person]) => person),
  };
}
