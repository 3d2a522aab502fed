/** People named inside a gantt task: `AWS主链路验证【张迪（13-24）、跃雄（13-17）】`, `回归【严冬、赵敏】`, `Load test @lena`. */

import { findMentions } from '../../parse/mentions.js';

export interface EmbeddedPerson {
  person: string;
  /** The range as written (`13-24`), or null for the whole task. */
  period: string | null;
}

export interface EmbeddedBookings {
  /** The task name without the bracket or the mentions that name the people. */
  project: string;
  people: EmbeddedPerson[];
}

const bracket = /【([^】]*)】|\[([^\]]*)\]/g;
const entry = /^\s*([^（(]+?)\s*(?:[（(]\s*([^）)]*?)\s*[）)])?\s*$/;
const mention = /(?<![\p{L}\p{N}_.+-])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?/gu;
// `11-13-11-24` inside a task: month-day to month-day, hyphens only, as people write it beside a name.
const monthDayPair = /^(\d{1,2})-(\d{1,2})\s*[-~～至到]\s*(\d{1,2})-(\d{1,2})$/;

/** A person's range as worklog's period reader takes it: `11-13-11-24` becomes `11/13-11/24`. */
export function embeddedPeriod(period: string): string {
  const pair = monthDayPair.exec(period);
  return pair ? `${pair[1]}/${pair[2]}-${pair[3]}/${pair[4]}` : period;
}

/** The entries of one bracket when they are people: some with their own range, or every one a known person. */
function bracketPeople(inside: string, isPerson: (name: string) => boolean): EmbeddedPerson[] | null {
  const entries = inside.split(/[、,，;；]/).map((part) => entry.exec(part));
  if (entries.some((found) => found === null)) return null;
  const people = entries.map((found) => ({ person: (found?.[1] ?? '').trim(), period: found?.[2] ? found[2].trim() : null }));
  // A range makes a bracket a list of people; without one (`【巴西】`, `【R3】`) it is a tag unless every name is someone's.
  const ranged = people.some((person) => person.period !== null && /\d/.test(person.period));
  if (ranged) return people.filter((person) => person.period === null || /\d/.test(person.period));
  return people.every((person) => isPerson(person.person)) ? people : null;
}

/** The people a task name books: a bracket of people, and `@mentions`; null when it names nobody. */
export function readEmbedded(name: string, isPerson: (name: string) => boolean = () => false): EmbeddedBookings | null {
  let project = name;
  const people: EmbeddedPerson[] = [];
  for (const match of name.matchAll(bracket)) {
    const found = bracketPeople(match[1] ?? match[2] ?? '', isPerson);
    if (!found) continue;
    for (const person of found) people.push(person);
    project = project.replace(match[0], ' ');
    break;
  }
  for (const person of findMentions(name)) people.push({ person, period: null });
  if (people.length === 0) return null;
  // Without an `@` there is no mention to remove, and its pattern is not compiled (see findMentions).
  if (project.includes('@')) project = project.replace(mention, ' ');
  project = project.replace(/\s{2,}/g, ' ').trim();
  return { project: project === '' ? name : project, people };
}
