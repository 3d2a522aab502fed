// Writes the benchmark's inputs, the same bytes on every run and machine: the reference log, ten years of weekday logs
// shaped like it, and single files of 1, 4 and 10 MB holding many days under top-level `# YYYY-MM-DD` headings.
// Usage: node bench/inputs.mjs [--quick] [--inputs DIR]   (prints where the inputs are)
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomFrom } from '../scripts/seeded-random.mjs';

/** Raised whenever what the generator writes changes, so cached inputs are written again. */
export const generatorVersion = 1;

/** The seed every input starts from. */
export const benchSeed = 20150105;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const megabyte = 1024 * 1024;

/** Where inputs are kept between runs: outside any git work tree, since worklog skips gitignored logs in a folder. */
export const defaultInputsDir = join(tmpdir(), 'worklog-bench-inputs');

const pad = (n) => String(n).padStart(2, '0');
const iso = (date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const mmdd = (date) => `${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
const dotted = (date) => `${pad(date.getUTCMonth() + 1)}.${pad(date.getUTCDate())}`;
const addDays = (date, days) => new Date(date.getTime() + days * 86_400_000);
const isWeekday = (date) => date.getUTCDay() !== 0 && date.getUTCDay() !== 6;

/** The weekdays from `first` on, `count` of them. */
export function weekdays(first, count) {
  const days = [];
  for (let day = first; days.length < count; day = addDays(day, 1)) if (isWeekday(day)) days.push(day);
  return days;
}

const weekdaysBetween = (start, end) => {
  let count = 0;
  for (let day = start; day <= end; day = addDays(day, 1)) if (isWeekday(day)) count += 1;
  return count;
};

const subjects = ['资金对账', '清结算', '商户进件', '支付退款', '发票服务', '营销活动', '账户中心', '风控规则', '银行对账', '记账', '收银台', 'AWS主链路', 'Sofipo清结算', '处罚中心', '会员积分', '优惠券'];
const phases = ['', '二期', '三期', 'V2', '改造', '迁移'];
const chores = ['进度跟踪', '风险跟踪', '用例评审', '回归测试', '上线验证', '联调问题跟进', '压测方案评审', '性能基线对比', '提测跟踪', '需求评审'];
const routine = ['测试日报发送', '自动化测试平台规划', '工具平台部署到预发环境', '交接内容编写', '周会纪要整理', '线上问题周报', '测试账号池扩容', '预发环境脏数据清理'];
const notes = ['进展：联调环境已就绪', '阻塞：等待开发修复', '已同步产品确认范围', '用例已评审，剩余10条', '预发验证通过', '待和运维确认发布窗口', '数据构造脚本已更新', '风险：排期可能延后'];
const deeper = ['负责人：开发侧', '下次同步：周三', '见群内记录', '涉及三个接口'];
const people = ['张迪', '杨桂明', '乔宇', '顾畅', '张明彩', '王健', '李想', '陈晨'];
const systems = ['现金贷', '钱包', '支付中台', '收银台', '支付风控', '营销', '商账户', 'web'];
const faults = ['磁盘', 'CPU', '内存', '网络'];
const actors = [['phone', '端'], ['wallt', '钱包治理中台'], ['penalty', '处罚中台'], ['cs', '客服中台'], ['risk', '风控治理中台'], ['newton', '牛盾'], ['JUD', 'JUD']];
const messages = ['发起风险交易', '上报风险信息', '下发治理ID', '下发治理结果', '显示治理结果', '申诉', '上报申诉信息', '审核通过', '返回审核结果', '下发解冻结果'];
const flows = ['冻结', '解冻', '申诉', '退款', '对账'];

/**
 * A lead's log kept day after day: open items carried to the next day, some ticked, cancelled or reworded, a few new;
 * a staffing plan per four-week cycle with its gantt chart; the cycle's drills ticked off as they are done.
 */
function teamFrom(seed) {
  const next = randomFrom(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  // Fisher–Yates: a sort with a random comparator depends on the engine's sorting algorithm.
  const shuffled = (list) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  let items = [];
  let cycle = null;

  const newItem = (section) => ({
    section,
    text: section === '日常&提效工作' ? pick(routine) : `${pick(subjects)}${pick(phases)}${pick(chores)}`,
    status: ' ',
    priority: chance(0.4) ? pick(['P0', 'P1', 'P2', 'P3']) : null,
    notes: [],
  });

  const planCycle = (start) => {
    const end = addDays(start, 25);
    const staff = shuffled(people).slice(0, 4 + Math.floor(next() * 3));
    const rows = staff.flatMap((person) => {
      const split = addDays(start, 7 * (1 + Math.floor(next() * 3)) - 3);
      const [first, second] = [`${pick(subjects)}${pick(phases)}`, `${pick(subjects)}${pick(phases)}`];
      return [
        { project: first, person, start, end: split },
        { project: second, person, start: addDays(split, 3), end },
      ];
    });
    const drills = systems.flatMap((system) => faults.map((fault) => ({ text: `${system}${fault}放火`, done: false })))
      .filter(() => chance(0.5));
    return { start, end, rows, drills };
  };

  /** The day's state after yesterday's: what a lead copies forward and changes in the morning. */
  const advance = (day) => {
    items = items.filter((item) => item.status === ' ').map((item) => {
      const roll = next();
      const notesNow = chance(0.15) ? [...item.notes, { text: pick(notes), sub: chance(0.3) ? [pick(deeper)] : [] }].slice(-3) : item.notes;
      if (roll < 0.1) return { ...item, status: 'x', notes: notesNow };
      if (roll < 0.12) return { ...item, status: '-', notes: notesNow };
      if (roll < 0.14 && !item.text.endsWith('（跟进）')) return { ...item, text: `${item.text}（跟进）`, notes: notesNow };
      return { ...item, notes: notesNow };
    });
    for (const [section, target] of [['本周核心事项', 3], ['日常&提效工作', 4], ['项目工作', 9]]) {
      while (items.filter((item) => item.section === section && item.status === ' ').length < target + Math.floor(next() * 3)) items.push(newItem(section));
    }
    if (cycle === null || day > cycle.end) cycle = planCycle(addDays(day, -((day.getUTCDay() + 6) % 7)));
    for (const drill of cycle.drills) if (!drill.done && chance(0.08)) drill.done = true;
  };

  const itemLine = (item, indent = '') => {
    const priority = item.priority ? ` ${item.priority}` : '';
    return [`${indent}- [${item.status}]${priority} ${item.text}`, ...item.notes.flatMap((note) => [
      `${indent}  - ${note.text}`,
      ...note.sub.map((text) => `${indent}    - ${text}`),
    ])];
  };

  /** The day's log; `level` is the depth of its section headings (1 in a daily file, 2 under a day heading). */
  const render = (day, level) => {
    const h = (depth) => '#'.repeat(level + depth - 1);
    const lines = [`${h(1)} 待完成工作`, ''];
    for (const section of ['本周核心事项', '日常&提效工作', '项目工作']) {
      lines.push(`${h(2)} ${section}`, ...items.filter((item) => item.section === section).flatMap((item) => itemLine(item)), '');
    }
    lines.push(`${h(2)} 放火工作`, ...cycle.drills.map((drill) => `- [${drill.done ? 'x' : ' '}] ${drill.text}`));
    if (chance(0.5)) lines.push(`- [ ] ${pick(systems)}放火未触发报警的节点改造跟踪`, `  - [ ] ${pick(faults)}报警阈值确认`);
    lines.push('', `${h(2)} 工具平台`, `- ${pick(['数据构造低代码化', 'RPC接口（Thrift）', '数据驱动', '用例管理'])}`, `  - ${pick(notes)}`, '');

    const { start, end, rows } = cycle;
    lines.push(`${h(1)} 商账户人力排期（${dotted(start)}-${dotted(end)}）`, `本周期${weekdaysBetween(start, end)}天`, '');
    lines.push('|项目|天数|人员|时间周期|', '| -- | -- | -- | -- |');
    for (const row of rows) lines.push(`|${row.project}|${weekdaysBetween(row.start, row.end)}|${row.person}|${mmdd(row.start)}-${mmdd(row.end)}|`);
    lines.push('', '```mermaid', 'gantt', '    title 商账户人力排期一览', '    dateFormat YYYY-MM-DD', '    axisFormat %m/%d', '    excludes weekends', '');
    for (const person of [...new Set(rows.map((row) => row.person))]) {
      lines.push(`section ${person}`);
      // Mermaid reads a gantt end date as exclusive: the day after the last.
      for (const row of rows.filter((candidate) => candidate.person === person)) {
        lines.push(`    ${row.project}:${row.start <= day && day <= row.end ? 'active, ' : ''}${iso(row.start)},${iso(addDays(row.end, 1))}`);
      }
      lines.push('');
    }
    lines.push('```', '');

    lines.push(`${h(1)} 处罚中心路测流程`);
    for (let diagram = 0, count = 1 + Math.floor(next() * 3); diagram < count; diagram += 1) {
      const cast = actors.filter(() => chance(0.7));
      const used = cast.length >= 2 ? cast : actors.slice(0, 3);
      lines.push(`${h(2)} ${pick(flows)}（${pick(actors)[1]}）`, '', '```mermaid', 'sequenceDiagram', ...used.map(([id, name]) => `participant ${id} as ${name}`), '');
      // Every participant sends or receives, as in a drawn flow: each message hands on to the next one.
      for (let step = 0, steps = used.length + Math.floor(next() * 4); step < steps; step += 1) {
        const [from, to] = [used[step % used.length], used[(step + 1) % used.length]];
        lines.push(`${from[0]} ${chance(0.5) ? '->>' : '-->>'} ${to[0]}: ${pick(messages)}`);
      }
      lines.push('```', '');
    }
    lines.push(pick(['多个节点共用数据库，监控直接取数据，无法确认具体节点。', '今天环境不稳定，下午重启了两次。', '和开发约了明早对齐联调。', '预发数据库慢查询已反馈DBA。']), '');
    return lines;
  };

  return { advance, render };
}

/** `count` daily logs from 2015-01-05, one a weekday, as `YYYY/MM/YYYY-MM-DD.md` with their text. */
export function corpusLogs(count, seed = benchSeed) {
  const team = teamFrom(seed);
  return weekdays(new Date(Date.UTC(2015, 0, 5)), count).map((day) => {
    team.advance(day);
    const title = `# 今日工作 ${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
    const name = `${day.getUTCFullYear()}/${pad(day.getUTCMonth() + 1)}/${iso(day)}.md`;
    return { name, date: iso(day), text: [title, '', ...team.render(day, 1)].join('\n') };
  });
}

/** One file of weekdays from 2020-01-06, each under a top-level `# YYYY-MM-DD` heading, until it holds `bytes`. */
export function manyDaysFile(bytes, seed = benchSeed) {
  const team = teamFrom(seed + bytes);
  const parts = [];
  let size = 0;
  let last = null;
  for (let day = new Date(Date.UTC(2020, 0, 6)); size < bytes; day = addDays(day, 1)) {
    if (!isWeekday(day)) continue;
    team.advance(day);
    const text = [`# ${iso(day)}`, '', ...team.render(day, 2)].join('\n');
    parts.push(text);
    size += Buffer.byteLength(text) + 1;
    last = iso(day);
  }
  return { text: parts.join('\n'), days: parts.length, last };
}

/** A digest of generated logs: names and bytes, so a test can tell the same inputs from changed ones. */
export function digestOf(logs) {
  const hash = createHash('sha256');
  for (const log of logs) hash.update(`${log.name}\0${log.text}\0`);
  return hash.digest('hex');
}

const exists = (path) => stat(path).then(() => true, () => false);

/** Writes a part of the inputs under a temporary name and renames it, so an interrupted run leaves nothing half-written. */
async function writePart(path, write) {
  if (await exists(path)) return;
  const partial = `${path}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await write(partial);
  await rename(partial, path);
}

/**
 * The name of the folder the inputs are cached in: the generator's version, and a digest of what it is made from,
 * so an edit to the generator never leaves inputs written by the code before it.
 */
export function inputsKey() {
  const hash = createHash('sha256');
  for (const file of ['bench/inputs.mjs', 'scripts/seeded-random.mjs', 'fixtures/2023-11-12.md']) hash.update(readFileSync(join(root, file)));
  return `v${generatorVersion}-${hash.digest('hex').slice(0, 12)}`;
}

/** The big files' sizes by label. */
export const fileSizes = [['1 MB', 1], ['4 MB', 4], ['10 MB', 10]];

/**
 * Makes sure the inputs exist under `base` (written once per generator version) and says where they are.
 * `quick` writes only the reference log, 260 logs and the 1 MB file.
 */
export async function ensureInputs({ base = defaultInputsDir, quick = false } = {}) {
  const key = inputsKey();
  const dir = join(base, key);
  await mkdir(dir, { recursive: true });
  // Older versions' inputs are never read again.
  for (const name of await readdir(base)) if (name !== key) await rm(join(base, name), { recursive: true, force: true });

  const reference = join(dir, 'reference', '2023-11-12.md');
  await writePart(dirname(reference), async (partial) => {
    await mkdir(partial, { recursive: true });
    await copyFile(join(root, 'fixtures', '2023-11-12.md'), join(partial, '2023-11-12.md'));
  });

  const count = quick ? 260 : 2600;
  const corpus = join(dir, `corpus-${count}`);
  const logs = corpusLogs(count);
  await writePart(corpus, async (partial) => {
    for (const log of logs) {
      await mkdir(dirname(join(partial, log.name)), { recursive: true });
      await writeFile(join(partial, log.name), log.text);
    }
  });

  const files = [];
  for (const [label, megabytes] of quick ? fileSizes.slice(0, 1) : fileSizes) {
    const path = join(dir, `days-${megabytes}mb.md`);
    const file = manyDaysFile(megabytes * megabyte);
    await writePart(path, (partial) => writeFile(partial, file.text));
    files.push({ label, path, megabytes, days: file.days, today: file.last });
  }
  return {
    dir,
    reference: { path: reference, today: '2023-11-13' },
    corpus: { path: corpus, count, today: logs.at(-1).date },
    files,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--inputs');
  const inputs = await ensureInputs({ base: at >= 0 ? args[at + 1] : defaultInputsDir, quick: args.includes('--quick') });
  console.log(JSON.stringify(inputs, null, 2));
}
