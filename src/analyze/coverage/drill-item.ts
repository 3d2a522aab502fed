/** What one drill item says: which fault types, on how many nodes, and whether an alarm failed. */

import type { CoverageConfig } from '../../model/config.js';
import type { Item } from '../../model/log.js';
import { rememberedReadings } from './remembered.js';
import { containsWord, findWords, type WordMatch } from './words.js';

export interface FaultMention {
  faultType: string;
  /** A count written right after the fault type (`CPU6个`, `内存1个`). */
  nodes: number | null;
}

export interface DrillReading {
  faults: FaultMention[];
  /** A node count for the whole item (`9个节点`, `四个节点`, `3 nodes`). */
  nodes: number | null;
  alarm: boolean;
}

const chineseDigits: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** `6`, `十二`, `二十`, `四` → numbers (up to 99 in Chinese numerals). */
export function readCount(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, ones] = match;
  if (!ten) return tens ? chineseDigits[tens] ?? null : null;
  return (tens ? chineseDigits[tens] ?? 1 : 1) * 10 + (ones ? chineseDigits[ones] ?? 0 : 0);
}

const NUMBER = '(\\d+|[一二两三四五六七八九十]+)';
// A count searched for starts where its run of digits starts: trying every digit of a long run would be quadratic.
const NUMBER_START = '((?<!\\d)\\d+|(?<![一二两三四五六七八九十])[一二两三四五六七八九十]+)';
// Read right where a fault type ends (sticky), so that no copy of the rest of the text is made per fault type.
const countAfterFault = new RegExp(`\\s*${NUMBER}\\s*(?:个|台)`, 'y');
const itemNodeCounts = [
  new RegExp(`${NUMBER_START}\\s*(?:个|台)[^，,。；;、\\d（()]{0,6}?(?:节点|机器|实例|主机|服务器|pod)`, 'i'),
  /(?<!\d)(\d+)\s*(?:nodes?|hosts?|instances?|machines?|pods?)(?![A-Za-z])/i,
];

// 没有配置…报警, 未配置…报警, 未触发报警, 报警未触发, alert did not fire, no alert …
const alarmProblems = [
  /(?:没有|未|没|无)(?:配置|设置|触发|收到|产生|配)?[^，,。；;]{0,12}?(?:报警|告警)/,
  /(?:报警|告警)(?:未|没有|没|不)(?:触发|配置|收到|响|生效)?/,
  /(?:报警|告警)(?:缺失|失效)/,
  /\bno (?:[\w-]+ ){0,2}(?:alerts?|alarms?)\b/i,
  /\b(?:alerts?|alarms?) (?:did not|didn't|never|failed to|does not|doesn't) fire/i,
  /\bmissing (?:alerts?|alarms?)\b/i,
];

// Prose that says the alarm was fine: `没出告警但这是符合预期的，不算告警缺失`, `not an alarm problem`.
const alarmAsExpected = /不算(?:告警|报警)(?:缺失|问题)|\bnot an? (?:alert|alarm)(?:ing)? (?:problem|issue|gap)\b/i;

/** Each alias (in lower case) with its fault type; the first fault type to name a word keeps it. */
function faultTypeByWord(coverage: CoverageConfig, kind: 'aliases' | 'weakAliases'): Map<string, string> {
  const byWord = new Map<string, string>();
  for (const type of coverage.faultTypes) {
    for (const word of type[kind]) if (!byWord.has(word.toLowerCase())) byWord.set(word.toLowerCase(), type.id);
  }
  return byWord;
}

// A clause about what was done before (`上周只做了磁盘，它的内存放火还没排`) tells history, not this item's drill.
const history = /上周|上次|之前|以前|做过|只做了|已做|已经做|\blast (?:week|time)\b|\balready\b|\bpreviously\b/i;
const clauseEnd = /[，,。；;]/;

/** The fault words outside clauses about the past, unless every fault word is in one. */
function withoutHistory(text: string, matches: readonly WordMatch[]): readonly WordMatch[] {
  if (matches.length < 2 || !history.test(text)) return matches;
  // One pass over the clauses, in step with the matches (sorted by position): a long item is read once.
  const current: WordMatch[] = [];
  let clauseStart = 0;
  let clauseIsHistory: boolean | null = null;
  let position = 0;
  for (const match of matches) {
    for (; position < match.index; position += 1) {
      if (clauseEnd.test(text.charAt(position))) {
        clauseStart = position + 1;
        clauseIsHistory = null;
      }
    }
    if (clauseIsHistory === null) {
      let clauseStop = match.end;
      while (clauseStop < text.length && !clauseEnd.test(text.charAt(clauseStop))) clauseStop += 1;
      clauseIsHistory = history.test(text.slice(clauseStart, clauseStop));
    }
    if (!clauseIsHistory) current.push(match);
  }
  return current.length > 0 ? current : matches;
}

const drillReadings = rememberedReadings<CoverageConfig, DrillReading>();

/** What a drill item's text says; the same text is read once per configuration (the reading is shared: do not change it). */
export function readDrill(text: string, coverage: CoverageConfig): DrillReading {
  return drillReadings(coverage, text, () => readDrillText(text, coverage));
}

function readDrillText(text: string, coverage: CoverageConfig): DrillReading {
  const strong = coverage.faultTypes.flatMap((type) => type.aliases);
  let kind: 'aliases' | 'weakAliases' = 'aliases';
  let matches = findWords(text, strong);
  if (matches.length === 0) {
    kind = 'weakAliases';
    matches = findWords(text, coverage.faultTypes.flatMap((type) => type.weakAliases));
  }
  const vocabulary = faultTypeByWord(coverage, kind);
  const faults: FaultMention[] = [];
  for (const match of withoutHistory(text, matches)) {
    const faultType = vocabulary.get(match.word.toLowerCase());
    if (!faultType) continue;
    countAfterFault.lastIndex = match.end;
    const count = countAfterFault.exec(text);
    const nodes = count ? readCount(count[1] ?? '') : null;
    const known = faults.find((fault) => fault.faultType === faultType);
    if (!known) faults.push({ faultType, nodes });
    else if (nodes !== null) known.nodes = Math.max(known.nodes ?? 0, nodes);
  }
  const itemCount = itemNodeCounts.map((pattern) => pattern.exec(text)).find((match) => match);
  return {
    faults,
    nodes: itemCount ? readCount(itemCount[1] ?? '') : null,
    alarm: !alarmAsExpected.test(text) && alarmProblems.some((pattern) => pattern.test(text)),
  };
}

/** A heading path with a drill heading in it (放火工作, Chaos drills, …). */
export function inDrillSection(item: Item, coverage: CoverageConfig): boolean {
  return drillSections(coverage, item.section.join('\u0000'), () => item.section.some((heading) => containsWord(heading, coverage.drillHeadings)));
}

const drillSections = rememberedReadings<CoverageConfig, boolean>();
const drillTexts = rememberedReadings<CoverageConfig, boolean>();

/**
 * A drill item: in a drill section, one that is about a drill (a fault type, a drill word, hosts,
 * nodes or an alarm problem); anywhere else, one that names a fault type and a drill word.
 */
export function isDrillItem(item: Item, coverage: CoverageConfig): boolean {
  // Only the text, whether it stands under a drill heading and whether it names hosts decide.
  const drillSection = inDrillSection(item, coverage);
  const where = drillSection ? (item.hosts.length > 0 ? 'drill section, hosts' : 'drill section') : 'elsewhere';
  return drillTexts(coverage, `${where}\u0000${item.text}`, () => isDrillText(item.text, drillSection, item.hosts.length > 0, coverage));
}

function isDrillText(text: string, drillSection: boolean, namesHosts: boolean, coverage: CoverageConfig): boolean {
  const drillWord = containsWord(text, coverage.drillWords);
  // Most items of a log are not drills: the drill word decides before the fault types are read.
  if (!drillSection) return drillWord && readDrill(text, coverage).faults.length > 0;
  if (drillWord || namesHosts) return true;
  const reading = readDrill(text, coverage);
  // `search-api: alert did not fire` under a game-day heading is a drill's finding, though it names no fault type.
  return reading.faults.length > 0 || reading.nodes !== null || reading.alarm;
}
