// Writes a folder of daily logs as a lead keeps them, each started from the day before: items carried, ticked,
// reworded, cancelled and dropped, due dates passing, drills done and copied forward. For measuring commands that
// read many days (`worklog trend`, `status` with history).
// Usage: node scripts/daily-logs.mjs DIR [COUNT=250]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, countText = '250'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/daily-logs.mjs DIR [COUNT]');
  process.exit(2);
}
const count = Number(countText);

// A fixed seed: the same folder every run, so measurements compare.
let seed = 20240101;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const subjects = ['支付网关', '对账服务', '商户进件', '清结算', '发票服务', '营销活动', 'payment gateway', 'refund service', '风控规则', '账户中心'];
const verbs = ['压测方案评审', '回归用例整理', '上线验证', '性能基线对比', 'review the design doc', 'flaky test triage', '告警阈值调整', '发布窗口确认'];
const systems = ['钱包', '收银台', '营销', '账户中心'];
const faults = ['磁盘', 'CPU', '内存', '网络'];

const iso = (date) => date.toISOString().slice(0, 10);
const day = new Date(Date.UTC(2024, 0, 2));
let items = [];
let serial = 0;
const newItem = (date) => {
  serial += 1;
  const due = random() < 0.3 ? new Date(date.getTime() + Math.floor(random() * 10) * 86400000) : null;
  return { text: `${pick(subjects)}${pick(verbs)} #${serial}`, status: ' ', due: due ? iso(due) : null, priority: pick(['P0', 'P1', 'P2', null]) };
};

mkdirSync(dir, { recursive: true });
for (let written = 0; written < count; ) {
  const weekday = day.getUTCDay();
  if (weekday !== 0 && weekday !== 6) {
    // Yesterday's open items carried; some ticked, cancelled, dropped or reworded; a few new ones.
    items = items.filter((item) => item.status === ' ').filter(() => random() > 0.04).map((item) => {
      const roll = random();
      if (roll < 0.12) return { ...item, status: 'x' };
      if (roll < 0.14) return { ...item, status: '-' };
      if (roll < 0.17) return { ...item, text: `${item.text}（补充）` };
      return item;
    });
    while (items.filter((item) => item.status === ' ').length < 22) items.push(newItem(day));
    const drills = systems.flatMap((system) => faults.map((fault) => `- [${random() < 0.6 ? 'x' : ' '}] ${system}${fault}放火`));
    const lines = [
      `# ${iso(day)} 工作日志`,
      '',
      '## 今日工作',
      ...items.map((item) => `- [${item.status}] ${item.priority ? `【${item.priority}】` : ''}${item.text}${item.due ? ` 📅 ${item.due}` : ''}`),
      '',
      '## 放火工作',
      ...drills,
      '',
      '## 备注',
      '',
      '今天的发布窗口在晚上 20:00，注意回滚预案。',
      '',
    ];
    writeFileSync(join(dir, `${iso(day)}.md`), lines.join('\n'));
    written += 1;
  }
  day.setUTCDate(day.getUTCDate() + 1);
}
console.log(`${count} logs in ${dir}`);
