import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../src/io/atomic-write.js';
import { jsonPieces } from '../../src/io/json-pieces.js';
import { filesUnder, fixturesDir, parseFixture, temporaryDirectory } from '../helpers.js';

const joined = (value: unknown, depth?: number) => [...jsonPieces(value, depth)].join('');

const members = (count: number) => Array.from({ length: count }, (_, index) => ({ line: index + 1, text: `第${index}项 "quoted" \u2028 😀`, done: index % 3 === 0 }));

describe('JSON in pieces', () => {
  it.each(filesUnder(fixturesDir, '.md').slice(0, 40).map((path) => [path]))('is the text JSON.stringify gives for the model of %s', (path) => {
    const log = parseFixture(path);
    expect(joined(log)).toBe(JSON.stringify(log));
  });

  it('is the text JSON.stringify gives for what it leaves out, writes as null or stringifies whole', () => {
    const odd = {
      gone: undefined, call: () => 1, symbol: Symbol('s'), kept: null, when: new Date(Date.UTC(2024, 0, 2)),
      list: [undefined, () => 1, Symbol('s'), 1, 'two', { three: undefined }], empty: [], nothing: {},
      nested: { deeper: { deepest: { list: members(3), gone: undefined } } },
      withJson: { toJSON: () => ({ made: 'by toJSON' }) },
    };
    for (const depth of [0, 1, 2, 3, 5]) expect(joined(odd, depth), `depth ${depth}`).toBe(JSON.stringify(odd));
    for (const value of [1, 'text', true, null, [], {}, [[1, [2]], { a: [] }]]) expect(joined(value)).toBe(JSON.stringify(value));
  });

  it('is the same text for arrays of every length around its piece size', () => {
    for (const count of [0, 1, 511, 512, 513, 1_024, 1_500]) expect(joined({ results: { findings: members(count) } }), `${count}`).toBe(JSON.stringify({ results: { findings: members(count) } }));
  });

  it('never holds a big value as one piece', () => {
    const big = { cache: 'results', results: { findings: members(20_000), summary: { items: members(20_000) } } };
    const pieces = [...jsonPieces(big)];
    expect(pieces.join('').length).toBeGreaterThan(2_000_000);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(60_000);
  });
});

describe('writing a file atomically in pieces', () => {
  it('writes the pieces as one text and counts its bytes', () => {
    const dir = temporaryDirectory('worklog-pieces-');
    const path = join(dir, 'entry.json');
    const value = { findings: members(3_000) };
    expect(writeFileAtomically(path, jsonPieces(value))).toBe(Buffer.byteLength(JSON.stringify(value)));
    expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(value));
    expect(readdirSync(dir)).toEqual(['entry.json']);
  });

  it('leaves the old file whole, and no temporary, when the pieces fail part way', () => {
    const dir = temporaryDirectory('worklog-pieces-');
    const path = join(dir, 'entry.json');
    writeFileSync(path, 'old');
    function* failing(): Generator<string> {
      yield 'x'.repeat(3_000_000);
      throw new Error('cannot stringify');
    }
    expect(() => writeFileAtomically(path, failing())).toThrow('cannot stringify');
    expect(readdirSync(dir)).toEqual(['entry.json']);
    expect(existsSync(path) && readFileSync(path, 'utf8')).toBe('old');
  });
});
