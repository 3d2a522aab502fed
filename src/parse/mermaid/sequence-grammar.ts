/** Mermaid 11's sequence diagram grammar, read into statements with an explicit stack of open blocks, with a problem wherever mermaid's parser stops. */

import type { SequenceBlockKind } from '../../model/sequence.js';
import type { SequenceToken, SequenceTokenType } from './sequence-lexer.js';

export interface ParticipantStatement {
  type: 'participant';
  keyword: SequenceToken;
  kind: 'participant' | 'actor';
  id: SequenceToken;
  alias: SequenceToken | null;
  /** The YAML inside `@{…}`. */
  config: SequenceToken | null;
  created: boolean;
}

export interface DestroyStatement {
  type: 'destroy';
  keyword: SequenceToken;
  id: SequenceToken;
  created: boolean;
}

export interface MessageStatement {
  type: 'message';
  from: SequenceToken;
  to: SequenceToken;
  arrow: SequenceToken;
  /** The `:text` token, or a stand-in where the colon is missing. */
  text: SequenceToken;
  activation: '+' | '-' | null;
  centralConnection: 'from' | 'to' | 'both' | null;
}

export interface NoteStatement {
  type: 'note';
  keyword: SequenceToken;
  placement: 'left of' | 'right of' | 'over';
  participants: SequenceToken[];
  text: SequenceToken;
}

export interface ActivationStatement {
  type: 'activation';
  keyword: SequenceToken;
  kind: 'activate' | 'deactivate';
  participant: SequenceToken;
}

/** `links`, `link`, `properties` and `details` lines: they name a participant without drawing anything between lifelines. */
export interface ParticipantMenuStatement {
  type: 'menu';
  keyword: SequenceToken;
  participant: SequenceToken;
}

export interface AutonumberStatement {
  type: 'autonumber';
  keyword: SequenceToken;
  visible: boolean;
}

export interface TitleStatement {
  type: 'title';
  keyword: SequenceToken;
  text: string;
}

export interface BranchStatement {
  kind: 'else' | 'and' | 'option';
  keyword: SequenceToken;
  label: SequenceToken;
  body: SequenceStatement[];
}

export interface BlockStatement {
  type: 'block';
  kind: SequenceBlockKind;
  keyword: SequenceToken;
  label: SequenceToken;
  body: SequenceStatement[];
  branches: BranchStatement[];
  end: SequenceToken | null;
}

export type SequenceStatement =
  | ParticipantStatement | DestroyStatement | MessageStatement | NoteStatement | ActivationStatement
  | ParticipantMenuStatement | AutonumberStatement | TitleStatement | BlockStatement;

/** Where and why mermaid's parser would stop; each becomes one error. */
export type GrammarProblem =
  | { kind: 'unexpected'; found: SequenceToken; expected: string; semicolon: SequenceToken | null }
  | { kind: 'missing-colon'; receiver: SequenceToken }
  | { kind: 'full-width-colon'; offset: number; named: string }
  | { kind: 'arrow-in-id'; from: SequenceToken; arrow: SequenceToken; to: SequenceToken; next: SequenceToken }
  | { kind: 'trailing-space'; keyword: SequenceToken }
  | { kind: 'unclosed-block'; keyword: SequenceToken; label: SequenceToken }
  | { kind: 'unmatched-end'; keyword: SequenceToken }
  | { kind: 'misplaced-branch'; keyword: SequenceToken }
  | { kind: 'box-content'; found: SequenceToken };

export interface SequenceSyntax {
  statements: SequenceStatement[];
  problems: GrammarProblem[];
  /** Stray characters at the start of a line, which mermaid's grammar accepts and ignores. */
  ignored: SequenceToken[];
}

const blockKinds: Partial<Record<SequenceTokenType, SequenceBlockKind>> = {
  loop: 'loop', rect: 'rect', opt: 'opt', alt: 'alt', par: 'par', par_over: 'par_over', critical: 'critical', break: 'break',
};

// The branch keyword each block kind takes between its start and its `end`.
const branchOf: Partial<Record<SequenceBlockKind, 'else' | 'and' | 'option'>> = {
  alt: 'else', par: 'and', par_over: 'and', critical: 'option',
};

const menuKeywords = new Set<SequenceTokenType>(['links', 'link', 'properties', 'details']);
const declarationKeywords = new Set<SequenceTokenType>(['participant', 'actor', 'destroy']);

const FULL_WIDTH_COLON = '：';

/** Reads the tokens of one diagram as mermaid's grammar does, going on after each problem to find the next. */
export function parseSequenceTokens(tokens: readonly SequenceToken[], text: string): SequenceSyntax {
  const problems: GrammarProblem[] = [];
  const ignored: SequenceToken[] = [];
  let index = 0;
  let statementStart = 0;

  const last = tokens.length - 1;
  const peek = (): SequenceToken => tokens[Math.min(index, last)] ?? { type: 'EOF', text: '', start: text.length, end: text.length };
  const next = (): SequenceToken => {
    const token = peek();
    if (index < last) index++;
    return token;
  };
  const accept = (type: SequenceTokenType): SequenceToken | null => (peek().type === type ? next() : null);
  const semicolonBefore = (): SequenceToken | null => {
    const previous = tokens[statementStart - 1];
    return previous?.type === 'NEWLINE' && previous.text === ';' ? previous : null;
  };
  const unexpected = (expected: string): null => {
    problems.push({ kind: 'unexpected', found: peek(), expected, semicolon: semicolonBefore() });
    return null;
  };
  const expect = (type: SequenceTokenType, expected: string): SequenceToken | null => accept(type) ?? unexpected(expected);
  const lineEnd = (): boolean => {
    if (accept('NEWLINE')) return true;
    unexpected('the end of the line');
    return false;
  };
  const skipLine = (): void => {
    while (peek().type !== 'NEWLINE' && peek().type !== 'EOF') next();
    accept('NEWLINE');
  };
  const emptyLabel = (after: SequenceToken): SequenceToken => ({ type: 'restOfLine', text: '', start: after.end, end: after.end });

  const participant = (created: boolean): ParticipantStatement | DestroyStatement | null => {
    const keyword = next();
    const id = expect('ACTOR', `a participant id after \`${keyword.text}\``);
    if (!id) return null;
    if (keyword.type === 'destroy') return lineEnd() ? { type: 'destroy', keyword, id, created } : null;
    let config: SequenceToken | null = null;
    if (accept('CONFIG_START')) {
      config = expect('CONFIG_CONTENT', 'the participant\'s settings inside `@{…}`');
      if (!config || !expect('CONFIG_END', '`}`')) return null;
    }
    let alias: SequenceToken | null = null;
    if (accept('AS')) alias = expect('restOfLine', 'a label after `as`');
    if (!lineEnd()) return null;
    return { type: 'participant', keyword, kind: keyword.type === 'actor' ? 'actor' : 'participant', id, alias, config, created };
  };

  /**
   * The `:text` after the last participant of a message or note. Where it is missing, says why, guesses the
   * participant and text from what mermaid read as one id, and skips the rest of the line.
   */
  const textAfter = (named: SequenceToken, arrow?: { from: SequenceToken; arrow: SequenceToken }): { to: SequenceToken; text: SequenceToken } | null => {
    const written = accept('TXT');
    if (written) return lineEnd() ? { to: named, text: written } : null;
    const found = peek();
    const fullWidth = named.text.indexOf(FULL_WIDTH_COLON);
    if (fullWidth >= 0) {
      problems.push({ kind: 'full-width-colon', offset: named.start + fullWidth, named: named.text });
      skipLine();
      return splitId(named, fullWidth, fullWidth + 1);
    }
    if (arrow && found.type === 'ARROW') {
      problems.push({ kind: 'arrow-in-id', ...arrow, to: named, next: found });
      return null;
    }
    // After a `;` the real mistake is the `;`, which the unexpected-token message explains.
    if ((found.type !== 'NEWLINE' && found.type !== 'EOF') || semicolonBefore()) return unexpected('`:` and the text');
    problems.push({ kind: 'missing-colon', receiver: named });
    skipLine();
    const space = /\s/.exec(named.text);
    return space ? splitId(named, space.index, space.index) : { to: named, text: { type: 'TXT', text: ':', start: named.end, end: named.end } };
  };

  const signal = (): MessageStatement | null => {
    const from = next();
    const centralFrom = accept('()');
    const arrow = expect('ARROW', 'an arrow such as `->>`');
    if (!arrow) return null;
    const marker = centralFrom ? accept('()') : (accept('+') ?? accept('-') ?? accept('()'));
    const receiver = expect('ACTOR', 'the receiver of the message');
    if (!receiver) return null;
    const read = textAfter(receiver, { from, arrow });
    if (!read) return null;
    const centralTo = marker?.type === '()';
    return {
      type: 'message',
      from,
      to: read.to,
      arrow,
      text: read.text,
      activation: marker?.type === '+' ? '+' : marker?.type === '-' ? '-' : null,
      centralConnection: centralFrom && centralTo ? 'both' : centralFrom ? 'from' : centralTo ? 'to' : null,
    };
  };

  const note = (): NoteStatement | null => {
    const keyword = next();
    const side = accept('left_of') ?? accept('right_of');
    const over = side ? null : accept('over');
    if (!side && !over) return unexpected('`left of`, `right of` or `over` after `note`');
    const first = expect('ACTOR', 'a participant id');
    if (!first) return null;
    const second = over && accept(',') ? expect('ACTOR', 'a second participant id after `,`') : undefined;
    if (second === null) return null;
    const read = textAfter(second ?? first);
    if (!read) return null;
    const placement = side?.type === 'left_of' ? 'left of' : side ? 'right of' : 'over';
    return { type: 'note', keyword, placement, participants: second ? [first, read.to] : [read.to], text: read.text };
  };

  const autonumber = (): AutonumberStatement | null => {
    const keyword = next();
    let visible = true;
    if (accept('NUM')) accept('NUM');
    else if (accept('off')) visible = false;
    if (accept('NEWLINE')) return { type: 'autonumber', keyword, visible };
    const previous = tokens[index - 1];
    // Mermaid's lexer skips white space up to and across the line break, so the statement never ends.
    if (previous && /[ \t]\n/.test(text.slice(previous.end, peek().start))) {
      problems.push({ kind: 'trailing-space', keyword });
      return { type: 'autonumber', keyword, visible }; // the next line is read on its own, as written
    }
    return unexpected('a start number, `off` or the end of the line');
  };

  const box = (): BlockStatement => {
    const keyword = next();
    const label = accept('restOfLine') ?? emptyLabel(keyword);
    const body: SequenceStatement[] = [];
    for (let token = peek(); token.type !== 'end' && token.type !== 'EOF'; token = peek()) {
      if (accept('NEWLINE')) continue;
      statementStart = index;
      if (!declarationKeywords.has(token.type)) problems.push({ kind: 'box-content', found: token });
      const read = declarationKeywords.has(token.type) ? participant(false) : null;
      if (read) body.push(read);
      else skipLine();
    }
    const end = accept('end');
    if (!end) problems.push({ kind: 'unclosed-block', keyword, label });
    return { type: 'block', kind: 'box', keyword, label, body, branches: [], end };
  };

  /** One statement; null when it adds nothing to the model, or when mermaid cannot read it (a problem then says why). */
  const statement = (): SequenceStatement | null => {
    statementStart = index;
    const token = peek();
    if (declarationKeywords.has(token.type)) return participant(false);
    if (menuKeywords.has(token.type)) {
      const keyword = next();
      const id = expect('ACTOR', `a participant id after \`${keyword.text}\``);
      if (!id || !expect('TXT', '`:` and the text') || !lineEnd()) return null;
      return { type: 'menu', keyword, participant: id };
    }
    switch (token.type) {
      case 'ACTOR':
        return signal();
      case 'create':
        next();
        return declarationKeywords.has(peek().type) ? participant(true) : unexpected('`participant` or `actor` after `create`');
      case 'box':
        return box();
      case 'autonumber':
        return autonumber();
      case 'activate':
      case 'deactivate': {
        const keyword = next();
        const id = expect('ACTOR', `a participant id after \`${keyword.text}\``);
        if (!id || !lineEnd()) return null;
        return { type: 'activation', keyword, kind: token.type, participant: id };
      }
      case 'note':
        return note();
      case 'title':
      case 'legacy_title':
        next();
        return { type: 'title', keyword: token, text: token.text.slice(token.type === 'title' ? 6 : 7) };
      case 'acc_title':
      case 'acc_descr':
        next();
        expect(token.type === 'acc_title' ? 'acc_title_value' : 'acc_descr_value', 'the text');
        return null;
      case 'acc_descr_multiline_value':
        next();
        return null;
      default:
        return unexpected('a statement');
    }
  };

  /**
   * Every line of the diagram. Blocks nest without limit (a generated diagram may open thousands), so the open ones
   * are kept on a stack, innermost last, each with the statements its current branch collects.
   */
  function documentLines(): SequenceStatement[] {
    const statements: SequenceStatement[] = [];
    const open: { block: BlockStatement; current: SequenceStatement[] }[] = [];
    const collecting = (): SequenceStatement[] => open.at(-1)?.current ?? statements;
    for (let token = peek(); token.type !== 'EOF'; token = peek()) {
      if (accept('NEWLINE')) continue;
      if (token.type === 'INVALID') {
        ignored.push(next());
        continue;
      }
      const innermost = open.at(-1);
      if (token.type === 'end') {
        if (innermost) {
          innermost.block.end = next();
          open.pop();
        } else {
          problems.push({ kind: 'unmatched-end', keyword: next() });
        }
        continue;
      }
      if (token.type === 'else' || token.type === 'and' || token.type === 'option') {
        const keyword = next();
        if (innermost && token.type === branchOf[innermost.block.kind]) {
          const branch: BranchStatement = { kind: token.type, keyword, label: accept('restOfLine') ?? emptyLabel(keyword), body: [] };
          innermost.block.branches.push(branch);
          innermost.current = branch.body;
        } else {
          problems.push({ kind: 'misplaced-branch', keyword });
          accept('restOfLine');
        }
        continue;
      }
      const kind = blockKinds[token.type];
      if (kind) {
        statementStart = index;
        const keyword = next();
        const block: BlockStatement = { type: 'block', kind, keyword, label: accept('restOfLine') ?? emptyLabel(keyword), body: [], branches: [], end: null };
        collecting().push(block);
        open.push({ block, current: block.body });
        continue;
      }
      const before = index;
      const problemCount = problems.length;
      const read = statement();
      if (read) collecting().push(read);
      else if (problems.length > problemCount) skipLine();
      if (index === before) next(); // never stall on a token no rule consumed
    }
    // Blocks still open at the end of the diagram, innermost first.
    for (let unclosed = open.pop(); unclosed; unclosed = open.pop()) {
      problems.push({ kind: 'unclosed-block', keyword: unclosed.block.keyword, label: unclosed.block.label });
    }
    return statements;
  }

  while (accept('NEWLINE'));
  if (!accept('SD')) unexpected('`sequenceDiagram` as the first statement');
  const statements = documentLines();
  return { statements, problems, ignored };
}

/** Splits what mermaid read as one participant id into the id and a guessed text. */
function splitId(named: SequenceToken, cut: number, textFrom: number): { to: SequenceToken; text: SequenceToken } {
  const id = named.text.slice(0, cut).trimEnd();
  return {
    to: { ...named, text: id, end: named.start + id.length },
    text: { type: 'TXT', text: `:${named.text.slice(textFrom)}`, start: named.start + textFrom, end: named.end },
  };
}
