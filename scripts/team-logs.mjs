// Writes fixtures/ci/team-logs/: a QA lead's 40 daily logs in YYYY/MM/ folders, as a team commits them, with the slips
// people make when writing fast (a priority before the box, a full-width colon in a diagram, an exclusive gantt end).
// Deterministic: the same script writes the same files, so the output is committed and reviewed like code.
// Usage: node scripts/team-logs.mjs
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomFrom } from './seeded-random.mjs';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'ci', 'team-logs');


const pad = (n) => String(n).padStart(2, '0');
const iso = (date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const addDays = (date, days) => new Date(date.getTime() + days * 86_400_000);

// Qingming and Labour Day off; the logs are written on working days only.
const daysOff = new Set(['2024-04-04', '2024-04-05', '2024-05-01', '2024-05-02', '2024-05-03']);
const days = [];
for (let day = new Date(Date.UTC(2024, 2, 25)); days.length < 40; day = addDays(day, 1)) {
  const weekday = day.getUTCDay();
  if (weekday !== 0 && weekday !== 6 && !daysOff.has(iso(day))) days.push(day);
}

const projects = ['资金对账三期', '发票服务四期', '会员积分改造', '清分系统迁移', '优惠券叠加规则', '商城大促回归', '风控引擎升级', '账单导出优化'];
const routine = ['测试日报发送', '自动化用例迁移（剩余30条）', '预发环境脏数据清理', '测试账号池扩容', '周会纪要整理', '线上问题周报'];
const systems = ['钱包', '账单中心', '清分系统', '会员中心', '发票服务', '风控引擎'];
const faults = ['磁盘', 'CPU', '内存', '网络延迟', '进程kill'];
const people = ['周嘉怡', '孙浩然', '林晓东', '郑雨桐', '何志鹏'];

/** The two-week cycle a day falls in, from a Monday, as the team plans it. */
function cycleOf(day) {
  const first = Date.UTC(2024, 2, 25);
  const index = Math.floor((day.getTime() - first) / (14 * 86_400_000));
  const start = new Date(first + index * 14 * 86_400_000);
  return { start, end: addDays(start, 11) };
}

const short = (date) => `${date.getUTCMonth() + 1}.${pad(date.getUTCDate())}`;
const mmdd = (date) => `${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;

function logText(day, index) {
  const next = randomFrom(20240325 + index * 7919);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const lines = [`# 今日工作 ${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`, '', '## 待完成工作', '', '### 项目工作'];
  const todays = projects.filter(() => chance(0.5)).slice(0, 5);
  for (const project of todays.length > 0 ? todays : [pick(projects)]) {
    const priority = pick(['P0', 'P1', 'P2', 'P3']);
    const done = chance(0.3);
    // Written in a hurry: the priority before the box, which GitHub shows as plain text.
    if (!done && chance(0.12)) lines.push(`- ${priority} [ ] ${project}用例评审`);
    else if (!done && chance(0.06)) lines.push(`- [] ${project}提测跟踪`);
    else lines.push(`- [${done ? 'x' : ' '}] ${project}${pick(['用例评审', '提测跟踪', '回归测试', '联调问题跟进', '上线验证'])} ${priority}`);
  }
  if (chance(0.15)) lines.push(`- [~] ${pick(projects)}性能基线待确认`);
  lines.push('', '### 日常');
  for (const chore of routine.filter(() => chance(0.4))) lines.push(`- [${chance(0.5) ? 'x' : ' '}] ${chore}`);
  lines.push(`- [ ] ${pick(['和开发对齐', '找产品确认', '约运维'])}${pick(projects)}的排期？`);

  lines.push('', '## 放火');
  const system = systems[index % systems.length];
  const fault = faults[index % faults.length];
  lines.push(`- [x] ${system}${fault}放火${chance(0.5) ? `（${2 + Math.floor(next() * 6)}个节点，告警正常）` : ''}`);
  lines.push(`- [ ] ${pick(systems)}${pick(faults)}放火待排期`);
  if (chance(0.2)) lines.push(`- [ ] ${pick(systems)}内存放火，上次告警未触发，等监控组调阈值后重放`);

  const { start, end } = cycleOf(day);
  const secondWeek = addDays(start, 7);
  const [first, second, third] = [people[index % 5], people[(index + 1) % 5], people[(index + 2) % 5]];
  const [projectA, projectB] = [projects[index % projects.length], projects[(index + 3) % projects.length]];
  lines.push('', `## 测试人力排期（${short(start)}-${short(end)}）`, '本周期10天', '', '|项目|天数|人员|时间周期|', '| -- | -- | -- | -- |');
  lines.push(`|${projectA}|5|${first}|${mmdd(start)}-${mmdd(addDays(start, 4))}|`);
  lines.push(`|${projectB}|5|${first}|${mmdd(secondWeek)}-${mmdd(end)}|`);
  lines.push(`|${projectB}|${chance(0.25) ? 4 : 5}|${second}|${mmdd(start)}-${mmdd(addDays(start, 4))}|`);
  lines.push(`|放火平台二期|10|${third}|${mmdd(start)}-${mmdd(end)}|`);

  // Some days the chart's end is written as the last working day, which mermaid reads as exclusive.
  const exclusiveEnd = chance(0.3);
  const missingColon = index % 8 === 5;
  lines.push('', '```mermaid', 'gantt', '    title 测试人力排期', '    dateFormat YYYY-MM-DD', '    excludes weekends', '');
  lines.push(`    section ${first}`);
  lines.push(`    ${projectA} :active, ${iso(start)}, 5d`);
  lines.push(missingColon ? `    ${projectB} ${iso(secondWeek)} 5d` : `    ${projectB} :${iso(secondWeek)}, 5d`);
  lines.push(`    section ${second}`);
  lines.push(`    ${projectB} :${iso(start)}, ${exclusiveEnd ? iso(addDays(start, 4)) : iso(addDays(start, 5))}`);
  lines.push('```');

  if (index % 3 === 0) {
    // Copied from a chat window: a full-width colon that mermaid does not read as a message.
    const colon = index % 6 === 0 ? '：' : ': ';
    lines.push('', `### ${pick(systems)}冻结流程`, '', '```mermaid', 'sequenceDiagram', '    participant 端', '    participant 网关', '    participant 账户');
    lines.push(`    端 ->> 网关${colon}发起冻结`, '    网关 ->> 账户: 冻结余额', `    账户 -->> 端: 冻结结果`, '```');
  }
  lines.push('', '## 备注', `- ${pick(['今天环境不稳定，下午重启了两次', '和开发约了明早对齐联调', '周报素材已整理', '预发数据库慢查询已反馈DBA'])}`, '');
  return lines.join('\n');
}

// Files are overwritten, not the folder removed: the findings checked in beside each log stay (UPDATE_FIXTURES=1 rewrites them).
for (const [index, day] of days.entries()) {
  const path = join(folder, String(day.getUTCFullYear()), pad(day.getUTCMonth() + 1), `${pad(day.getUTCDate())}.md`);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, logText(day, index));
}

await writeFile(join(folder, 'README.md'), `# 测试组工作日志

每天一篇，放在 \`年/月/日.md\`（例如 \`2024/04/09.md\`），从 \`TEMPLATE.md\` 复制。
没写完的放 \`drafts/\`，不进 CI 检查。

- 待办用 GFM 勾选框：\`- [ ] 事项 P1\`，优先级写在框后面
- 人力排期表：项目 | 天数 | 人员 | 时间周期
- 甘特图里的结束日期是“不含”的：最后一天 + 1
`);

await writeFile(join(folder, 'TEMPLATE.md'), `# 今日工作 YYYY年MM月DD日

## 待完成工作

### 项目工作
- [ ] 事项 P1

### 日常
- [ ] 测试日报发送

## 放火
- [ ] 系统 故障类型 放火

## 测试人力排期（MM.DD-MM.DD）
本周期10天

|项目|天数|人员|时间周期|
| -- | -- | -- | -- |
|项目|5|姓名|MMDD-MMDD|
`);

await mkdir(join(folder, 'drafts'), { recursive: true });
await writeFile(join(folder, 'drafts', '2024-05-22.md'), `# 今日工作 2024年5月22日

- P0 [ ] 资金对账三期上线（还没想好怎么写）
-【 】会员积分改造
- [?] 待定

\`\`\`mermaid
sequenceDiagram
    端 ->> 网关：草稿
\`\`\`
`);
