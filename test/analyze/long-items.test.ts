import { describe, expect, it } from 'vitest';
import { isDrillItem, readDrill } from '../../src/analyze/coverage/drill-item.js';
import { subjectOf, systemsNamed } from '../../src/analyze/coverage/systems.js';
import { findWords } from '../../src/analyze/coverage/words.js';
import { defaultCoverage } from '../../src/config/defaults.js';
import type { Item } from '../../src/model/log.js';

/** About a megabyte of `unit`, between `before` and `after`. */
const megabyte = (unit: string, before = '', after = ''): string => `${before}${unit.repeat(Math.ceil(1_000_000 / unit.length))}${after}`;

const drillItem = (text: string): Item => ({
  text, status: 'open', marker: '[ ]', priority: null, section: ['放火工作'], line: 3, column: 1, depth: 0, parent: null,
  question: false, mentions: [], hosts: [], dates: [],
});

// Each input made the coverage reading go back over the item once per match or per character: minutes for a megabyte.
// Read in one pass, each takes about a second; the generous timeout only keeps a regression from hanging the suite.
const generously = 30_000;

describe('a drill item a megabyte long is read in one pass', () => {
  it('finds every fault word, longest first where words overlap', () => {
    const matches = findWords(megabyte('磁盘放火 cpu '), ['磁盘', 'cpu', '放火', '磁盘放火']);
    expect(matches).toHaveLength(2 * 111_112);
    expect(matches.slice(0, 2).map((match) => match.word)).toEqual(['磁盘放火', 'cpu']);
  }, generously);

  it('reads the fault types and the node counts of a drill item', () => {
    expect(readDrill(megabyte('磁盘放火 CPU6个 '), defaultCoverage)).toMatchObject({
      faults: [{ faultType: 'disk', nodes: null }, { faultType: 'cpu', nodes: 6 }],
      alarm: false,
    });
    expect(readDrill(megabyte('1', '磁盘'), defaultCoverage)).toMatchObject({ faults: [{ faultType: 'disk', nodes: null }], nodes: null });
    expect(readDrill(megabyte('十', '磁盘'), defaultCoverage)).toMatchObject({ nodes: null });
  }, generously);

  it('tells a drill item by its words', () => {
    expect(isDrillItem(drillItem(megabyte('磁盘')), defaultCoverage)).toBe(true);
    expect(isDrillItem({ ...drillItem(megabyte('文档 ')), section: ['项目'] }, defaultCoverage)).toBe(false);
  }, generously);

  it('reads the subject before a megabyte of fault words, and the systems it names', () => {
    expect(subjectOf(megabyte('磁盘、', '钱包', '放火'), defaultCoverage)).toBe('钱包');
    expect(subjectOf(megabyte(' ', '钱包', '磁盘放火'), defaultCoverage)).toBe('钱包');
    expect(systemsNamed(megabyte('钱包磁盘放火'), [{ name: '钱包', aliases: ['wallet'] }])).toEqual(['钱包']);
  }, generously);
});
