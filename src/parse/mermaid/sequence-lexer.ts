/** Mermaid 11's sequence diagram lexer (sequenceDiagram.jison): its rules, states and first-match order, read into tokens. */

export type SequenceTokenType =
  | 'NEWLINE' | 'INVALID' | 'SD' | 'NUM' | 'box' | 'participant' | 'actor' | 'create' | 'destroy' | 'AS' | 'ACTOR'
  | 'CONFIG_START' | 'CONFIG_CONTENT' | 'CONFIG_END' | 'restOfLine' | 'end'
  | 'loop' | 'rect' | 'opt' | 'alt' | 'else' | 'par' | 'par_over' | 'and' | 'critical' | 'option' | 'break'
  | 'left_of' | 'right_of' | 'links' | 'link' | 'properties' | 'details' | 'over' | 'note' | 'activate' | 'deactivate'
  | 'title' | 'legacy_title' | 'acc_title' | 'acc_title_value' | 'acc_descr' | 'acc_descr_value' | 'acc_descr_multiline_value'
  | 'autonumber' | 'off' | ',' | 'ARROW' | 'TXT' | '+' | '-' | '()' | 'LEXICAL_ERROR' | 'EOF';

export interface SequenceToken {
  type: SequenceTokenType;
  /** The matched text, trimmed where mermaid trims it. */
  text: string;
  /** Offsets in the cleaned text: where the (trimmed) text starts and where the match ends. */
  start: number;
  end: number;
}

/** Text the lexer skipped as a comment: `#…` anywhere, `%…` at the start of a statement. */
export interface SkippedComment {
  kind: '#' | '%';
  start: number;
  end: number;
}

type LexerState = 'INITIAL' | 'ID' | 'ALIAS' | 'LINE' | 'CONFIG' | 'acc_title' | 'acc_descr' | 'acc_descr_multiline';

interface LexerRule {
  pattern: RegExp;
  /** Undefined for text that is skipped. */
  token?: SequenceTokenType;
  comment?: '#' | '%';
  trim?: boolean;
  /** States popped, then the state pushed, as the rule's action does. */
  pop?: number;
  push?: LexerState;
  /** The characters (ASCII, letters in lower case) every match starts with, when the pattern starts with one of them as written. */
  starts?: string;
}

const rule = (source: string, token?: SequenceTokenType, action: Omit<LexerRule, 'pattern' | 'token'> = {}): LexerRule => ({
  pattern: new RegExp(source, 'iy'),
  token,
  ...action,
});

/** A rule whose pattern starts with its first character as written (a keyword, an arrow, a sign). */
const literal = (source: string, token?: SequenceTokenType, action: Omit<LexerRule, 'pattern' | 'token' | 'starts'> = {}): LexerRule =>
  rule(source, token, { ...action, starts: source.replace(/^\\/, '').charAt(0).toLowerCase() });

const sameLineSpace = rule(String.raw`(?:(?!\n)\s)+`);
const hashComment = literal(String.raw`#[^\n]*`, undefined, { comment: '#' });
const keywordOpeningLine = (word: SequenceTokenType) => literal(String.raw`${word}\b`, word, { push: 'LINE' });

// An actor between arrows: no `/\+()<->:,;` at its start, and no arrow (`-x`, `--`, `-)`, half arrows, `()`) inside it.
const ACTOR_IN_MESSAGE = String.raw`[^/\\+()<>\-:\n,;]+(?:(?!-x|--x|-\)|--\)|-\|\\|-\\|-/|-//|-\|/|/\|-|\\\|-|//-|\\\\-|--\|\\|--|\(\))-*[^+<>\-:\n,;]+)*`;

// Mermaid tries its arrows in this order, the first that matches wins (`->>` before `->`).
export const arrows = [
  '->>', '<<->>', '-->>', '<<-->>', '->', '-->', '-x', '--x', '-)', '--)',
  '--|\\', '--|/', '--\\\\', '--//', '/|--', '\\|--', '//--', '\\\\--',
  '-|\\', '-|/', '-\\\\', '-//', '/|-', '\\|-', '//-', '\\\\-',
] as const;

const escapeRegExp = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

const rules: Readonly<Record<LexerState, readonly LexerRule[]>> = {
  INITIAL: [
    rule(String.raw`[\n]+`, 'NEWLINE', { starts: '\n' }),
    rule(String.raw`\s+`),
    hashComment,
    literal(String.raw`%(?!\{)[^\n]*`, undefined, { comment: '%' }),
    rule(String.raw`[^}]%%[^\n]*`, undefined, { comment: '%' }),
    rule(String.raw`(?:[0-9]+(?:\.[0-9]{1,2})?|\.[0-9]{1,2})(?=[ \n]+)`, 'NUM'),
    literal(String.raw`box\b`, 'box', { push: 'LINE' }),
    literal(String.raw`participant\b`, 'participant', { push: 'ID' }),
    literal(String.raw`actor\b`, 'actor', { push: 'ID' }),
    literal(String.raw`create\b`, 'create'),
    literal(String.raw`destroy\b`, 'destroy', { push: 'ID' }),
    ...(['loop', 'rect', 'opt', 'alt', 'else', 'par', 'par_over', 'and', 'critical', 'option', 'break'] as const).map(keywordOpeningLine),
    literal(String.raw`end\b`, 'end'),
    literal(String.raw`left of\b`, 'left_of'),
    literal(String.raw`right of\b`, 'right_of'),
    literal(String.raw`links\b`, 'links'),
    literal(String.raw`link\b`, 'link'),
    literal(String.raw`properties\b`, 'properties'),
    literal(String.raw`details\b`, 'details'),
    literal(String.raw`over\b`, 'over'),
    literal(String.raw`note\b`, 'note'),
    literal(String.raw`activate\b`, 'activate', { push: 'ID' }),
    literal(String.raw`deactivate\b`, 'deactivate', { push: 'ID' }),
    literal(String.raw`title\s[^#\n;]+`, 'title'),
    literal(String.raw`title:\s[^#\n;]+`, 'legacy_title'),
    literal(String.raw`accTitle\s*:\s*`, 'acc_title', { push: 'acc_title' }),
    literal(String.raw`accDescr\s*:\s*`, 'acc_descr', { push: 'acc_descr' }),
    literal(String.raw`accDescr\s*\{\s*`, undefined, { push: 'acc_descr_multiline' }),
    literal(String.raw`sequenceDiagram\b`, 'SD'),
    literal(String.raw`autonumber\b`, 'autonumber'),
    literal(String.raw`off\b`, 'off'),
    literal(',', ','),
    literal(';', 'NEWLINE'),
    rule(ACTOR_IN_MESSAGE, 'ACTOR', { trim: true }),
    ...arrows.map((arrow) => rule(escapeRegExp(arrow), 'ARROW', { starts: arrow.charAt(0) })),
    // Mermaid's optional `wrap:`/`nowrap:` prefix is part of this text; it is removed when the text is read.
    literal(String.raw`:[^#\n;]*`, 'TXT'),
    literal(String.raw`\+`, '+'),
    literal('-', '-'),
    literal(String.raw`\(\)`, '()'),
    rule('$', 'NEWLINE'),
    rule('.', 'INVALID'),
  ],
  ID: [
    sameLineSpace,
    hashComment,
    rule(String.raw`@\{`, 'CONFIG_START', { push: 'CONFIG' }),
    rule(String.raw`[^<=>\-:\n,;@\s]+(?=@\{)`, 'ACTOR', { trim: true }),
    rule(String.raw`[^<>:\n,;@\s]+(?=\s+as\s)`, 'ACTOR', { trim: true, push: 'ALIAS' }),
    rule(String.raw`[^<>:\n,;@]+(?=\s*[\n;#]|$)`, 'ACTOR', { trim: true, pop: 1 }),
    rule(String.raw`[^<>:\n,;@]*<[^\n]*`, 'INVALID', { pop: 1 }),
    rule(String.raw`[^\n]+`, 'INVALID', { trim: true, pop: 1 }),
  ],
  ALIAS: [
    sameLineSpace,
    hashComment,
    rule(String.raw`as\b`, 'AS', { pop: 2, push: 'LINE' }),
    rule('', 'NEWLINE', { pop: 2 }),
  ],
  LINE: [sameLineSpace, hashComment, rule(String.raw`[^#\n;]*`, 'restOfLine', { pop: 1 })],
  CONFIG: [
    rule(String.raw`[^}]+`, 'CONFIG_CONTENT'),
    rule(String.raw`\}(?=\s+as\s)`, 'CONFIG_END', { pop: 1, push: 'ALIAS' }),
    rule(String.raw`\}`, 'CONFIG_END', { pop: 2 }),
  ],
  acc_title: [rule(String.raw`[^\n]*`, 'acc_title_value', { pop: 1 })],
  acc_descr: [rule(String.raw`[^\n]*`, 'acc_descr_value', { pop: 1 })],
  acc_descr_multiline: [rule(String.raw`[}]`, undefined, { pop: 1 }), rule(String.raw`[^}]*`, 'acc_descr_multiline_value')],
};

/** The character at the offset as the rules' `starts` write it: ASCII letters in lower case, any other non-ASCII as one, -1 at the end. */
function startKey(text: string, offset: number): number {
  const code = offset < text.length ? text.charCodeAt(offset) : -1;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  return Math.min(code, 0x80);
}

// Most rules cannot match at most characters: each state's rules are tried in order, without those whose first
// character says no, in one list per first character (a case-insensitive ASCII letter matches no other character).
const rulesByStart = new Map<LexerState, Map<number, readonly LexerRule[]>>();

function rulesFor(state: LexerState, key: number): readonly LexerRule[] {
  let byStart = rulesByStart.get(state);
  if (!byStart) rulesByStart.set(state, (byStart = new Map()));
  let found = byStart.get(key);
  if (!found) {
    const start = key < 0 || key >= 0x80 ? '' : String.fromCharCode(key);
    found = rules[state].filter((candidate) => candidate.starts === undefined || (start !== '' && candidate.starts.includes(start)));
    byStart.set(key, found);
  }
  return found;
}

function firstMatch(state: LexerState, text: string, offset: number): { rule: LexerRule; match: string } | null {
  for (const candidate of rulesFor(state, startKey(text, offset))) {
    candidate.pattern.lastIndex = offset;
    const match = candidate.pattern.exec(text);
    if (match) return { rule: candidate, match: match[0] };
  }
  return null;
}

/** Every token of the cleaned text, ending with EOF; where mermaid's lexer fails, a LEXICAL_ERROR token and a fresh start. */
export function tokenize(text: string): { tokens: SequenceToken[]; comments: SkippedComment[] } {
  const tokens: SequenceToken[] = [];
  const comments: SkippedComment[] = [];
  const stack: LexerState[] = ['INITIAL'];
  let offset = 0;
  let done = false;
  let lastEmpty = -1;
  // Each step consumes text or changes state; the bound only guards against a rule table mistake.
  for (let steps = 0; steps < text.length * 4 + 64; steps++) {
    if (done) break;
    if (offset >= text.length) done = true; // like jison, rules still get one try at the end of the input
    const state = stack.at(-1) ?? 'INITIAL';
    const found = firstMatch(state, text, offset);
    if (!found) {
      if (offset >= text.length) break;
      const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
      tokens.push({ type: 'LEXICAL_ERROR', text: text.slice(offset, lineEnd), start: offset, end: offset });
      stack.splice(1);
      offset = lineEnd;
      continue;
    }
    const { rule: matched, match } = found;
    if (match === '' && lastEmpty === offset && !matched.pop && !matched.push) break;
    lastEmpty = match === '' ? offset : -1;
    for (let i = 0; i < (matched.pop ?? 0); i++) if (stack.length > 1) stack.pop();
    if (matched.push) stack.push(matched.push);
    if (matched.comment) comments.push({ kind: matched.comment, start: offset, end: offset + match.length });
    if (matched.token) {
      const value = matched.trim ? match.trim() : match;
      const lead = matched.trim ? match.length - match.trimStart().length : 0;
      tokens.push({ type: matched.token, text: value, start: offset + lead, end: offset + match.length });
    }
    offset += match.length;
  }
  tokens.push({ type: 'EOF', text: '', start: text.length, end: text.length });
  return { tokens, comments };
}
