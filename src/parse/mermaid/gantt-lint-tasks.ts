/** Diagnostics for one gantt task: data mermaid cannot read, and dates it draws other than written. */

import { parseDuration, readsAsDate, type DatedTask, type TaskReference } from './gantt-dates.js';
import { closestId } from './gantt-id-suggestions.js';
import { dateFix, describeFormat, fieldText, quote, refused, showDate, type LintContext } from './gantt-messages.js';
import { sourceText, type GanttField, type GanttTaskReading } from './gantt-statements.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The start and end fields of a task, by mermaid's field count. */
function taskPlaces(fields: GanttField[]): { start: GanttField | undefined; end: GanttField | undefined } {
  if (fields.length === 1) return { start: undefined, end: fields[0] };
  if (fields.length === 2) return { start: fields[0], end: fields[1] };
  return { start: fields[1], end: fields[2] };
}

/** Why the browser's date parser reads a start other than it was probably meant. */
function fallbackReasons(text: string): string {
  const reasons: string[] = [];
  const [written, year = '', month = '', day = ''] = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(text) ?? [];
  const validMonth = Number(month) >= 1 && Number(month) <= 12;
  if (written && validMonth && !readsAsDate(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`, 'YYYY-MM-DD')) {
    reasons.push('that day does not exist, so it rolls over into the next month');
  }
  if (/^\d{4}(-\d{2}){0,2}$/.test(text) || /(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    reasons.push('it is read as midnight UTC, which is another hour, or another day, in most time zones');
  }
  return reasons.length > 0 ? reasons.join('; ') : 'how browsers read free text differs from one browser to another';
}

/** The fields after the tags: mermaid reads one to three. */
function lintFieldCount(task: GanttTaskReading, { reading, report }: LintContext): void {
  const { data } = task.statement;
  const at = data.start + 1;
  if (task.fields.length === 0) {
    const tags = sourceText(reading, at, data.end).trim();
    report('gantt/field-count', at, `${refused} this task's data has only tags, and a task needs at least an end or a duration: add one (\`${tags}, 2023-11-13, 3d\`)`);
  } else if (task.fields.length > 3) {
    report('gantt/field-count', at, `${refused} this task's data has ${task.fields.length} fields after its tags, and mermaid reads at most three (\`id, start, end\`): look for a stray comma, or a tag written after the dates (tags come first)`);
  }
}

/** What makes mermaid fail while computing this task's dates. */
function lintFailure(task: GanttTaskReading, dates: DatedTask, context: LintContext): void {
  const { reading, calendar, report } = context;
  const { start, end } = taskPlaces(task.fields);
  if (dates.failure === 'no-previous-task' && end) {
    const written = fieldText(reading, end);
    report('gantt/no-previous-task', end.start, `${refused} this task gives only ${quote(written)}, so it would start where the task before it ends, but it is the first task: give it a start (\`2023-11-13, ${written}\`)`);
  }
  if (dates.failure === 'invalid-start' && start) {
    const written = quote(fieldText(reading, start));
    const why = /^(after|until)\b/i.test(start.text)
      ? `it reads the ids after \`after\` only when they are ASCII letters, digits, \`_\` or \`-\` (and \`after\` itself only in lower case), so it cannot read ${written}: give the task an ASCII id (\`name : a1, 2023-11-13, 3d\`) and write \`after a1\``
      : `it cannot read the start ${written} ${describeFormat(calendar)}, nor as any date the browser knows: ${dateFix(calendar)}`;
    report('gantt/invalid-start', start.start, `${refused} ${why}`);
  }
  if (dates.failure === 'endless-exclusion') {
    report('gantt/endless-exclusion', task.statement.token.start, `${refused} \`excludes\` leaves no day for this task to end on, and mermaid gives up after 10,000 days: exclude fewer days`);
  }
}

/** A start mermaid read through `new Date()`; plain ISO dates in a chart without dateFormat are gantt/no-date-format's. */
function lintFallback(task: GanttTaskReading, dates: DatedTask, { reading, calendar, report }: LintContext): void {
  const { start } = taskPlaces(task.fields);
  if (dates.startReading !== 'fallback' || !start) return;
  if (calendar.dateFormat.trim() === '' && isoDate.test(start.text) && readsAsDate(start.text, 'YYYY-MM-DD')) return;
  report('gantt/date-fallback', start.start, `mermaid cannot read the start ${quote(fieldText(reading, start))} ${describeFormat(calendar)}, so it falls back to the browser's date parser, which reads it as ${showDate(dates.start)} in this time zone (${fallbackReasons(start.text)}): ${dateFix(calendar)}`);
}

/** An `after`/`until` naming no task, or cut short by a character mermaid does not read in ids. */
function lintReference(reference: TaskReference, field: GanttField, { reading, calendar, report, knownIds }: LintContext): void {
  const { keyword, ids, unknownIds } = reference;
  const written = fieldText(reading, field);
  const cut = written.trim() !== reference.read.trim();
  if (unknownIds.length === 0 && !cut) return;
  const readOnly = cut ? `mermaid reads only ${quote(reference.read)} of ${quote(written)}, because ids are ASCII letters, digits, \`_\` and \`-\`` : '';
  const unknown = unknownIds.length > 0 ? `${unknownIds.map((id) => `\`${id}\``).join(', ')} in ${quote(written)} names no task in this chart` : '';
  const effect = unknownIds.length === 0
    ? `so it uses ${ids.map((id) => `\`${id}\``).join(', ')}`
    : unknownIds.length === ids.length
      ? `so mermaid ${keyword === 'after' ? 'starts' : 'ends'} this task on the day the chart is viewed (today, ${calendar.today})`
      : 'so mermaid ignores it and uses the other ids';
  const near = unknownIds.map((id) => closestId(id, knownIds)).find((id) => id !== null);
  // `1:1 Priya :t6, …`: mermaid ends the name at the first colon, so the task's id became `1 Priya :t6`.
  const cutName = knownIds.find((known) => unknownIds.some((id) => known !== id && known.replace(/\s+/g, ' ').endsWith(`:${id}`)));
  const fix = cutName
    ? `the task with the id \`${cutName.replace(/\s+/g, ' ')}\` has a \`:\` in its name, and mermaid ends a name at its first \`:\`, so the rest became its id: take the \`:\` out of that name`
    : near
    ? `did you mean \`${near}\`?`
    : unknownIds.length === 0
      ? 'use ids made of ASCII letters, digits, `_` and `-` only'
      : 'give the task it means an id (`name : a1, 2023-11-13, 3d`) and refer to that id';
  report('gantt/unknown-id', field.start, `${[readOnly, unknown].filter(Boolean).join(', and ')}, ${effect}: ${fix}`);
}

/** An end mermaid reads neither as a date nor as a duration; ISO ends in a chart without dateFormat are gantt/no-date-format's. */
function lintEnd(task: GanttTaskReading, dates: DatedTask, { reading, calendar, report }: LintContext): void {
  const { end } = taskPlaces(task.fields);
  if (dates.endReading !== 'invalid' || !end) return;
  if (calendar.dateFormat.trim() === '' && isoDate.test(end.text)) return;
  // The Day Planner plugin writes minutes as `30mm` on every task: one message for the unit, so a chart says it once.
  if (/^\d+(\.\d+)?mm$/.test(end.text.trim())) {
    report('gantt/invalid-end', end.start, 'mermaid cannot read the unit `mm` (the Day Planner plugin\'s minutes), so it draws this task zero-length, ending where it starts: write minutes as `m` (`30m`)');
    return;
  }
  const tooLong = parseDuration(end.text) !== null ? ' (the duration is too long for a date)' : '';
  const fix = end.text.includes('，')
    ? 'separate the fields with an ASCII comma `,`, not `，`'
    : /^\d+(\.\d+)?\s*[a-z]+$/i.test(end.text)
      ? 'a duration is a number and one of `ms s m h d w M y` with no space (`3d`, `1.5w`; `M` is months, `m` minutes)'
      : `an end is a date ${describeFormat(calendar)} or a duration such as \`3d\``;
  report('gantt/invalid-end', end.start, `mermaid cannot read the end ${quote(fieldText(reading, end))}${tooLong}, so it draws this task zero-length, ending where it starts: ${fix}`);
}

function lintEndBeforeStart(task: GanttTaskReading, dates: DatedTask, { report }: LintContext): void {
  const { end } = taskPlaces(task.fields);
  // A start or end taken from today because of an unknown id is gantt/unknown-id's to explain.
  const fromToday = dates.references.some((reference) => reference.ids.length > 0 && reference.unknownIds.length === reference.ids.length);
  if (!end || !dates.start || !dates.end || dates.endReading === 'invalid' || fromToday) return;
  if (dates.end.getTime() < dates.start.getTime()) {
    report('gantt/end-before-start', end.start, `this task ends (${showDate(dates.end)}) before it starts (${showDate(dates.start)}), so mermaid draws no bar: fix the dates, or swap them`);
  }
}

/** `;` or `#` in the data: mermaid cuts the data there (the rest becomes a task or a comment), or keeps `#name;` as an entity. */
function lintCutData(task: GanttTaskReading, { reading, report, taskAt, skippedAt }: LintContext): void {
  const { data } = task.statement;
  const text = reading.prepared.text;
  const cut = text[data.end];
  const cutsLine = (at: number) => text[at] === '#' || text[at] === ';';
  // A task that is itself the rest of a cut line was reported with the line's first cut.
  const continuesCut = cutsLine(task.statement.token.start);
  if ((cut === '#' || cut === ';') && !continuesCut) {
    // Only the start of the rest is quoted: looking further would cost each of thousands of `;`-separated tasks the whole line.
    const ahead = text.slice(data.end, data.end + 200);
    const newline = ahead.indexOf('\n');
    const rest = quote(sourceText(reading, data.end, data.end + (newline >= 0 ? newline : ahead.length)));
    const next = taskAt(data.end);
    if (next?.kind === 'task') {
      let more = 0;
      for (let current = next; cutsLine(current.data.end); more++) {
        const after = taskAt(current.data.end);
        if (after?.kind !== 'task') break;
        current = after;
      }
      const notes = cut === '#' ? ', and notes in `%%` comment lines' : '';
      const becomes = more === 0 ? 'a separate task' : `${more + 1} separate tasks, the first`;
      report('gantt/cut-data', data.end, `mermaid stops reading this task's data at \`${cut}\`, and the rest of the line, ${rest}, becomes ${becomes} named ${quote(sourceText(reading, next.token.start, next.token.end))}: put each task on a line of its own${notes}`);
    } else if (skippedAt(data.end)) {
      report('gantt/cut-data', data.end, `mermaid stops reading this task's data at \`${cut}\` and drops the rest of the line, ${rest}, as a comment: move it to a \`%%\` comment line of its own`);
    }
  }
  // mermaid has turned `#name;` into marker characters before reading; find them, and quote them as written.
  const encoded = text.slice(data.start, data.end).indexOf('\uFB02\xB0');
  if (encoded >= 0) {
    const from = data.start + encoded;
    const entity = sourceText(reading, from, text.indexOf('\xB6\xDF', from) + 2);
    report('gantt/cut-data', from, `mermaid reads \`${entity}\` in this task's data as an HTML character code, not as a comment, so it stays part of the data: remove it, or move the note to a \`%%\` comment line`);
  }
}

/** Every diagnostic about one task and the dates mermaid gives it. */
export function lintTask(task: GanttTaskReading, dates: DatedTask, context: LintContext): void {
  lintFieldCount(task, context);
  lintFailure(task, dates, context);
  lintFallback(task, dates, context);
  const { start, end } = taskPlaces(task.fields);
  for (const reference of dates.references) {
    const field = reference.keyword === 'after' ? start : end;
    if (field) lintReference(reference, field, context);
  }
  lintEnd(task, dates, context);
  lintEndBeforeStart(task, dates, context);
  lintCutData(task, context);
}
