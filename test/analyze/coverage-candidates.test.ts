import { describe, expect, it } from 'vitest';
import { isEnvironment, notASystem } from '../../src/analyze/coverage/candidates.js';
import { readSubject, subjectOf } from '../../src/analyze/coverage/systems.js';
import { defaultCoverage } from '../../src/config/defaults.js';

describe('notASystem: the words in a system\'s place that name none', () => {
  it.each([
    ['周三下午', 'time'], ['今天', 'time'], ['下周', 'time'], ['节后继续', 'time'], ['五一前完成', 'time'], ['月底前', 'time'],
    ['today', 'time'], ['next quarter', 'time'], ['Thursday', 'time'],
    ['按计划完成', 'verb'], ['继续', 'verb'], ['配合王磊做', 'verb'], ['待重新', 'verb'], ['Ran', 'verb'], ['re-run', 'verb'], ['continue', 'verb'],
    ['它', 'pronoun'], ['它的', 'pronoun'], ['its', 'pronoun'], ['it', 'pronoun'],
    ['staging', 'environment'], ['预发', 'environment'], ['预发环境', 'environment'], ['正式环境', 'environment'], ['pre-prod', 'environment'],
    ['prod', 'environment'], ['线上', 'environment'], ['测试环境', 'environment'],
  ])('%s is a %s word', (word, kind) => {
    expect(notASystem(word)).toEqual({ word, kind });
  });

  it.each([
    '现金贷', '钱包', '支付中台', '收银台', '支付风控', '营销', '商账户', 'web', '信用卡', '信贷风控',
    '账户中心', '消息推送', '优惠中心', '清算中心', '结算中心', '对账系统', '还款服务', '商城前台', '反欺诈网关', '设备指纹服务',
    'checkout', 'payments-gw', 'cart-svc', 'search-api', 'auth-gateway', 'email-relay', 'payment gateway', 'ledger',
  ])('%s may be a system', (word) => {
    expect(notASystem(word)).toBeNull();
  });

  it('reads a word followed by 环境 as an environment, and a system name as none', () => {
    expect(isEnvironment('灰度环境')).toBe(true);
    expect(isEnvironment('staging env')).toBe(true);
    expect(isEnvironment('账户中心')).toBe(false);
  });
});

describe('readSubject: where a drill item names its system', () => {
  it.each([
    ['周三下午CPU放火', '周三下午', 'time'],
    ['今天磁盘演练', '今天', 'time'],
    ['下周内存放火', '下周', 'time'],
    ['按计划完成磁盘放火（钱包、账户中心）', '按计划完成', 'verb'],
    ['配合王磊做网络延迟演练（下午 3 点）', '配合王磊做', 'verb'],
    ['staging 网络延迟演练', 'staging', 'environment'],
    ['预发环境磁盘打满放火', '预发环境', 'environment'],
    ['正式环境放火窗口申请', '正式环境', 'environment'],
    ['它的内存放火', '它', 'pronoun'],
    ['pre-prod disk fill drill', 'pre-prod', 'environment'],
  ])('%s names no system: %s is a %s word', (text, word, kind) => {
    expect(readSubject(text, defaultCoverage, true)).toEqual({ subject: null, rejected: { word, kind } });
  });

  it.each([
    ['今天磁盘演练：账户中心 2 个节点，晚上 8 点后执行', '账户中心'],
    ['放火：结算中心 CPU 放火，6.26 晚上', '结算中心'],
    ['Ran the CPU burn on cart-svc in prod, 2 of 6 nodes', 'cart-svc'],
    ['continue the CPU burn on the remaining cart-svc nodes', 'cart-svc'],
    ['re-run memory pressure on search-api once SRE-4471 is merged', 'search-api'],
    ['Ran the CPU burn on checkout as a bonus round at 15:30', 'checkout'],
    ['消息推送：上周只做了磁盘，它的内存放火还没排', '消息推送'],
    ['放火例会结论同步：商户进件服务下周做磁盘和CPU放火', '商户进件服务'],
    ['账户中心下周做内存放火', '账户中心'],
    ['checkout tomorrow: disk fill drill', 'checkout'],
  ])('%s → %s, after the fault', (text, subject) => {
    expect(subjectOf(text, defaultCoverage, true)).toBe(subject);
  });

  it.each([
    ['下周账户中心内存放火', '账户中心'],
    ['周三下午钱包CPU放火', '钱包'],
    ['预发环境账户中心磁盘放火', '账户中心'],
    ['staging checkout network latency drill', 'checkout'],
    ['tomorrow ledger cpu burn drill', 'ledger'],
  ])('%s → %s, after the words that are not a system', (text, subject) => {
    expect(subjectOf(text, defaultCoverage, true)).toBe(subject);
  });

  it.each([
    ['auth-gateway process kill, reschedule after the freeze', 'auth-gateway'],
    ['inventory disk fill: alert did not fire (routes to a muted channel)', 'inventory'],
    ['pricing network latency +500ms, 2 nodes', 'pricing'],
  ])('%s → %s under a drill heading, with no drill word', (text, subject) => {
    expect(subjectOf(text, defaultCoverage, true)).toBe(subject);
    expect(subjectOf(text, defaultCoverage, false)).toBeNull();
  });

  it.each(['re-run memory pressure in staging', 'Write up the staging memory pressure results separately', '继续CPU演练', '待重新注入内存'])(
    '%s names no system anywhere', (text) => {
      expect(subjectOf(text, defaultCoverage, true)).toBeNull();
    },
  );
});
