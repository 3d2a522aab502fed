import { beforeAll, describe, expect, it } from 'vitest';
import { parseSequence } from '../../src/parse/mermaid/sequence.js';
import { asReference, comparable, drawingRules } from './sequence-compare.js';
import { sequenceFixtures } from './sequence-fixtures.js';
import { loadMermaidSequence, type ReferenceReading } from './sequence-mermaid.js';

const fixtures = sequenceFixtures();

describe('worklog reads every sequence diagram as mermaid 11 does', () => {
  const reference = new Map<string, ReferenceReading>();

  beforeAll(async () => {
    const read = await loadMermaidSequence();
    for (const fixture of fixtures) reference.set(fixture.name, await read(fixture.source));
  }, 60_000);

  it('has a corpus of at least 20 diagrams, some of which mermaid refuses', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    expect([...reference.values()].filter((reading) => !reading.drawn).length).toBeGreaterThanOrEqual(10);
  });

  it.each(fixtures.map((fixture) => fixture.name))('%s', (name) => {
    const fixture = fixtures.find((candidate) => candidate.name === name);
    const reading = reference.get(name);
    if (!fixture || !reading) throw new Error(`no reading of ${name}`);
    const { diagram, diagnostics } = parseSequence(fixture.source);
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');

    if (!reading.drawn) {
      expect(errors, `mermaid refuses it (${reading.error.split('\n')[0] ?? ''}), so worklog must report an error`).not.toEqual([]);
      return;
    }
    expect(errors.filter((error) => !drawingRules.has(error.ruleId)), 'mermaid reads it, so worklog must not report a parse error').toEqual([]);
    expect(asReference(diagram)).toEqual(comparable(reading.sequence));
    expect(diagram.title ?? '', 'the title mermaid draws').toBe(reading.sequence.title.trim());
  });
});
