/** The words of each sequence diagram diagnostic, saying what mermaid draws and how to fix it. */

import { closestId } from './gantt-id-suggestions.js';
import type { SequenceRuleId } from '../../rules/sequence.js';
import { readText, type BuildProblem, type ParticipantUse } from './sequence-db.js';
import type { GrammarProblem } from './sequence-grammar.js';
import type { SequenceToken, SkippedComment } from './sequence-lexer.js';
import { entitiesAsWritten, type FilePosition, type FrontMatterRefusal } from './prepare.js';

/** A problem in words, at an offset of the cleaned text, or at a place in the file outside it (front matter). */
export interface SequenceFinding {
  ruleId: SequenceRuleId;
  message: string;
  offset: number | FilePosition;
}

const NOTHING_DRAWN = 'so mermaid refuses the whole diagram and draws nothing';

const finding = (ruleId: SequenceRuleId, offset: number | FilePosition, message: string): SequenceFinding => ({ ruleId, message, offset });

/** How a token reads in a message: its text in backticks, or what it stands for. */
function describe(token: SequenceToken): string {
  if (token.type === 'EOF') return 'the end of the diagram';
  if (token.type === 'NEWLINE') return token.text === ';' ? '`;`' : 'the end of the line';
  if (token.text.trim() === '') return 'the end of the line';
  return `\`${token.text.trim()}\``;
}

const branchHome = { else: 'an `alt` block', and: 'a `par` block', option: 'a `critical` block' } as const;

/** The words for front matter mermaid fails on before it reads the diagram. */
export function frontMatterFinding({ line, column, problem, fix }: FrontMatterRefusal): SequenceFinding {
  return finding('sequence/syntax', { line, column }, `${problem}, ${NOTHING_DRAWN}: ${fix}`);
}

/** The words for a place mermaid's parser stops. */
export function grammarFinding(problem: GrammarProblem, text: string): SequenceFinding {
  switch (problem.kind) {
    case 'unexpected': {
      const semicolon = problem.semicolon;
      if (semicolon) {
        const before = text.slice(0, semicolon.start);
        const entity = /&(\w+)$/.exec(before);
        const fix = entity
          ? `write mermaid's entity code \`#${entity[1] ?? ''};\` instead of \`&${entity[1] ?? ''};\``
          : 'write `#59;` for a semicolon inside a text';
        return finding('sequence/syntax', semicolon.start,
          `\`;\` ends a statement in mermaid, and what follows does not read as one (mermaid expects ${problem.expected}, finds ${describe(problem.found)}), ${NOTHING_DRAWN}: ${fix}`);
      }
      return finding('sequence/syntax', problem.found.start,
        `mermaid expects ${problem.expected} here but finds ${describe(problem.found)}, ${NOTHING_DRAWN}: fix or remove this line (a message is written \`A->>B: text\`)`);
    }
    case 'missing-colon': {
      const written = problem.receiver.text;
      const space = /\s/.exec(written);
      const fix = space ? `write \`${written.slice(0, space.index)}: ${written.slice(space.index).trim()}\`` : `write \`${written}: text\``;
      return finding('sequence/missing-colon', problem.receiver.start,
        `no \`:\` before the text: mermaid reads \`${written}\` as one participant id with no text after it, ${NOTHING_DRAWN}: ${fix}`);
    }
    case 'full-width-colon':
      return finding('sequence/full-width-colon', problem.offset,
        `\`：\` is a full-width colon and mermaid only takes the ASCII colon \`:\` before a text: it reads \`${problem.named}\` as one participant id, ${NOTHING_DRAWN}: replace \`：\` with \`:\``);
    case 'arrow-in-id':
      return finding('sequence/syntax', problem.from.start,
        `mermaid splits this line at \`${problem.arrow.text}\` into \`${problem.from.text}\`, an arrow and \`${problem.to.text}\`, then finds a second arrow \`${problem.next.text}\`, ${NOTHING_DRAWN}: a participant id cannot contain \`-x\`, \`-)\`, \`--\` or \`()\`; rename it (e.g. with \`_\`) and show the name with \`participant id as label\``);
    case 'trailing-space':
      return finding('sequence/syntax', problem.keyword.start,
        `mermaid's lexer skips the white space after \`${problem.keyword.text}\` together with the line break and the statement never ends, ${NOTHING_DRAWN}: remove the spaces at the end of this line`);
    case 'unclosed-block': {
      const label = problem.label.text.trim();
      return finding('sequence/unclosed-block', problem.keyword.start,
        `\`${problem.keyword.text}${label ? ` ${label}` : ''}\` is never closed with \`end\`, ${NOTHING_DRAWN}: add \`end\` after the block's last line`);
    }
    case 'unmatched-end':
      return finding('sequence/unmatched-end', problem.keyword.start,
        `this \`end\` closes no open block, ${NOTHING_DRAWN}: remove it, or add the \`loop\`, \`alt\`, \`opt\`, \`par\`, \`critical\`, \`break\`, \`rect\` or \`box\` line it should close`);
    case 'misplaced-branch': {
      const keyword = problem.keyword.text.toLowerCase() as keyof typeof branchHome;
      return finding('sequence/misplaced-branch', problem.keyword.start,
        `\`${problem.keyword.text}\` only divides ${branchHome[keyword]} and stands outside one here, ${NOTHING_DRAWN}: move it into its block or remove it`);
    }
    case 'box-content':
      return finding('sequence/syntax', problem.found.start,
        `only \`participant\`, \`actor\` and \`destroy\` lines may stand inside a \`box\` and this line is none of them, ${NOTHING_DRAWN}: move it below the box's \`end\``);
  }
}

/** The words for a place where mermaid throws while building the diagram, or cannot draw it. */
export function buildFinding(problem: BuildProblem, lineOf: (offset: number) => number): SequenceFinding {
  switch (problem.kind) {
    case 'create-existing':
      return finding('sequence/create', problem.at.start,
        `\`${problem.at.text}\` already exists (first named on line ${lineOf(problem.firstUse.start)}) and \`create\` cannot make it again, ${NOTHING_DRAWN}: give the new participant its own id (\`create participant ${problem.at.text}2 as ${problem.at.text}\`) or remove \`create\``);
    case 'create-without-message':
      return finding('sequence/create', problem.created.start,
        `after \`create\` the next message must go to \`${problem.created.text}\`, but it goes to \`${problem.message.text}\`, ${NOTHING_DRAWN}: send the creating message to \`${problem.created.text}\` right after this line`);
    case 'destroy-without-message':
      return finding('sequence/destroy', problem.destroyed.start,
        `after \`destroy ${problem.destroyed.text}\` the next message must come from or go to \`${problem.destroyed.text}\`, but it does not, ${NOTHING_DRAWN}: put the destroying message right after this line`);
    case 'inactive-deactivation':
      return finding('sequence/deactivate', problem.at.start, problem.shorthand
        ? `\`${problem.participant}\` is not active here and the \`-\` after the arrow deactivates the sender, ${NOTHING_DRAWN}: remove the \`-\`, or activate \`${problem.participant}\` first (\`+\` on a message to it, or \`activate ${problem.participant}\`)`
        : `\`${problem.participant}\` is not active here and cannot be deactivated, ${NOTHING_DRAWN}: remove \`deactivate ${problem.participant}\`, or activate \`${problem.participant}\` first`);
    case 'box-conflict':
      return finding('sequence/box', problem.at.start,
        `\`${problem.participant}\` is already in the box \`${problem.box}\` and a participant can stand in one box only, ${NOTHING_DRAWN}: declare it in one box only`);
    case 'unknown-activation':
      return finding('sequence/unknown-activation', problem.at.start,
        `\`${problem.participant}\` is activated but never declared, sent a message or given a note, so mermaid has no lifeline for it and fails to draw the diagram: declare it (\`participant ${problem.participant}\`) or remove the activation`);
    case 'unknown-type':
      return finding('sequence/participant-type', problem.at.start,
        `mermaid has no participant type \`${problem.type}\` and draws no box and no label for \`${problem.participant}\`: use participant, actor, boundary, control, entity, database, collections or queue`);
    case 'broken-settings':
      return finding('sequence/syntax', problem.at.start, /quoted scalar/.test(problem.reason)
        ? `mermaid reads a participant's \`@{…}\` settings as YAML, and a quote opened here is never closed, ${NOTHING_DRAWN}: close the quote`
        : `mermaid reads a participant's \`@{…}\` settings as YAML and cannot read these (${problem.reason}), ${NOTHING_DRAWN}: ${/indentation/.test(problem.reason) ? 'start each of their lines in the first column, or write them on one line' : 'write them as YAML'} (\`@{ "type": "database", "alias": "…" }\`)`);
    case 'unreadable-settings':
      return finding('sequence/participant-settings', problem.at.start,
        'worklog cannot read these settings as `key: value` pairs, so it keeps the declared kind and label; mermaid reads them as YAML and refuses the whole diagram if they are not valid YAML: write them as `@{ "type": "database", "alias": "…" }`');
  }
}

/** `; or did you mean \`ledger\`?` when the name is one slip away from a declared participant. */
function typoOf(id: string, declared: readonly string[]): string {
  const near = closestId(id, declared);
  return near ? `; or did you mean \`${near}\`?` : '';
}

/** The participant rule: declared and never used, used and never declared beside declared ones, declared after its first use. */
export function participantFindings(uses: readonly ParticipantUse[], lineOf: (offset: number) => number): SequenceFinding[] {
  const findings: SequenceFinding[] = [];
  // A diagram that declares nobody names its participants by use, as mermaid allows: only beside declared ones is an undeclared name a slip.
  const declaresAny = uses.some((use) => use.declaration);
  const declared = uses.flatMap((use) => (use.declaration ? [use.id] : []));
  for (const use of uses) {
    const named = use.label === use.id ? `\`${use.id}\`` : `\`${use.id}\` (${use.label})`;
    if (use.declaration && !use.used) {
      findings.push(finding('sequence/unused-participant', use.declaration.start,
        `${named} is declared but never used: mermaid still draws its box and an empty lifeline; remove the declaration or use it`));
    } else if (!use.declaration) {
      if (declaresAny) {
        findings.push(finding('sequence/undeclared-participant', use.firstMention.start,
          `\`${use.id}\` is never declared: mermaid creates it at its first use here, in order of appearance, labelled \`${use.id}\`; declare it (\`participant ${use.id} as …\`) above the first message to fix its order and label${typoOf(use.id, declared)}`));
      }
    } else if (use.firstMention.start < use.declaration.start && !use.created) {
      findings.push(finding('sequence/late-declaration', use.declaration.start,
        `${named} is declared after its first use on line ${lineOf(use.firstMention.start)}: mermaid keeps it where it was first used and only takes the label from here; move the declaration above line ${lineOf(use.firstMention.start)} to fix its order`));
    }
  }
  return findings;
}

// Tokens holding text mermaid draws, and how to read that text.
const drawnText: Partial<Record<SequenceToken['type'], (token: SequenceToken) => string>> = {
  TXT: (token) => readText(token.text.slice(1)),
  restOfLine: (token) => readText(token.text),
  title: (token) => token.text.slice(6).trim(),
  legacy_title: (token) => token.text.slice(7).trim(),
};

/** Texts cut by `#`, `%%` read as text, and characters mermaid skips. */
export function textFindings(
  tokens: readonly SequenceToken[], comments: readonly SkippedComment[], ignored: readonly SequenceToken[], text: string,
): SequenceFinding[] {
  const findings: SequenceFinding[] = [];
  const hashComments = new Map(comments.filter((comment) => comment.kind === '#').map((comment) => [comment.start, comment]));
  for (const token of tokens) {
    const read = drawnText[token.type];
    const cut = hashComments.get(token.end);
    if (read && cut) {
      const kept = read(token);
      findings.push(finding('sequence/cut-text', cut.start,
        `mermaid reads \`#\` as the start of a comment, so it draws ${kept === '' ? 'no text' : `\`${kept}\``} and drops \`${entitiesAsWritten(text.slice(cut.start, cut.end)).trim()}\`: write \`#35;\` for a literal \`#\``));
    }
    const percent = token.text.indexOf('%%');
    if ((read || token.type === 'ACTOR') && percent >= 0) {
      const where = token.type === 'ACTOR'
        ? `the participant id \`${token.text}\``
        : `the text \`${read?.(token) ?? token.text}\``;
      findings.push(finding('sequence/inline-comment', token.start + percent,
        `mermaid only reads \`%%\` as a comment at the start of a line; here it draws \`${token.text.slice(percent).trim()}\` as part of ${where}: move the comment to a line of its own`));
    }
  }
  for (const token of ignored) {
    findings.push(finding('sequence/ignored-text', token.start,
      `mermaid skips \`${token.text}\` at the start of a statement and reads on after it: remove it`));
  }
  return findings;
}
