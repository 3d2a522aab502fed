/** People named inside a gantt task with their own ranges: `AWS主链路验证【张迪（13-24）、跃雄（13-17）】`. */

export interface EmbeddedPerson {
  person: string;
  /** The range as written (`13-24`). */
  period: string;
}

export interface EmbeddedBookings {
  /** The task name without the bracket that names the people. */
  project: string;
  people: EmbeddedPerson[];
}

const bracket = /【([^】]*)】|\[([^\]]*)\]/g;
const entry = /^\s*([^（(]+?)\s*[（(]\s*([^）)]+?)\s*[）)]\s*$/;

/** The people a task name books with their own ranges; a bracket without ranges (`【巴西】`) is a tag, not people. */
export function readEmbedded(name: string): EmbeddedBookings | null {
  for (const match of name.matchAll(bracket)) {
    const inside = match[1] ?? match[2] ?? '';
    const people = inside
      .split(/[、,，;；]/)
      .map((part) => entry.exec(part))
      .filter((found): found is RegExpExecArray => found !== null && /\d/.test(found[2] ?? ''))
      .map((found) => ({ person: (found[1] ?? '').trim(), period: (found[2] ?? '').trim() }));
    if (people.length > 0) {
      const project = `${name.slice(0, match.index)}${name.slice(match.index + match[0].length)}`.trim();
      return { project, people };
    }
  }
  return null;
}
