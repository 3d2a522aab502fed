import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderParseJson } from '../../src/render/json.js';
import { expectedJson, fixturesDir, parseFixture } from '../helpers.js';

const dir = join(fixturesDir, 'parse');
const inputs = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();

describe('parse fixtures: each NAME.md against NAME.expected.json', () => {
  it('has fixtures to check', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(12);
  });

  it.each(inputs)('%s', (name) => {
    const actual = JSON.parse(renderParseJson([parseFixture(join(dir, name))]));
    expect(actual).toEqual(expectedJson(join(dir, name.replace(/\.md$/, '.expected.json')), actual));
  });
});
