import { describe, expect, it } from 'vitest';
import { containsWord, findWords, wordAt } from '../../src/analyze/coverage/words.js';

describe('vocabulary words in item text', () => {
  it('finds Chinese and Latin words, whole and in any case, and none that is absent', () => {
    expect(findWords('账户中心磁盘放火，CPU burn 也做了', ['磁盘', 'cpu', 'burn', '内存', 'mem'])).toEqual([
      { word: '磁盘', index: 4, end: 6 },
      { word: 'cpu', index: 9, end: 12 },
      { word: 'burn', index: 13, end: 17 },
    ]);
    expect(findWords('memo 内', ['mem', '内存'])).toEqual([]);
    expect(containsWord('Disk FILL drill', ['fill'])).toBe(true);
    expect(wordAt('ledger CPU burn', ['cpu', 'burn'], 7)).toBe('cpu');
  });

  it('finds words written with letters that fold to ASCII ones (ſ for s, the Kelvin sign for k)', () => {
    expect(findWords('\u212Aill the ſervice', ['kill', 'service']).map((match) => match.word)).toEqual(['kill', 'service']);
    expect(containsWord('ſtop', ['stop'])).toBe(true);
    expect(wordAt('\u212Aill', ['kill'])).toBe('kill');
  });
});
