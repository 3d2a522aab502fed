/** Seeded mutations of a log and generated logs of chosen shapes: inputs nobody would write on purpose, reproducibly. */

// The same seeded generator the fixture scripts use: the same seed gives the same inputs on every machine.
import { randomFrom } from '../../scripts/seeded-random.mjs';

export { randomFrom };

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

// Pieces of the dialect and of hostile text: markers, separators, dates far and near, controls, CJK.
const tokens = [
  '[ ]', '- [x] ', '- P1 [ ] ', '[√]', '|', '| --- |', '\n', '\n\n', '\t', '：', ':', ';', '#', '%%', '>', '> > ', '【', '】', '（', '）',
  'P0', 'P1', '⏫', '2023-11-13', '9999-12-31', '10000-01-01', '6023-', '0000-00-00', '1127-1215', '13-35', 'after a', 'after ',
  'until x', ', 365000d', ', 1d', 'section ', 'gantt', 'sequenceDiagram', '```', '```mermaid\n', '~~~', 'loop x\n', 'end\n',
  'participant a as b\n', 'a->>b: hi\n', '\u0000', '\u001b[2J', '\u0007', '\uFFFE', '\uFFFF', '\u2028', '\u202e', '\u061c',
  '𝌆', '👩‍💻', '@everyone', 'https://evil.example/', 'a@b.co', '放火', 'CPU', '磁盘', '内存', '未触发报警', '钱包', '张迪', '12个',
  '<!--', '-->', '<script>', '&amp;', '\\', '*', '_', '---\n', '+++', '    ', '1. ', '1、', '☐', '🔺',
];

const numbers = ['0', '1', '31', '13', '99', '2023', '9999', '10000', '99999999', '-1', '1e9', '0.5'];

/** One random edit of the text. */
function mutateOnce(text: string, random: Random): string {
  const at = between(random, 0, text.length);
  const span = between(random, 1, 200);
  const lines = text.split('\n');
  switch (between(random, 0, 8)) {
    case 0:
      return text.slice(0, at) + pick(random, tokens) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + span);
    case 2:
      return text.slice(0, at) + text.slice(at, at + span).repeat(between(random, 2, 20)) + text.slice(at);
    case 3: {
      const [a, b] = [between(random, 0, lines.length - 1), between(random, 0, lines.length - 1)];
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 4:
      lines.splice(between(random, 0, lines.length), 0, pick(random, lines));
      return lines.join('\n');
    case 5:
      return text.replace(/\d+/g, (digits) => (random() < 0.05 ? pick(random, numbers) : digits));
    case 6: {
      const index = between(random, 0, lines.length - 1);
      const prefix = pick(random, ['  ', '> ', '- ', '\t', '1. ']).repeat(between(random, 1, 60));
      lines[index] = `${prefix}${lines[index] ?? ''}`;
      return lines.join('\n');
    }
    case 7:
      return text.slice(0, at);
    default:
      return text.slice(0, at) + String.fromCodePoint(between(random, 0, 0x10ffff)).replace(/[\uD800-\uDFFF]/g, '\uFFFD') + text.slice(at);
  }
}

/** The text with one to four random edits. */
export function mutate(text: string, random: Random): string {
  let result = text;
  for (let edits = between(random, 1, 4); edits > 0; edits--) result = mutateOnce(result, random);
  return result;
}

/** The knobs of a generated log: how much of each thing, how deep, how far apart in time. */
export interface LogShape {
  items: number;
  depth: number;
  cycleYears: number;
  tasks: number;
  afterChain: boolean;
  nestedBlocks: number;
  tableColumns: number;
  itemLength: number;
}

export function randomShape(random: Random): LogShape {
  return {
    items: pick(random, [0, 10, 200, 3000]),
    depth: pick(random, [0, 3, 20, 120]),
    cycleYears: pick(random, [0, 1, 6, 400, 7976]),
    tasks: pick(random, [0, 5, 300, 3000]),
    afterChain: random() < 0.5,
    nestedBlocks: pick(random, [0, 3, 150, 600]),
    tableColumns: pick(random, [4, 40, 2000]),
    itemLength: pick(random, [20, 2000, 60000]),
  };
}

/** A log of the given shape, built from the same parts as the reference log; the same shape gives the same log. */
export function generateLog(shape: LogShape): string {
  const random = randomFrom(Object.values(shape).reduce<number>((sum, value) => sum * 31 + Number(value), 7));
  const parts = ['# 今日工作 2023年11月12日', '', '## 待完成工作', ''];
  for (let index = 0; index < shape.items; index++) {
    const depth = index % Math.max(1, shape.depth + 1);
    parts.push(`${'  '.repeat(depth)}- [${random() < 0.3 ? 'x' : ' '}] P${index % 5} 钱包磁盘放火 第${index}项`);
  }
  if (shape.itemLength > 20) parts.push(`- [ ] 营销CPU放火 ${'节点故障注入CPU内存'.repeat(Math.ceil(shape.itemLength / 10))}`);
  parts.push('', '## 放火工作', '');
  parts.push(`${'> '.repeat(shape.depth)}- [ ] 钱包内存放火`);
  const endYear = Math.min(9999, 2023 + shape.cycleYears);
  parts.push('', `## 人力排期（2023-11-06 ~ ${endYear}-12-31）`, '');
  const headers = ['项目', '人员', '时间周期', '天数', ...Array.from({ length: Math.max(0, shape.tableColumns - 4) }, (_, index) => `备注${index}`)];
  parts.push(`| ${headers.join(' | ')} |`, `|${' --- |'.repeat(headers.length)}`);
  parts.push(`| 资金对账 | 张迪 | 2023-11-06 ~ ${endYear}-12-01 | 7 |`);
  parts.push(`| 结算对账 | 张迪 | 1127-1201 | 5 |`);
  parts.push('', '```mermaid', 'gantt', '  dateFormat YYYY-MM-DD', '  excludes weekends');
  // As plans are written: a section per person, each person's tasks one after another, a few of them overlapping.
  const people = Math.max(1, Math.ceil(shape.tasks / 150));
  for (let person = 0; person < people; person++) {
    parts.push(`  section 成员${person}`);
    for (let index = person; index < shape.tasks; index += people) {
      const previous = index - people;
      const start = previous < 0 ? '2023-11-01' : shape.afterChain || random() < 0.9 ? `after t${previous}` : `2023-11-${String(1 + (index % 28)).padStart(2, '0')}`;
      parts.push(`  任务${index} :t${index}, ${start}, ${1 + (index % 5)}d`);
    }
  }
  parts.push(`  远期任务 :far, ${endYear}-01-02, 3d`, '```', '', '```mermaid', 'sequenceDiagram', '  participant a as 端');
  for (let depth = 0; depth < shape.nestedBlocks; depth++) parts.push(`${' '.repeat(depth % 40)}loop 第${depth}层`);
  parts.push('  a->>b: 申诉');
  for (let depth = 0; depth < shape.nestedBlocks; depth++) parts.push('end');
  parts.push('```', '');
  return parts.join('\n');
}
