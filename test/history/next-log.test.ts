import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextLog } from '../../src/history/next-log.js';
import type { Item, WorkLog } from '../../src/model/log.js';
import { parseLog } from '../../src/parse/log.js';
import { fixturesDir } from '../helpers.js';

const cases = [
  { name: 'zh', newest: '2024-04-08.md', date: '2024-04-09' },
  { name: 'en', newest: 'standup-2025-02-07.md', date: '2025-02-10' },
] as const;

/** Compares with the log checked in beside the folder; UPDATE_FIXTURES=1 rewrites it for review. */
function expectedText(path: string, actual: string): string {
  if (process.env.UPDATE_FIXTURES === '1' || !existsSync(path)) writeFileSync(path, actual);
  return readFileSync(path, 'utf8');
}

const unfinished = (log: WorkLog): Item[] => log.items.filter((item) => item.status !== 'done' && item.status !== 'cancelled');
// The title, which holds the date, is the first of every item's headings: the ones below it must match.
const itemWords = ({ text, status, marker, priority, section, depth }: Item) => ({ text, status, marker, priority, section: section.slice(1), depth });

function newestOf(name: string, file: string): { text: string; log: WorkLog } {
  const text = readFileSync(join(fixturesDir, 'new', name, file), 'utf8');
  return { text, log: parseLog(text, { file }) };
}

describe('the next log from the newest', () => {
  it.each(cases)('$name: is the log checked in beside the folder', ({ name, newest, date }) => {
    const { text, log } = newestOf(name, newest);
    const next = nextLog(text, log, { date });
    expect(next).toBe(expectedText(join(fixturesDir, 'new', `${name}.expected.md`), next));
  });

  it.each(cases)('$name: parsed back, has exactly the newest log\'s unfinished items, in their sections and order', ({ name, newest, date }) => {
    const { text, log } = newestOf(name, newest);
    const back = parseLog(nextLog(text, log, { date }), { file: `${date}.md` });
    expect(back.date).toBe(date);
    expect(unfinished(back).map(itemWords)).toEqual(unfinished(log).map(itemWords));
    expect(unfinished(log).length).toBeGreaterThan(3);
  });

  it.each(cases)('$name: keeps tables, diagrams and notes as they were', ({ name, newest, date }) => {
    const { text, log } = newestOf(name, newest);
    const back = parseLog(nextLog(text, log, { date }), { file: `${date}.md` });
    expect(back.notes.map((note) => note.text)).toEqual(log.notes.map((note) => note.text));
    expect(back.diagrams.map((diagram) => diagram.source)).toEqual(log.diagrams.map((diagram) => diagram.source));
    const rows = (of: WorkLog) => of.staffing.flatMap((table) => table.rows.map(({ project, person, period }) => ({ project, person, period })));
    expect(rows(back)).toEqual(rows(log));
  });

  it('keeps a BOM and CRLF line endings as they were', () => {
    const { text } = newestOf('zh', '2024-04-08.md');
    const crlf = `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    const expected = readFileSync(join(fixturesDir, 'new', 'zh.expected.md'), 'utf8');
    expect(nextLog(crlf, parseLog(crlf, { file: '2024-04-08.md' }), { date: '2024-04-09' })).toBe(`\uFEFF${expected.replace(/\n/g, '\r\n')}`);
  });

  it('with keepDone, changes nothing but the date', () => {
    const { text, log } = newestOf('en', 'standup-2025-02-07.md');
    const next = nextLog(text, log, { date: '2025-02-10', keepDone: true });
    const changed = next.split('\n').filter((line, index) => line !== text.split('\n')[index]);
    expect(changed).toEqual(['date: 2025-02-10', '# Standup — Monday, Feb 10, 2025']);
  });

  it('drops a finished item written in a paragraph with the lines that continue it, and nothing else', () => {
    const text = '# 2024-04-08\n\n☑ 已完成的事\n  写在下一行的说明\n☐ 还要做的事\n\n备注\n';
    expect(nextLog(text, parseLog(text, { file: 'log.md' }), { date: '2024-04-09' })).toBe('# 2024-04-09\n\n☐ 还要做的事\n\n备注\n');
  });
});

describe('the next log from every log of the realworld corpus', () => {
  const corpus = readdirSync(join(fixturesDir, 'realworld')).filter((name) => name.endsWith('.md'));

  it.each(corpus)('%s: parsed back, has exactly its unfinished items', (file) => {
    const text = readFileSync(join(fixturesDir, 'realworld', file), 'utf8');
    const log = parseLog(text, { file, date: '2024-04-08' });
    const next = nextLog(text, { ...log, date: log.date ?? '2024-04-08' }, { date: '2024-04-09' });
    const back = parseLog(next, { file, date: '2024-04-09' });
    // The title holds the date; the headings below it must match.
    const words = (of: WorkLog) => (item: Item) => ({ ...itemWords(item), section: item.section[0] === of.title ? item.section.slice(1) : item.section });
    expect(unfinished(back).map(words(back))).toEqual(unfinished(log).map(words(log)));
    expect(back.diagrams.map((diagram) => diagram.source)).toEqual(log.diagrams.map((diagram) => diagram.source));
  });
});
