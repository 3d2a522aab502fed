/**
 * Suppression comments: `<!-- worklog-disable-next-line rule-id -->` and its kin in the markdown, and
 * `%% worklog-disable-next-line rule-id` lines inside mermaid blocks, read into the lines each one covers.
 */

import type { Code, Html, Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { Suppression, SuppressionForm } from '../model/log.js';

/** A comment as written: its form (or `enable`), the rule ids it names, and the lines it spans. */
export interface Directive {
  form: SuppressionForm | 'enable';
  rules: string[];
  line: number;
  column: number;
  endLine: number;
}

// The comment must start with the directive: prose that merely mentions one is not one.
const directivePattern = /^worklog-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([^]*))?$/;
const htmlComment = /<!--([^]*?)-->/g;
// Mermaid drops a line whose first characters are `%%` (and `%%{` opens a directive, which this is not).
const mermaidComment = /^(\s*)%%(?!\{)\s*(worklog-[^]*)$/;

/** The form and rule ids of a comment's text, or null when it is no worklog directive. */
function readDirective(text: string): Pick<Directive, 'form' | 'rules'> | null {
  const match = directivePattern.exec(text.trim());
  if (!match) return null;
  return { form: match[1] as Directive['form'], rules: (match[2] ?? '').split(/[\s,]+/).filter((rule) => rule !== '') };
}

/** Whether inline HTML is one suppression comment and nothing else. */
export function isSuppressionComment(html: string): boolean {
  const match = /^<!--([^]*?)-->$/.exec(html.trim());
  return match !== null && readDirective(match[1] ?? '') !== null;
}

/** The directives in an HTML node (a block of its own, or inline in a paragraph or an item). */
function htmlDirectives(node: Html): Directive[] {
  const start = node.position?.start ?? { line: 1, column: 1 };
  return [...node.value.matchAll(htmlComment)].flatMap((match) => {
    const directive = readDirective(match[1] ?? '');
    if (!directive) return [];
    const before = node.value.slice(0, match.index);
    const line = start.line + (before.match(/\n/g)?.length ?? 0);
    const column = line === start.line ? start.column + match.index : match.index - before.lastIndexOf('\n');
    return [{ ...directive, line, column, endLine: line + (match[0].match(/\n/g)?.length ?? 0) }];
  });
}

/** The `%% worklog-…` lines of a mermaid block; its source starts on the line after the fence. */
function mermaidDirectives(node: Code, lines: readonly string[]): Directive[] {
  const fenceLine = node.position?.start.line ?? 1;
  return node.value.split('\n').flatMap((text, index) => {
    const match = mermaidComment.exec(text);
    const directive = match ? readDirective(match[2] ?? '') : null;
    if (!directive) return [];
    const line = fenceLine + 1 + index;
    const fileLine = lines[line - 1] ?? '';
    return [{ ...directive, line, column: fileLine.indexOf('%%') + 1, endLine: line }];
  });
}

/** Each rule a directive names, or null for every rule. */
const namedRules = (directive: Directive): (string | null)[] => (directive.rules.length > 0 ? directive.rules : [null]);

/**
 * The lines each directive covers: the next line, its own lines, the whole file, or from a `disable` to the
 * `enable` naming the same rule (an `enable` without ids closes every open range) or the end of the file.
 */
export function coveredLines(directives: readonly Directive[], lastLine: number): Suppression[] {
  const suppressions: Suppression[] = [];
  const open: Suppression[] = [];
  for (const directive of directives) {
    const place = { line: directive.line, column: directive.column };
    if (directive.form === 'enable') {
      for (const range of [...open]) {
        if (directive.rules.length > 0 && (range.rule === null || !directive.rules.includes(range.rule))) continue;
        range.to = directive.endLine;
        open.splice(open.indexOf(range), 1);
      }
      continue;
    }
    const form = directive.form;
    const lines = {
      'disable-next-line': { from: directive.endLine + 1, to: directive.endLine + 1 },
      'disable-line': { from: directive.line, to: directive.endLine },
      'disable-file': { from: 1, to: lastLine },
      disable: { from: directive.line, to: lastLine },
    }[form];
    for (const rule of namedRules(directive)) {
      const suppression: Suppression = { form, rule, ...lines, ...place };
      suppressions.push(suppression);
      if (form === 'disable') open.push(suppression);
    }
  }
  return suppressions;
}

/** The suppression comments in a tree from `fromLine` on, in file order; a `<!-- -->` inside a code block or code span is code, not a comment. */
export function suppressionDirectives(tree: Root, lines: readonly string[], fromLine = 1): Directive[] {
  const directives: Directive[] = [];
  visitParents(tree, (node) => {
    if (node.type === 'html') directives.push(...htmlDirectives(node));
    else if (node.type === 'code' && /^(mermaid|mmd)$/i.test(node.lang ?? '')) directives.push(...mermaidDirectives(node, lines));
  });
  directives.sort((a, b) => a.line - b.line || a.column - b.column);
  return fromLine > 1 ? directives.filter((directive) => directive.line >= fromLine) : directives;
}
