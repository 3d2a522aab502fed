/** Which systems a drill item is about: configured ones, or ones learned from drill items' subjects. */

import type { CoverageConfig } from '../../model/config.js';
import { afterNotASystem, beforeNotASystem, notASystem, type NotASystem } from './candidates.js';
import { rememberedReadings } from './remembered.js';
import { containsWord, findWords, wordAt } from './words.js';

export interface KnownSystem {
  name: string;
  aliases: string[];
}

// Verbs a drill item may start with before its subject (`跟踪营销放火…`, `待重新注入内存`).
const leadingVerbs = /^(?:跟踪|完成|推进|继续|重新|待|新|开始|安排|执行|进行|组织|准备|补充|补做|follow up on|run|do|schedule|plan|finish)\s*/i;
// Words right after a subject that say the item reports on it (`信贷风控有…`, `信用卡未配置…`, `营销方向…`).
const findingWords = ['有', '发现', '未', '没有', '没', '方向'];
// Words that end a subject but never make one (`metric报警放火…` is about alarms, `线上故障放火…` about incidents).
const nonSubjectWords = ['报警', '告警', '监控', '故障', 'alert', 'alarm', 'monitoring'];
const separators = /[\s、,，/&和及与的:：-]*/y;
const punctuation = /[，,。；;：:（()【】[\]、!！?？'"“”‘’]/;

// Subjects that are counts or machines (`四个节点：…`), or English sentences (`Write the game day runbook`).
const countsOrMachines = /节点|机器|主机|实例|\d|[一二两三四五六七八九十]个|\b(?:nodes?|hosts?|servers?)\b/i;
const englishVerbs = /^(?:write|review|plan|prepare|schedule|run|do|fix|update|check|finish|follow|ask|discuss|draft|book|set up|research)\b/i;
const englishEndings = /\b(?:the|a|an|of|for|on|in|to|with|and|our|my|this|that)$/i;

function plausibleSubject(subject: string): boolean {
  return subject !== '' && [...subject].length <= 20 && !countsOrMachines.test(subject)
    && !englishVerbs.test(subject) && !englishEndings.test(subject);
}

/** A name written where only a system stands (a drill record table's System column) may be one. */
export function maySystemBe(name: string): boolean {
  return plausibleSubject(name) && !notASystem(name);
}

/** What a drill item names as its system, or the word it has in that place that is not one. */
export interface SubjectReading {
  subject: string | null;
  /** The time word, verb, pronoun or environment read where the system would be (`周三下午CPU放火`). */
  rejected: NotASystem | null;
}

// A drill word used as a label before the item proper (`放火：结算中心 CPU 放火`, `Drill: ledger cpu burn`).
const drillLabel = (drillWords: readonly string[], text: string): number => {
  const word = wordAt(text, drillWords);
  const colon = word ? /^\s*[:：]\s*/.exec(text.slice(word.length)) : null;
  return word && colon ? word.length + colon[0].length : 0;
};

// Where an English item names its system after the fault: `Ran the CPU burn on cart-svc in prod`.
const englishPlace = /\bon\s+(?:the\s+)?(?:remaining\s+|other\s+|last\s+)?([A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*)?)/;
const englishPlaceEnd = /\s+(?:in|at|as|on|to|and|or|once|after|before|when|until|for|with|from|again|nodes?|hosts?|pods?|servers?|instances?)\b.*$/i;

/** The subject right where the item starts, before the fault type, the drill word or a finding; see subjectOf. */
function leadingSubject(rest: string, coverage: CoverageConfig, drillSection: boolean): SubjectReading {
  const faultWords = coverage.faultTypes.flatMap((type) => [...type.aliases, ...type.weakAliases]);
  const stops = [...faultWords, ...coverage.drillWords, ...findingWords, ...nonSubjectWords];
  const firstStop = findWords(rest, stops)[0]?.index ?? rest.length;
  const firstPunctuation = rest.search(punctuation);
  const end = firstPunctuation >= 0 ? Math.min(firstStop, firstPunctuation) : firstStop;
  // The trailing run is matched from its first character only, so a long run of spaces is read once.
  const written = rest.slice(0, end).replace(/(?<![\s的])[\s的]+$/, '').trim();
  if (!plausibleSubject(written)) return { subject: null, rejected: null };
  const rejected = notASystem(written);
  // `下周账户中心内存放火`, `账户中心下周做内存放火`: the system may stand before or after the words that are not one.
  // Never both: what is left between a leading verb and a trailing one (`配合王磊做`) is a person or a phrase.
  const leading = rejected ? afterNotASystem(written) : written;
  const subject = rejected && leading === written ? beforeNotASystem(written) : leading;
  if (subject === written && rejected || !plausibleSubject(subject) || notASystem(subject)) return { subject: null, rejected };

  const after = rest.slice(end);
  const found = { subject, rejected: null };
  if (wordAt(after, findingWords)) return found;
  // Learning from a drill word needs a fault type somewhere: `Write the game day runbook` names no system.
  const namesFault = containsWord(rest, faultWords);
  if (/^\s*[:：]/.test(after)) return namesFault && containsWord(after, coverage.drillWords) ? found : { subject: null, rejected: null };
  // Only fault types (and separators) may stand between the subject and the drill word; walked by position, never re-sliced.
  let position = 0;
  let faults = 0;
  for (;;) {
    separators.lastIndex = position;
    position += separators.exec(after)?.[0].length ?? 0;
    const fault = wordAt(after, faultWords, position);
    if (!fault) break;
    position += fault.length;
    faults += 1;
  }
  // Under a drill heading the fault type alone says it is a drill (`auth-gateway process kill`).
  const drill = wordAt(after, coverage.drillWords, position) !== undefined || drillSection && faults > 0;
  return namesFault && drill ? found : { subject: null, rejected: null };
}

/** A system named after the fault, when the start names none: after a colon (`今天磁盘演练：账户中心 2 个节点`) or `on` (`… on cart-svc`). */
function laterSubject(rest: string, coverage: CoverageConfig): string | null {
  const faultWords = coverage.faultTypes.flatMap((type) => [...type.aliases, ...type.weakAliases]);
  if (!containsWord(rest, faultWords)) return null;
  const colon = rest.search(/[:：]/);
  const candidates: string[] = [];
  if (colon >= 0) {
    const tail = rest.slice(colon + 1).trim();
    const stop = findWords(tail, [...faultWords, ...coverage.drillWords, ...findingWords, ...nonSubjectWords])[0]?.index ?? tail.length;
    const cut = tail.slice(0, stop).search(/[\d，,。；;（()【】[\]、!！?？]|\s+[一二两三四五六七八九十]/u);
    candidates.push(tail.slice(0, cut >= 0 ? Math.min(cut, stop) : stop).trim());
  }
  const place = englishPlace.exec(rest)?.[1];
  if (place) candidates.push(place.replace(englishPlaceEnd, '').trim());
  return candidates.map((candidate) => (notASystem(candidate) ? beforeNotASystem(candidate) : candidate))
    .find((candidate) => plausibleSubject(candidate) && !notASystem(candidate)) ?? null;
}

/**
 * What a drill item names as its system, read from its subject: the words before the fault type and the
 * drill word (`钱包磁盘放火` → 钱包, `账户中心 网络延迟演练` → 账户中心, `checkout disk fill drill` →
 * checkout), before a finding (`信贷风控有一个新识别的节点…` → 信贷风控), or before a colon
 * (`payments: the alert did not fire during the cpu burn drill`). A time word, verb, pronoun or
 * environment in that place is no system: the item may still name one after a colon or `on`.
 */
export function readSubject(text: string, coverage: CoverageConfig, drillSection = false): SubjectReading {
  return subjectReadings(coverage, `${drillSection ? 'drill section' : 'elsewhere'}\u0000${text}`, () => readSubjectText(text, coverage, drillSection));
}

const subjectReadings = rememberedReadings<CoverageConfig, SubjectReading>();

function readSubjectText(text: string, coverage: CoverageConfig, drillSection: boolean): SubjectReading {
  let rest = text.trim();
  for (let verb = leadingVerbs.exec(rest); verb && verb[0] !== ''; verb = leadingVerbs.exec(rest)) rest = rest.slice(verb[0].length);
  rest = rest.slice(drillLabel(coverage.drillWords, rest));
  const leading = leadingSubject(rest, coverage, drillSection);
  if (leading.subject) return leading;
  const later = laterSubject(rest, coverage);
  return later ? { subject: later, rejected: null } : leading;
}

/** The system a drill item is about (see readSubject); null when it names none. */
export function subjectOf(text: string, coverage: CoverageConfig, drillSection = false): string | null {
  return readSubject(text, coverage, drillSection).subject;
}

/** The known systems' names and aliases, as last asked about: learning adds a system now and then, the items are many. */
let vocabulary: { systems: KnownSystem[]; nameOf: Map<string, string>; words: string[]; named: Map<string, string[]> } | null = null;

// A system replaced by one of the same names (learning moves where a system was named) names the same items.
const sameNames = (a: KnownSystem, b: KnownSystem | undefined): boolean =>
  a === b || (b !== undefined && a.name === b.name && a.aliases.length === b.aliases.length && a.aliases.every((alias, index) => alias === b.aliases[index]));

function vocabularyOf(systems: readonly KnownSystem[]) {
  const known = vocabulary?.systems;
  if (!vocabulary || known?.length !== systems.length || !systems.every((system, index) => sameNames(system, known[index]))) {
    const nameOf = new Map<string, string>();
    for (const system of systems) {
      for (const word of [system.name, ...system.aliases]) nameOf.set(word.toLowerCase(), system.name);
    }
    vocabulary = { systems: [...systems], nameOf, words: [...nameOf.keys()], named: new Map() };
  }
  return vocabulary;
}

/** The systems an item names, by name or alias, each once, longest names first where they overlap. */
export function systemsNamed(text: string, systems: readonly KnownSystem[]): string[] {
  const { nameOf, words, named: known } = vocabularyOf(systems);
  const remembered = known.get(text);
  if (remembered) return [...remembered];
  const named: string[] = [];
  for (const match of findWords(text, words)) {
    const name = nameOf.get(match.word.toLowerCase());
    if (name && !named.includes(name)) named.push(name);
  }
  known.set(text, named);
  return [...named];
}
