/** Which of a gantt chart's sections name people: most real charts group tasks by phase, stream or milestone instead. */

import type { GanttChart } from '../../model/gantt.js';
import { readsAsPersonName } from './person-names.js';

export interface SectionPeopleOptions {
  /** `staffing.sectionIsPerson`: always, never, or decided per chart. */
  setting: boolean | 'auto';
  /** People the configuration or the log's staffing tables name (as resolved names). */
  known: ReadonlySet<string>;
  /** A section's name as a person's own name (configured aliases resolved). */
  person: (name: string) => string;
}

/**
 * The sections whose tasks book their section as a person. With `auto`, a section is a person when it is a known
 * person or reads as a person's name, and the chart decides as a whole: when most of its sections are people, all are
 * (a chart of people with one nickname among them); otherwise none is, but known people.
 */
export function sectionsThatArePeople(chart: GanttChart, options: SectionPeopleOptions): Set<string> {
  const sections = [...new Set(chart.tasks.map((task) => task.section).filter((section) => section !== ''))];
  if (options.setting === false) return new Set();
  if (options.setting === true) return new Set(sections);
  const known = sections.filter((section) => options.known.has(options.person(section)));
  const people = sections.filter((section) => known.includes(section) || readsAsPersonName(section));
  return new Set(people.length * 2 > sections.length ? sections : known);
}
