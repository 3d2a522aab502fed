/** The tokens of a gantt chart, cut exactly where mermaid 11's gantt lexer (gantt.jison) cuts them. */

export type GanttTokenKind =
  | 'gantt' | 'newline' | 'end'
  | 'dateFormat' | 'inclusiveEndDates' | 'topAxis' | 'axisFormat' | 'tickInterval' | 'includes' | 'excludes'
  | 'todayMarker' | 'weekday' | 'weekend' | 'title' | 'section'
  | 'accTitle' | 'accTitleValue' | 'accDescr' | 'accDescrValue' | 'accDescrBlock'
  | 'click' | 'callbackName' | 'callbackArgs' | 'href'
  | 'taskText' | 'taskData'
  // Tokens the grammar has no place for: any of them is a syntax error. `unclosed` is the end of the text reached
  // inside a block (`accDescr {`, `href "`, `call x(`), where mermaid's lexer never gives the grammar its end token.
  | 'directive' | 'date' | 'accDescription' | 'colon' | 'invalid' | 'unclosed';

/** What the lexer read and dropped: a `%%` comment, or a line it swallowed because of a `%`. */
export type GanttSkipKind = 'comment' | 'percent';

export interface GanttToken {
  kind: GanttTokenKind;
  text: string;
  /** Offsets in the prepared text. */
  start: number;
  end: number;
}

export interface GanttSkip {
  kind: GanttSkipKind;
  text: string;
  start: number;
  end: number;
}

type LexerState = 'initial' | 'accTitle' | 'accDescr' | 'accDescrBlock' | 'href' | 'callbackName' | 'callbackArgs' | 'click';

interface LexerRule {
  pattern: RegExp;
  token?: GanttTokenKind;
  skip?: GanttSkipKind;
  pop?: boolean;
  push?: LexerState;
}

// Every rule is case-insensitive, and the first rule that matches wins (jison's default, not the longest match).
const rule = (source: string, action: Omit<LexerRule, 'pattern'> = {}): LexerRule => ({ pattern: new RegExp(source, 'iy'), ...action });
const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const rules: Record<LexerState, LexerRule[]> = {
  initial: [
    rule(String.raw`%%\{`, { token: 'directive' }),
    rule(String.raw`accTitle\s*:\s*`, { token: 'accTitle', push: 'accTitle' }),
    rule(String.raw`accDescr\s*:\s*`, { token: 'accDescr', push: 'accDescr' }),
    rule(String.raw`accDescr\s*\{\s*`, { push: 'accDescrBlock' }),
    rule(String.raw`%%[^\n]*`, { skip: 'comment' }),
    // Any character followed by `%` starts a comment to the end of the line: `5% done: 1d` is dropped whole.
    rule(String.raw`[^}]%[^\n]*`, { skip: 'percent' }),
    rule(String.raw`%[^\n]*\n*`, { skip: 'percent' }),
    rule(String.raw`\n+`, { token: 'newline' }),
    rule(String.raw`\s+`, {}),
    rule(String.raw`href\s+"`, { push: 'href' }),
    rule(String.raw`call\s+`, { push: 'callbackName' }),
    rule(String.raw`click\s+`, { push: 'click' }),
    rule(String.raw`gantt\b`, { token: 'gantt' }),
    rule(String.raw`dateFormat\s[^#\n;]+`, { token: 'dateFormat' }),
    rule(String.raw`inclusiveEndDates\b`, { token: 'inclusiveEndDates' }),
    rule(String.raw`topAxis\b`, { token: 'topAxis' }),
    rule(String.raw`axisFormat\s[^#\n;]+`, { token: 'axisFormat' }),
    rule(String.raw`tickInterval\s[^#\n;]+`, { token: 'tickInterval' }),
    rule(String.raw`includes\s[^#\n;]+`, { token: 'includes' }),
    rule(String.raw`excludes\s[^#\n;]+`, { token: 'excludes' }),
    rule(String.raw`todayMarker\s[^\n;]+`, { token: 'todayMarker' }),
    ...weekdays.map((day) => rule(String.raw`weekday\s+${day}\b`, { token: 'weekday' })),
    rule(String.raw`weekend\s+friday\b`, { token: 'weekend' }),
    rule(String.raw`weekend\s+saturday\b`, { token: 'weekend' }),
    rule(String.raw`\d\d\d\d-\d\d-\d\d\b`, { token: 'date' }),
    rule(String.raw`title\s[^\n]+`, { token: 'title' }),
    rule(String.raw`accDescription\s[^#\n;]+`, { token: 'accDescription' }),
    rule(String.raw`section\s[^\n]+`, { token: 'section' }),
    rule(String.raw`[^:\n]+`, { token: 'taskText' }),
    rule(String.raw`:[^#\n;]+`, { token: 'taskData' }),
    rule(':', { token: 'colon' }),
    rule('$', { token: 'end' }),
    rule('.', { token: 'invalid' }),
  ],
  accTitle: [rule(String.raw`[^\n]*`, { token: 'accTitleValue', pop: true })],
  accDescr: [rule(String.raw`[^\n]*`, { token: 'accDescrValue', pop: true })],
  accDescrBlock: [rule(String.raw`\}`, { pop: true }), rule(String.raw`[^}]*`, { token: 'accDescrBlock' })],
  href: [rule('"', { pop: true }), rule('[^"]*', { token: 'href' })],
  callbackName: [
    rule(String.raw`\(\s*\)`, { pop: true }),
    rule(String.raw`\(`, { pop: true, push: 'callbackArgs' }),
    rule('[^(]*', { token: 'callbackName' }),
  ],
  callbackArgs: [rule(String.raw`\)`, { pop: true }), rule('[^)]*', { token: 'callbackArgs' })],
  click: [rule(String.raw`[\s\n]`, { pop: true }), rule(String.raw`[^\s\n]*`, { token: 'click' })],
};

function firstMatch(candidates: LexerRule[], text: string, offset: number): { candidate: LexerRule; text: string } | null {
  for (const candidate of candidates) {
    candidate.pattern.lastIndex = offset;
    const found = candidate.pattern.exec(text);
    if (found) return { candidate, text: found[0] };
  }
  return null;
}

export interface GanttLexing {
  tokens: GanttToken[];
  skipped: GanttSkip[];
}

/** Reads the prepared text into tokens, ending with an `end` token, and notes what it skipped. */
export function lexGantt(text: string): GanttLexing {
  const tokens: GanttToken[] = [];
  const skipped: GanttSkip[] = [];
  // Each state entered, with where its opening text starts (to point at an unclosed block).
  const states: Array<{ state: LexerState; start: number }> = [{ state: 'initial', start: 0 }];
  let offset = 0;
  let done = false;
  let unclosed: GanttToken | null = null;
  while (!done) {
    // As in jison, the rules get one try at the empty remainder (where `$` or an empty value matches) before the end.
    done = offset >= text.length;
    const { state, start: opened } = states.at(-1) ?? { state: 'initial', start: 0 };
    if (done && state !== 'initial') unclosed = { kind: 'unclosed', text: state, start: opened, end: offset };
    const match = firstMatch(rules[state], text, offset);
    // No rule matches, or one matches nothing without changing state: mermaid's lexer would stop here too.
    if (!match || (match.text === '' && !done && !match.candidate.pop && !match.candidate.push)) break;
    const start = offset;
    offset += match.text.length;
    const { candidate } = match;
    // `call x(` leaves the call for its arguments: an unclosed bracket is reported where the call starts.
    const left = candidate.pop ? states.pop() : undefined;
    if (candidate.push) states.push({ state: candidate.push, start: left?.start ?? start });
    if (candidate.token) tokens.push({ kind: candidate.token, text: match.text, start, end: offset });
    if (candidate.skip) skipped.push({ kind: candidate.skip, text: match.text, start, end: offset });
    if (candidate.token === 'end') break;
  }
  if (unclosed) tokens.push(unclosed);
  if (tokens.at(-1)?.kind !== 'end') tokens.push({ kind: 'end', text: '', start: text.length, end: text.length });
  return { tokens, skipped };
}
