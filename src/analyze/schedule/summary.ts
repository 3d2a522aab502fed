/** The schedule in a few numbers for the morning view: how many findings of each kind, and who they are about. */

import type { Finding } from '../../model/diagnostic.js';

export interface ScheduleSummary {
  overlaps: number;
  overAllocated: { person: string; booked: number; capacity: number }[];
  daysMismatches: number;
  drifts: number;
  /** People named by any schedule finding, most findings first. */
  people: string[];
}

export function summariseSchedule(findings: readonly Finding[]): ScheduleSummary {
  const of = (ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId);
  const mentions = new Map<string, number>();
  for (const finding of findings.filter((candidate) => candidate.ruleId.startsWith('schedule/'))) {
    const person = finding.data.person;
    if (typeof person === 'string' && person !== '') mentions.set(person, (mentions.get(person) ?? 0) + 1);
  }
  return {
    overlaps: of('schedule/overlap').length,
    overAllocated: of('schedule/over-allocation').map((finding) => ({
      person: String(finding.data.person),
      booked: Number(finding.data.booked),
      capacity: Number(finding.data.capacity),
    })),
    daysMismatches: of('schedule/days-mismatch').length,
    drifts: of('schedule/drift').length,
    people: [...mentions.entries()].sort((a, b) => b[1] - a[1]).map(([person]) => person),
  };
}
