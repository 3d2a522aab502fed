import { describe, expect, it } from 'vitest';
import { readBox, readBoxAtEnd, readKeyword, statusByMarker } from '../../src/parse/checkbox.js';
import { readItemHead, readLineItem } from '../../src/parse/items.js';

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
    ['[√] a', '√', 'done', []],
    ['[✓] a', '✓', 'done', []],
    ['[✔] a', '✔', 'done', []],
    ['☑ a', '☑', 'done', ['ballot-box']],
    ['☐ a', '☐', 'open', ['ballot-box']],
    ['☒ a', '☒', 'cancelled', ['ballot-box']],
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

describe('boxes as people write them', () => {
  it('reads a marker the configuration gives a meaning, letters included', () => {
    expect(readBox('[?] a', { ...statusByMarker, '?': 'open' })).toMatchObject({ status: 'open', problems: [] });
    expect(readBox('[b] a', { ...statusByMarker, b: 'deferred' })).toMatchObject({ status: 'deferred' });
    expect(readBox('☒ a', { ...statusByMarker, '☒': 'done' })).toMatchObject({ status: 'done' });
  });

  it.each([
    ['产品：佟雪 ☑', '产品：佟雪', 'done'],
    ['研发：齐天宇 ☐', '研发：齐天宇', 'open'],
    ['Engineering: Tomás ☐  ', 'Engineering: Tomás', 'open'],
  ])('reads the sign-off %j', (text, before, status) => {
    expect(readBoxAtEnd(text)).toMatchObject({ before, box: { status, problems: ['ballot-box', 'box-at-end'] } });
  });

  it.each(['佟雪☑', '☑', '图例：☑ 已完成　☐ 未完成　☒ 不涉及', 'signed [x]'])('%j is no sign-off', (text) => {
    expect(readBoxAtEnd(text)).toBeNull();
  });

  it.each([
    ['1、 [x] 清结算二期提测', '1.', 'chinese-number', 'done'],
    ['2、[ ] 商户入驻改版回归', '2.', 'chinese-number', 'open'],
    ['2. [ ] Pair with Wen', '2.', 'continues-paragraph', 'open'],
    ['4.[x] Look at the nightly run', '4.', 'no-space-after-bullet', 'done'],
    ['☐ 支付模块全量回归', '-', 'no-bullet', 'open'],
    ['3.8.1 回归 ☑', '-', 'no-bullet', 'done'],
  ])('reads the line item %j', (line, bullet, problem, status) => {
    expect(readLineItem(line)).toMatchObject({ bullet, problem, head: { box: { status } } });
  });

  it('keeps the whole line before a sign-off box as its text', () => {
    expect(readLineItem('3.8.1 回归 ☑')?.head.rest).toBe('3.8.1 回归');
  });

  it.each(['运维：[✔] 已确认发布窗口', 'Legend: ☑ done ☐ to do', '1、 没有方框的条目'])('%j is no line item', (line) => {
    expect(readLineItem(line)).toBeNull();
  });

  it('reads the check marks Chinese logs write as done', () => {
    expect(['[√] a', '[✓] a', '[✔] a'].map((text) => readItemHead(text)?.box.status)).toEqual(['done', 'done', 'done']);
  });
});

describe('outliner keywords', () => {
  it.each([
    ['TODO Review the runbook', 'open'],
    ['LATER Read the notes', 'open'],
    ['WAITING security review', 'open'],
    ['NOW Fix the cron', 'in-progress'],
    ['DOING 修复定时任务', 'in-progress'],
    ['DONE  standup', 'done'],
    ['CANCELED Migrate the wiki', 'cancelled'],
  ])('%j', (text, status) => {
    expect(readKeyword(text)).toMatchObject({ status, problems: [] });
  });

  it.each(['TODO: a note with a colon', 'Todo review', 'TODO', 'NOWHERE to go', 'DONE'])('%j is no keyword to-do', (text) => {
    expect(readKeyword(text)).toBeNull();
  });
});
