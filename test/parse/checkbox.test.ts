import { describe, expect, it } from 'vitest';
import { readBox, statusByMarker } from '../../src/parse/checkbox.js';

describe('readBox', () => {
  it.each([
    ['[ ] a', ' ', 'open', []],
    ['[x] a', 'x', 'done', []],
    ['[X] a', 'X', 'done', []],
    ['[-] a', '-', 'cancelled', []],
    ['[/] a', '/', 'in-progress', []],
    ['[>] a', '>', 'deferred', []],
    ['[]a', ' ', 'open', ['no-space-inside', 'no-space-after']],
    ['[ x ] a', 'x', 'done', ['padded']],
    ['[  ] a', ' ', 'open', ['padded']],
    ['【 】a', ' ', 'open', ['full-width', 'no-space-after']],
    ['【　】 a', ' ', 'open', ['full-width']],
    ['[x]b', 'x', 'done', ['no-space-after']],
    ['[?] a', '?', null, []],
    ['[√] a', '√', null, []],
  ])('%j', (text, marker, status, problems) => {
    expect(readBox(text)).toMatchObject({ marker, status, problems });
  });

  it.each(['[P1] a', '[客资] 资金对账', '[A] choice', '[x](https://example.com) link', '[ab] a', 'no box'])('%j is not a box', (text) => {
    expect(readBox(text)).toBeNull();
  });

  it('maps every status once in its table', () => {
    expect(new Set(Object.values(statusByMarker))).toEqual(new Set(['open', 'done', 'cancelled', 'in-progress', 'deferred']));
  });
});
