import { describe, expect, it } from 'vitest';
import { parseSequence } from '../../src/parse/mermaid/sequence.js';
import { expectedJson } from '../helpers.js';
import { sequenceFixtures } from './sequence-fixtures.js';

const fixtures = sequenceFixtures();

describe('sequence fixtures: each NAME.mmd against NAME.expected.json', () => {
  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const actual = JSON.parse(JSON.stringify(parseSequence(fixture.source)));
    expect(actual).toEqual(expectedJson(fixture.path.replace(/\.mmd$/, '.expected.json'), actual));
  });
});
