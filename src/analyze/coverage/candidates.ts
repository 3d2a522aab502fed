/** Which words standing where a drill item names its system name none: time words, verbs and adverbs, pronouns, environments. */

import type { NotASystemWord } from '../../model/finding-data.js';
import { chineseWords } from '../../words/chinese-words.js';

/** Why a word in a system's place is not a system. */
export type NotASystemKind = NotASystemWord['kind'];
export type NotASystem = NotASystemWord;

// Environments qualify a drill (`staging 网络延迟演练`, `pre-prod disk fill`); they are where, not what.
const environments = new Set([
  '预发', '预发布', '正式', '生产', '线上', '线下', '测试', '灰度', '沙箱', '仿真', '准生产', '预生产',
  'staging', 'stage', 'pre-prod', 'preprod', 'pre-production', 'prod', 'production', 'dev', 'test', 'qa', 'uat',
  'canary', 'sandbox', 'prod-eu', 'prod-us', 'live',
]);

const chineseTimeWords = [
  '今天', '明天', '昨天', '后天', '前天', '今晚', '明晚', '今早', '明早', '本周', '下周', '上周', '这周', '本月', '下月', '上月',
  '月底', '月初', '月中', '年底', '年初', '季度', '周末', '上午', '下午', '晚上', '早上', '中午', '凌晨', '傍晚', '白天', '夜里',
  '节前', '节后', '五一', '十一', '国庆', '春节', '元旦', '中秋', '端午', '清明', '下次', '上次', '这次', '本次', '之前', '之后',
  '以后', '稍后', '随后', '近期', '最近', '当天', '次日', '本轮', '下轮', '上轮',
];
const chineseTime = /^(?:周|星期|礼拜)[一二三四五六日天]|^\d+(?:[./月-]\d+)?[日号]?$|\d+\s*[点时]/;

// Progress words and adverbs an item may start with (`按计划完成…`, `继续…`, `配合王磊做…`).
const chineseVerbs = [
  '完成', '继续', '开始', '推进', '跟踪', '跟进', '配合', '协助', '准备', '补充', '补做', '重新', '重做',
  '重放', '重跑', '确认', '核对', '沟通', '对齐', '按计划', '排期', '只做', '做了', '做完', '已经', '需要', '负责', '参与', '尝试',
];
// One-character verbs and adverbs count only at either end of a candidate: inside a name they are part of it
// (none that starts a common system name: 对账, 还款 and 前台 are nouns).
const chineseEdgeVerbs = ['做', '待', '再', '先', '要', '已', '按', '把', '给', '跟', '帮'];
const chinesePronouns = ['它', '它的', '它们', '其', '该', '此', '这', '那', '这个', '那个', '这些', '那些', '他', '她', '他们', '我们', '我'];

const englishTime = new Set([
  'today', 'tonight', 'tomorrow', 'yesterday', 'now', 'later', 'soon', 'next', 'last', 'this', 'week', 'weekend', 'month', 'quarter',
  'morning', 'afternoon', 'evening', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'eod', 'asap',
]);
const englishVerbs = new Set([
  'ran', 'run', 'runs', 're-run', 'rerun', 'rerunning', 'continue', 'continued', 'finish', 'finished', 'start', 'started', 'redo',
  'retry', 'repeat', 'complete', 'completed', 'done', 'do', 'did', 'write', 'review', 'plan', 'planned', 'prepare', 'schedule',
  'scheduled', 'reschedule', 'fix', 'update', 'check', 'follow', 'ask', 'discuss', 'draft', 'book', 'research', 'help', 'pair',
  'again', 'still', 'also', 'then', 'try', 'tried',
]);
const englishPronouns = new Set(['it', 'its', 'they', 'them', 'their', 'these', 'those', 'that', 'we', 'our', 'us', 'he', 'she', 'his', 'her']);

const startsOrEndsWith = (text: string, words: readonly string[]): string | undefined =>
  words.find((word) => text.startsWith(word) || text.endsWith(word));

/** `staging`, `预发环境`, `正式环境`, `prod`: an environment a drill runs in. */
export function isEnvironment(word: string): boolean {
  const bare = word.trim().toLowerCase().replace(/(?:环境|集群|节点|env(?:ironment)?)$/, '').trim();
  return environments.has(bare) || /^\S+\s*环境$/.test(word.trim()) && bare !== '';
}

// Where a name can start with an environment's word (测试平台, 线上支付), only these say where, not what.
const chineseEnvironmentStart = /^(?:\S{1,3}环境|预发|灰度|预生产|准生产)/u;

/** `预发环境账户中心`, `staging checkout`: an environment before what may be a system. */
function startsWithEnvironment(word: string): boolean {
  const [first = '', ...others] = word.split(/\s+/);
  return chineseEnvironmentStart.test(word) || others.length > 0 && environments.has(first.toLowerCase());
}

function chineseReason(candidate: string): NotASystemKind | null {
  // ICU's Chinese words of the candidate: it splits some names (营销 → 营|销), so they only ever help to reject.
  const words = chineseWords(candidate);
  if (chineseTime.test(candidate) || words.some((word) => chineseTimeWords.includes(word)) || startsOrEndsWith(candidate, chineseTimeWords)) return 'time';
  if (words.length > 0 && words.every((word) => chinesePronouns.includes(word))) return 'pronoun';
  if (words.some((word) => chineseVerbs.includes(word)) || startsOrEndsWith(candidate, [...chineseVerbs, ...chineseEdgeVerbs])) return 'verb';
  return null;
}

function englishReason(candidate: string): NotASystemKind | null {
  const words = candidate.toLowerCase().split(/[\s,]+/).filter((word) => word !== '');
  if (words.some((word) => englishTime.has(word))) return 'time';
  if (words.some((word) => englishPronouns.has(word))) return 'pronoun';
  if (words.some((word) => englishVerbs.has(word))) return 'verb';
  return null;
}

const chineseLeading = [...chineseTimeWords, ...chineseVerbs, ...chinesePronouns, ...environments].sort((a, b) => b.length - a.length);
const chineseLeadingTime = /^(?:(?:周|星期|礼拜)[一二三四五六日天]|\d+(?:[./月-]\d+)?[日号]?)/;
const notSystemWord = (word: string): boolean =>
  englishTime.has(word) || englishVerbs.has(word) || englishPronouns.has(word) || environments.has(word) || word === 'the';

/**
 * The candidate without the time words, verbs, pronouns and environments it starts with, which may leave
 * a system (`下周账户中心` → 账户中心, `staging checkout` → checkout); the candidate itself when it starts with none.
 */
export function afterNotASystem(candidate: string): string {
  let rest = candidate.trim();
  for (let before = ''; before !== rest;) {
    before = rest;
    const leadingTime = chineseLeadingTime.exec(rest)?.[0];
    const word = leadingTime ?? chineseLeading.find((known) => rest.startsWith(known) && /\p{Script=Han}/u.test(known));
    if (word) rest = rest.slice(word.length).replace(/^(?:环境)?\s*/, '');
    const [first = '', ...others] = rest.split(/\s+/);
    if (others.length > 0 && notSystemWord(first.toLowerCase())) rest = others.join(' ');
  }
  return rest;
}

const chineseTrailing = [...chineseTimeWords, ...chineseVerbs, ...chineseEdgeVerbs].sort((a, b) => b.length - a.length);

/**
 * The candidate without the time words and verbs it ends with, which may leave a system
 * (`商户进件服务下周做` → 商户进件服务, `checkout tomorrow` → checkout); the candidate itself when it ends with none.
 */
export function beforeNotASystem(candidate: string): string {
  let rest = candidate.trim();
  for (let before = ''; before !== rest;) {
    before = rest;
    const word = chineseTrailing.find((known) => rest.endsWith(known) && rest.length > known.length);
    if (word) rest = rest.slice(0, -word.length).trim();
    const words = rest.split(/\s+/);
    const last = words.at(-1)?.toLowerCase() ?? '';
    if (words.length > 1 && (englishTime.has(last) || englishVerbs.has(last))) rest = words.slice(0, -1).join(' ');
  }
  return rest;
}

/** Why `candidate`, read where a drill item names its system, is not one; null when it may be a system. */
export function notASystem(candidate: string): NotASystem | null {
  const word = candidate.trim();
  if (word === '') return null;
  if (isEnvironment(word) || startsWithEnvironment(word)) return { word, kind: 'environment' };
  const kind = /\p{Script=Han}/u.test(word) ? chineseReason(word) ?? englishReason(word) : englishReason(word);
  return kind ? { word, kind } : null;
}
