import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSequence } from '../../src/parse/mermaid/sequence.js';
import { sequenceRules } from '../../src/rules/sequence.js';
import { sequenceFixtures } from './sequence-fixtures.js';

// fixtures/sequence/lint/RULE.mmd (and RULE--variant.mmd) trigger `sequence/RULE`; RULE.ok.mmd must not.
const lintFixtures = sequenceFixtures().filter((fixture) => fixture.name.startsWith('lint/'));
const ruleOf = (name: string): string => `sequence/${basename(name).replace(/(--[\w-]+)?(\.ok)?\.mmd$/, '')}`;
const rulesIn = (source: string): string[] => parseSequence(source).diagnostics.map((diagnostic) => diagnostic.ruleId);

describe('the sequence rules', () => {
  it('have lower-case kebab ids under `sequence/`, each listed once', () => {
    const ids = sequenceRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^sequence\/[a-z]+(-[a-z]+)*$/);
  });

  it('name only listed rules in their fixtures', () => {
    const ids = new Set<string>(sequenceRules.map((rule) => rule.id));
    for (const fixture of lintFixtures) expect(ids.has(ruleOf(fixture.name)), fixture.name).toBe(true);
  });

  describe.each(sequenceRules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    const triggers = lintFixtures.filter((fixture) => !fixture.name.endsWith('.ok.mmd') && ruleOf(fixture.name) === id);
    const clean = lintFixtures.filter((fixture) => fixture.name.endsWith('.ok.mmd') && ruleOf(fixture.name) === id);

    it('has a fixture that triggers it and one that must not', () => {
      expect(triggers.length).toBeGreaterThanOrEqual(1);
      expect(clean.length).toBeGreaterThanOrEqual(1);
    });

    it.each(triggers.map((fixture) => fixture.name))('is triggered by %s', (name) => {
      const fixture = triggers.find((candidate) => candidate.name === name);
      const found = parseSequence(fixture?.source ?? '').diagnostics.filter((diagnostic) => diagnostic.ruleId === id);
      expect(found).not.toEqual([]);
      for (const diagnostic of found) expect(diagnostic.severity).toBe(rule.defaultSeverity);
    });

    it.each(clean.map((fixture) => fixture.name))('is not triggered by %s', (name) => {
      expect(rulesIn(clean.find((candidate) => candidate.name === name)?.source ?? '')).not.toContain(id);
    });
  });

  it('says for every error that mermaid draws nothing or fails to draw, and how to fix it', () => {
    for (const fixture of lintFixtures) {
      for (const diagnostic of parseSequence(fixture.source).diagnostics.filter((candidate) => candidate.severity === 'error')) {
        expect(diagnostic.message, fixture.name).toMatch(/draws? nothing|fails to draw/);
        expect(diagnostic.message, fixture.name).toMatch(/: [a-z`]/);
      }
    }
  });
});
