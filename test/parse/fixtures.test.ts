import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ItemStatus } from '../../src/model/log.js';
import { renderParseJson } from '../../src/render/json.js';
import { expectedJson, fixturesDir, parseFixture } from '../helpers.js';

const dir = join(fixturesDir, 'parse');
const inputs = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();

describe('parse fixtures: each NAME.md against NAME.expected.json', () => {
  it('has fixtures to check', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(12);
  });

  // A fixture's `NAME.config.json` may give markers their meaning, as the configuration would.
  const statusesBeside = (name: string): Record<string, ItemStatus> | undefined => {
    const config = join(dir, name.replace(/\.md$/, '.config.json'));
    return existsSync(config) ? (JSON.parse(readFileSync(config, 'utf8')) as { statuses?: Record<string, ItemStatus> }).statuses : undefined;
  };

  it.each(inputs)('%s', (name) => {
    const actual = JSON.parse(renderParseJson([parseFixture(join(dir, name), { statuses: statusesBeside(name) })]));
    expect(actual).toEqual(expectedJson(join(dir, name.replace(/\.md$/, '.expected.json')), actual));
  });
});
