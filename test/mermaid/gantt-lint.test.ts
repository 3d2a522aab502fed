import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGantt } from '../../src/parse/mermaid/gantt.js';
import { ganttRules, type GanttRuleId } from '../../src/rules/gantt.js';
import { fixturesDir } from '../helpers.js';

const lintDir = join(fixturesDir, 'gantt', 'lint');
const today = '2023-11-12';

function lint(file: string): ReturnType<typeof parseGantt>['diagnostics'] {
  return parseGantt(readFileSync(join(lintDir, file), 'utf8'), { today }).diagnostics;
}

/** Each rule's fixtures (`NAME.mmd`, `NAME-*.mmd`) and the lines it must be reported on. */
const triggers: Record<GanttRuleId, Record<string, number[]>> = {
  'gantt/syntax-error': { 'syntax-error.mmd': [4], 'syntax-error-front-matter.mmd': [3] },
  'gantt/missing-colon': { 'missing-colon.mmd': [5] },
  'gantt/field-count': { 'field-count.mmd': [4] },
  'gantt/invalid-start': { 'invalid-start.mmd': [4], 'invalid-start-after.mmd': [5] },
  'gantt/no-previous-task': { 'no-previous-task.mmd': [4] },
  'gantt/top-axis': { 'top-axis.mmd': [3] },
  'gantt/endless-exclusion': { 'endless-exclusion.mmd': [5] },
  'gantt/invalid-end': { 'invalid-end.mmd': [4, 5, 6, 7] },
  'gantt/date-fallback': { 'date-fallback.mmd': [4, 5] },
  'gantt/unknown-id': { 'unknown-id.mmd': [5, 6] },
  'gantt/no-date-format': { 'no-date-format.mmd': [1] },
  'gantt/cut-data': { 'cut-data.mmd': [4, 5], 'cut-data-line.mmd': [4] },
  'gantt/percent-comment': { 'percent-comment.mmd': [5] },
  'gantt/keyword-name': { 'keyword-name.mmd': [4, 5, 6, 7] },
  'gantt/swallowed-line': { 'swallowed-line.mmd': [3] },
  'gantt/end-before-start': { 'end-before-start.mmd': [4] },
  'gantt/after-cycle': { 'after-cycle.mmd': [4, 5, 6, 7, 9] },
};

describe('the gantt rule table', () => {
  it('has unique `gantt/kebab-case` ids, each with a description', () => {
    const ids = ganttRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ganttRules) {
      expect(rule.id).toMatch(/^gantt\/[a-z]+(-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(20);
    }
  });

  it('has a fixture that triggers each rule and one that must not', () => {
    expect(Object.keys(triggers).sort()).toEqual(ganttRules.map((rule) => rule.id).sort());
    for (const rule of ganttRules) {
      expect(existsSync(join(lintDir, `${rule.id.slice('gantt/'.length)}.ok.mmd`)), rule.id).toBe(true);
    }
    const fixtures = readdirSync(lintDir).filter((file) => file.endsWith('.mmd') && !file.endsWith('.ok.mmd'));
    expect(fixtures.sort()).toEqual(Object.values(triggers).flatMap((files) => Object.keys(files)).sort());
  });
});

describe.each(ganttRules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it.each(Object.entries(triggers[id]))('is reported in %s on lines %j', (file, lines) => {
    const found = lint(file).filter((diagnostic) => diagnostic.ruleId === id);
    expect(found.map((diagnostic) => diagnostic.line)).toEqual(lines);
    for (const diagnostic of found) {
      expect(diagnostic.severity).toBe(rule.defaultSeverity);
      expect(diagnostic.column).toBeGreaterThanOrEqual(1);
      // Every message says what mermaid does, then how to fix it after a colon.
      expect(diagnostic.message).toMatch(/mermaid/);
      expect(diagnostic.message).toMatch(/: [^:]+/);
      // An error means mermaid draws nothing: no chart at all, or (for a task it cannot date) no bar for that task.
      if (rule.defaultSeverity === 'error') expect(diagnostic.message).toMatch(id === 'gantt/after-cycle' ? /^mermaid cannot draw this task: / : /^mermaid cannot draw this chart: /);
    }
  });

  it(`is not reported in ${id.slice('gantt/'.length)}.ok.mmd, which has no diagnostics at all`, () => {
    expect(lint(`${id.slice('gantt/'.length)}.ok.mmd`)).toEqual([]);
  });
});

describe('messages', () => {
  it('quote the text as written, not as mermaid encodes it', () => {
    const messages = lint('cut-data.mmd').map((diagnostic) => diagnostic.message);
    expect(messages.some((message) => message.includes('`#1;`'))).toBe(true);
    expect(messages.join('\n')).not.toMatch(/[\uFB02\xB6]/);
  });

  it('suggest the id a misspelt reference probably means', () => {
    expect(lint('unknown-id.mmd')[0]?.message).toContain('did you mean `design`?');
  });

  it('say where a fallback start lands', () => {
    expect(lint('date-fallback.mmd')[0]?.message).toContain('reads it as 2023-03-02');
  });
});
