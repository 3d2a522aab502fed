/** Which systems a drill item is about: configured ones, or ones learned from drill items' subjects. */

import type { CoverageConfig } from '../../model/config.js';
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
const notASystem = /节点|机器|主机|实例|\d|[一二两三四五六七八九十]个|\b(?:nodes?|hosts?|servers?)\b/i;
const englishVerbs = /^(?:write|review|plan|prepare|schedule|run|do|fix|update|check|finish|follow|ask|discuss|draft|book|set up|research)\b/i;
const englishEndings = /\b(?:the|a|an|of|for|on|in|to|with|and|our|my|this|that)$/i;

function plausibleSubject(subject: string): boolean {
  return subject !== '' && [...subject].length <= 20 && !notASystem.test(subject)
    && !englishVerbs.test(subject) && !englishEndings.test(subject);
}

/**
 * The system a drill item is about, read from its subject: the words before the fault type and the
 * drill word (`钱包磁盘放火` → 钱包, `账户中心 网络延迟演练` → 账户中心, `checkout disk fill drill` →
 * checkout), before a finding (`信贷风控有一个新识别的节点…` → 信贷风控), or before a colon
 * (`payments: the alert did not fire during the cpu burn drill`); null when it has none.
 */
export function subjectOf(text: string, coverage: CoverageConfig): string | null {
  let rest = text.trim();
  for (let verb = leadingVerbs.exec(rest); verb && verb[0] !== ''; verb = leadingVerbs.exec(rest)) rest = rest.slice(verb[0].length);

  const faultWords = coverage.faultTypes.flatMap((type) => [...type.aliases, ...type.weakAliases]);
  const stops = [...faultWords, ...coverage.drillWords, ...findingWords, ...nonSubjectWords];
  const firstStop = findWords(rest, stops)[0]?.index ?? rest.length;
  const firstPunctuation = rest.search(punctuation);
  const end = firstPunctuation >= 0 ? Math.min(firstStop, firstPunctuation) : firstStop;
  // The trailing run is matched from its first character only, so a long run of spaces is read once.
  const subject = rest.slice(0, end).replace(/(?<![\s的])[\s的]+$/, '').trim();
  if (!plausibleSubject(subject)) return null;

  const after = rest.slice(end);
  if (wordAt(after, findingWords)) return subject;
  // Learning from a drill word needs a fault type somewhere: `Write the game day runbook` names no system.
  const namesFault = containsWord(rest, faultWords);
  if (/^\s*[:：]/.test(after)) return namesFault && containsWord(after, coverage.drillWords) ? subject : null;
  // Only fault types (and separators) may stand between the subject and the drill word; walked by position, never re-sliced.
  let position = 0;
  for (;;) {
    separators.lastIndex = position;
    position += separators.exec(after)?.[0].length ?? 0;
    const fault = wordAt(after, faultWords, position);
    if (!fault) break;
    position += fault.length;
  }
  return namesFault && wordAt(after, coverage.drillWords, position) ? subject : null;
}

/** The systems an item names, by name or alias, each once, longest names first where they overlap. */
export function systemsNamed(text: string, systems: readonly KnownSystem[]): string[] {
  const nameOf = new Map<string, string>();
  for (const system of systems) {
    for (const word of [system.name, ...system.aliases]) nameOf.set(word.toLowerCase(), system.name);
  }
  const named: string[] = [];
  for (const match of findWords(text, [...nameOf.keys()])) {
    const name = nameOf.get(match.word.toLowerCase());
    if (name && !named.includes(name)) named.push(name);
  }
  return named;
}
