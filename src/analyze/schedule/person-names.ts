/** Whether a name reads as a person's: a Chinese surname and a given name, or an English given name. */

import surnames from 'chinese-surnames/index.json';
import femaleNames from 'human-names/data/female-human-names-en.json';
import maleNames from 'human-names/data/male-human-names-en.json';
import { isDictionaryWord } from '../../words/chinese-words.js';

const chineseSurnames = new Set<string>(surnames);
// Thousands of names, lowercased when an English name is first asked about: a log of Chinese names never is.
let givenNames: Set<string> | undefined;

// Words that name parts of a plan, not people, though they start with a character that is also a surname
// (后端, 运维, 风控) or are also given names (May, June, Will): a chart's phases, streams and months.
const planWords = new Set([
  '后端', '前端', '运维', '风控', '营销', '测试', '开发', '产品', '设计', '运营', '数据', '算法', '安全', '平台', '客服',
  '财务', '法务', '商务', '销售', '市场', '行政', '人事', '需求', '上线', '发布', '联调', '验收', '部署', '准备', '收尾',
  '里程碑', '节点', '交付', '迭代', '版本', '周会', '评审', '方案', '调研', '预发', '灰度', '回归', '复盘', '文档',
  // ICU's dictionary misses these, and each starts with a surname (高, 白, 商, 余, 华, 党, 程, 武…).
  '高可用', '高并发', '高性能', '白名单', '黑名单', '商城', '商户', '余额', '华为', '程序', '武汉', '鲁棒', '容灾', '巡检',
  '支付', '结算', '清算', '对账', '账务', '网关', '中台', '移动', '车联', '金融', '信贷', '理财', '保险', '会员', '积分',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'will', 'mark', 'grant', 'chase', 'sky',
  'dev', 'ops', 'prod', 'stage', 'test', 'beta', 'alpha', 'gamma', 'delta', 'summer', 'autumn', 'winter', 'spring',
]);

// Written once: the bundle builds a pattern with \p{…} at run time, so one written inline is rebuilt per call.
const hanName = /^\p{Script=Han}{2,4}$/u;

/** `张迪`, `杨桂明`, `欧阳娜娜`: a surname (one or two characters) and a given name of one or two. */
function readsAsChineseName(name: string): boolean {
  if (!hanName.test(name) || planWords.has(name)) return false;
  const surname = chineseSurnames.has(name.slice(0, 2)) && name.length > 2 ? 2 : chineseSurnames.has(name.slice(0, 1)) ? 1 : 0;
  // ICU's Chinese dictionary knows words, not people: a name it keeps whole (开发, 巴西) is a word.
  return surname > 0 && name.length - surname <= 2 && !isDictionaryWord(name);
}

/** `Lena`, `Marco`, `Lena Park`: an English given name, alone or before a family name. */
function readsAsEnglishName(name: string): boolean {
  const match = /^([A-Z][a-z]+)(?:\s+[A-Z][a-z'-]+)?$/.exec(name);
  const given = match?.[1]?.toLowerCase();
  if (given === undefined) return false;
  givenNames ??= new Set([...femaleNames, ...maleNames].map((name) => name.toLowerCase()));
  return givenNames.has(given) && !planWords.has(given);
}

// Every log's plans ask about the same few names, and the dictionary lookup is slow: each name is read once (a bounded memory).
const readings = new Map<string, boolean>();
const readingsLimit = 10_000;

export function readsAsPersonName(name: string): boolean {
  let reads = readings.get(name);
  if (reads === undefined) {
    const trimmed = name.trim();
    if (readings.size >= readingsLimit) readings.clear();
    readings.set(name, (reads = readsAsChineseName(trimmed) || readsAsEnglishName(trimmed)));
  }
  return reads;
}
