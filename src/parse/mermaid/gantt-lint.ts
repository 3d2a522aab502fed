/** Diagnostics for a gantt chart: where mermaid will not draw it, or will draw it other than written. */

import type { Diagnostic } from '../../model/diagnostic.js';
import { parseDuration, readsAsDate, type DatedTask, type GanttCalendar } from './gantt-dates.js';
import { lintUndatedTasks } from './gantt-after-cycle.js';
import { lintTask } from './gantt-lint-tasks.js';
import { lintContext, quote, refused, tokenText, type LintContext } from './gantt-messages.js';
import { sourceText, type GanttReading, type GanttStatement } from './gantt-statements.js';

type Rejected = Extract<GanttStatement, { kind: 'rejected' }>;
type SettingOrSection = Extract<GanttStatement, { kind: 'setting' | 'section' }>;

const tagWords = new Set(['active', 'done', 'crit', 'milestone', 'vert']);
// Keywords that take no value: whatever follows them on the line is read as the next statement.
const bareKeywords = new Set(['inclusiveEndDates', 'topAxis', 'weekday', 'weekend']);
// Keywords whose value may run onto the next line when nothing follows them on their own.
const valueKeywords = /^(section|title|dateFormat|axisFormat|tickInterval|includes|excludes|todayMarker|accTitle|accDescr)\b/i;
const settingWords = /^(section|title|dateformat|axisformat|tickinterval|includes|excludes|todaymarker)$/;

// The lexer states a chart can end in, in the user's words.
const unclosedBlocks: Partial<Record<string, string>> = {
  accTitle: 'an `accTitle:` with nothing after it', accDescr: 'an `accDescr:` with nothing after it',
  accDescrBlock: 'an `accDescr {` block', href: 'the quotes of a `href "…"` link',
  callbackName: 'a `call` statement', callbackArgs: 'the brackets of a `call …(…)` statement', click: 'a `click` statement',
};

/** Whether text after a colon reads like task data: a tag, a date, a duration, or `after`/`until`. */
function looksLikeTaskData(text: string, calendar: GanttCalendar): boolean {
  return text.split(',').some((field) => {
    const value = field.trim();
    return tagWords.has(value) || parseDuration(value) !== null || /^(after|until)\s/.test(value)
      || readsAsDate(value, calendar.dateFormat) || readsAsDate(value, 'YYYY-MM-DD');
  });
}

/** A line without a colon (or cut at `#`/`;` and left without one). */
function lintMissingColon({ token, previous }: Rejected, { reading, report }: LintContext): void {
  const shown = quote(tokenText(reading, token));
  const cutBy = previous && previous.end === token.start && /^[#;]/.test(token.text) ? token.text[0] : null;
  if (cutBy && previous) {
    const what = previous.kind === 'taskData' ? 'the task data' : `the \`${/^\w+/.exec(previous.text)?.[0] ?? ''}\` value`;
    const fix = cutBy === '#' ? 'move the note to a `%%` comment line of its own' : 'put each statement on a line of its own and remove the `;`';
    report('gantt/missing-colon', token.start, `${refused} it stops reading ${what} at \`${cutBy}\`, and the rest of the line, ${shown}, has no colon, so it is neither a setting nor a task: ${fix}`);
    return;
  }
  const word = /^\s*(\w+)/.exec(token.text)?.[1]?.toLowerCase() ?? '';
  const fullWidth = token.text.includes('：');
  const fix = fullWidth
    ? 'write an ASCII colon `:` between the name and the data'
    : word === 'weekday'
      ? 'write the day in full and in English (`weekday monday` … `weekday sunday`)'
      : word === 'weekend'
        ? 'write `weekend friday` or `weekend saturday`'
        : settingWords.test(token.text.trim().toLowerCase())
          ? `write a value after \`${token.text.trim()}\``
          : 'write it as a task (`name : 2023-11-13, 3d`) or turn it into a `%%` comment';
  const colon = fullWidth ? 'no ASCII colon (only the full-width `：`)' : 'no colon';
  report('gantt/missing-colon', token.start, `${refused} ${shown} has ${colon}, so it is neither a setting nor a task: ${fix}`);
}

/** What mermaid's grammar rejected, in the words of what the user probably wrote. */
function syntaxErrorMessage({ token, previous }: Rejected, { reading }: LintContext): string {
  const shown = quote(tokenText(reading, token));
  const sameLine = previous && !reading.prepared.text.slice(previous.end, token.start).includes('\n');
  if (sameLine && (bareKeywords.has(previous.kind) || previous.kind === 'gantt')) {
    const keyword = quote(tokenText(reading, previous));
    return `it reads ${keyword} as a keyword, and ${shown} after it is not a statement: rename the task so that it does not start with ${keyword}`;
  }
  switch (token.kind) {
    case 'gantt':
      return 'a task name may not start with the word `gantt`, which mermaid reads as the start of a chart: rename the task';
    case 'date':
      return `a task name may not start with a date (${shown}), which mermaid reads as a date, not as a name: put a word before the date`;
    case 'taskData':
      return `this task has no name before its colon: write \`name ${tokenText(reading, token).trim()}\``;
    case 'colon':
      return 'this task has nothing after its colon: add its dates (`name : 2023-11-13, 3d`)';
    case 'accDescription':
      return 'it reads a line starting with `accDescription` as an unfinished accessibility statement: write `accDescr: …`, or rename the task';
    case 'unclosed':
      return `the chart ends inside ${unclosedBlocks[token.text] ?? 'a statement'}, which is never closed: close it`;
    case 'directive':
      return 'it cannot read this `%%{` directive: write it as `%%{init: {…}}%%`, or remove it';
    case 'click': case 'callbackName': case 'callbackArgs': case 'href':
      return 'it reads a line that starts with `click`, `call` or `href` as a click statement (`click taskId call fn()`, `click taskId href "url"`), and cannot read this one: rename the task, or fix the click statement';
    default:
      return `it does not expect ${shown} here`;
  }
}

/** `section`, `title`, `accTitle:` … alone on their line take the next line as their value. */
function lintSwallowedLine(statement: GanttStatement, { reading, report }: LintContext): boolean {
  const token = statement.kind === 'setting' || statement.kind === 'section' ? statement.token : statement.kind === 'other' ? statement.tokens[0] : undefined;
  if (!token || !valueKeywords.test(token.text)) return false;
  const breakAt = token.text.indexOf('\n');
  const value = statement.kind === 'other' ? statement.tokens[1] : token;
  if (breakAt < 0 || !value) return false;
  const keyword = /^\w+/.exec(token.text)?.[0] ?? '';
  const taken = value === token ? tokenText(reading, token).slice(breakAt + 1) : tokenText(reading, value);
  report('gantt/swallowed-line', token.start, `\`${keyword}\` has nothing after it on its line, so mermaid takes the next line, ${quote(taken)}, as its value and does not read that line as a statement or task: write the value on the \`${keyword}\` line`);
  return true;
}

/** A task whose name starts with a keyword that takes a value (`Title page: …`), read as that keyword's line. */
function lintKeywordLine(statement: SettingOrSection, { reading, calendar, report }: LintContext): void {
  const colon = statement.value.indexOf(':');
  if (colon < 0 || !looksLikeTaskData(statement.value.slice(colon + 1), calendar)) return;
  const line = tokenText(reading, statement.token);
  const word = /^\w+/.exec(line)?.[0] ?? '';
  const keyword = statement.kind === 'section' ? 'section' : statement.keyword;
  const name = line.slice(0, line.indexOf(':')).trim();
  const effect = statement.kind === 'section'
    ? `starts a section named ${quote(line.slice(word.length))}, which the tasks below it then belong to`
    : `sets \`${keyword}\` to ${quote(line.slice(word.length))}`;
  report('gantt/keyword-name', statement.token.start, `mermaid reads this line as the keyword \`${keyword}\` (it starts with \`${word}\`), so the task ${quote(name)} is not drawn, and the line ${effect}: rename the task so that it does not start with \`${word}\``);
}

/** A task whose name starts with a keyword that takes no value (`Weekend friday party: …`): the rest becomes the task. */
function lintBareKeyword(statement: SettingOrSection, next: GanttStatement | undefined, { reading, report }: LintContext): void {
  if (statement.kind !== 'setting' || !bareKeywords.has(statement.keyword) || next?.kind !== 'task') return;
  if (reading.prepared.text.slice(statement.token.end, next.token.start).includes('\n')) return;
  const keyword = tokenText(reading, statement.token);
  report('gantt/keyword-name', statement.token.start, `mermaid reads ${quote(keyword)} as the \`${statement.keyword}\` setting and draws the rest of the line as a task named ${quote(tokenText(reading, next.token))}: rename the task so that it does not start with ${quote(keyword)}`);
}

/** Front matter mermaid fails on: it refuses the chart before reading a line of it. */
function lintFrontMatter({ reading, report }: LintContext): void {
  const refusal = reading.prepared.frontMatter?.refusal;
  if (refusal) report('gantt/syntax-error', { line: refusal.line, column: refusal.column }, `${refused} ${refusal.problem}: ${refusal.fix}`);
}

function lintStatements(context: LintContext): void {
  const { reading, report } = context;
  const diagram = reading.statements.find((statement) => statement.kind === 'diagram');
  if (diagram && diagram.token.text !== 'gantt') {
    report('gantt/syntax-error', diagram.token.start, `${refused} it recognises a gantt chart only by a first line \`gantt\` in lower case: start the chart with \`gantt\``);
  }
  if (reading.statements.length === 0) {
    report('gantt/syntax-error', 0, `${refused} the block holds no statement, so it is no diagram at all: start the chart with a line \`gantt\``);
  }
  reading.statements.forEach((statement, index) => {
    if (statement.kind === 'rejected' && statement.reason === 'no-colon') lintMissingColon(statement, context);
    if (statement.kind === 'rejected' && statement.reason === 'unexpected') {
      report('gantt/syntax-error', statement.token.start, `${refused} ${syntaxErrorMessage(statement, context)}`);
    }
    if (statement.kind === 'setting' && statement.keyword === 'topAxis') {
      report('gantt/top-axis', statement.token.start, `${refused} version 11.17.2 fails on a \`topAxis\` line (its gantt parser calls a function that does not exist): remove the line, or set \`topAxis: true\` in mermaid's gantt configuration instead`);
    }
    const swallowed = lintSwallowedLine(statement, context);
    if (statement.kind === 'setting' || statement.kind === 'section') {
      if (!swallowed) lintKeywordLine(statement, context);
      lintBareKeyword(statement, reading.statements[index + 1], context);
    }
  });
}

/** Lines the lexer drops because their second character is `%` (`5% rollout: …`); lines starting with `%` are comments. */
function lintPercentLines({ reading, report }: LintContext): void {
  const { text } = reading.prepared;
  for (const skip of reading.skipped) {
    if (skip.kind !== 'percent') continue;
    const lead = (/^\s*/.exec(skip.text)?.[0] ?? '').length;
    const start = skip.start + lead;
    const content = skip.text.slice(lead).trimEnd();
    const atLineStart = text.slice(text.lastIndexOf('\n', start - 1) + 1, start).trim() === '';
    if (content === '' || content.startsWith('%') || !atLineStart) continue;
    report('gantt/percent-comment', start, `mermaid drops ${quote(sourceText(reading, start, start + content.length))} as a comment because its second character is \`%\`, so nothing on this line is drawn: reword it so that \`%\` comes later (\`50 percent\`), and write comments as \`%%\` lines`);
  }
}

function lintDateFormat({ reading, calendar, report }: LintContext): void {
  if (calendar.dateFormat.trim() !== '' || reading.tasks.length === 0) return;
  const blank = reading.statements.find((statement) => statement.kind === 'setting' && statement.keyword === 'dateFormat');
  report('gantt/no-date-format', blank?.kind === 'setting' ? blank.token.start : 0, 'this chart has no `dateFormat`, so mermaid reads starts with the browser\'s date parser (`2023-11-13` as midnight UTC: 08:00 in China, the evening before in America) and cannot read end dates at all (it draws those tasks zero-length): add a line `dateFormat YYYY-MM-DD`');
}

/** Every gantt diagnostic for a chart, in source order. */
export function lintGantt(reading: GanttReading, calendar: GanttCalendar, dated: DatedTask[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const knownIds = dated.flatMap((task) => (task.id === null ? [] : [task.id]));
  const context = lintContext(reading, calendar, knownIds, diagnostics);
  lintFrontMatter(context);
  lintStatements(context);
  lintPercentLines(context);
  lintDateFormat(context);
  reading.tasks.forEach((task, index) => {
    const dates = dated[index];
    if (dates) lintTask(task, dates, context);
  });
  lintUndatedTasks(dated, context);
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}
