/** Seeded logs for the splitting tests: many days with the blocks that could hide a heading line, and line soups of them. */

import { randomFrom } from '../../scripts/seeded-random.mjs';

const dayBlocks: readonly ((pick: () => number) => string)[] = [
  () => '- [ ] 对账服务回归 P1\n  - [x] 准备数据\n    - [ ] 子项\n- [x] payment gateway review\n  ```mermaid\n  gantt\n  # not a heading\n  ```\n- [-] cancelled',
  (pick) => `${'`'.repeat(3 + Math.floor(pick() * 3))}sh\n# a shell comment\n\`\`\`\n# still code when the fence is longer\n${'`'.repeat(6)}`,
  () => '~~~\n# in a tilde fence\n```\n# still in it\n~~~',
  () => '<!-- a note\n# a heading line in a comment\n-->',
  () => '<div>\n# a heading line in a div\n</div>',
  () => '<details>\n<summary>more</summary>\n\n# this one is a heading\n\n</details>',
  () => '| 姓名 | 工时 |\n|---|---|\n| 张三 | 8 |\n| 李四 | 6 |\nafter the table',
  () => '> quoted\n> # quoted heading\nlazy line\n\n> - [ ] quoted item',
  () => 'A setext heading\n================\n\nAnother\n---',
  () => '1. first\n2. second\n   ```\n   # code in an item\n   ```\n3. third',
  () => 'a paragraph\n- an item\nlazy text\n  still the item',
  () => '    # indented code\n    more code',
  () => '```mermaid\ngantt\n    dateFormat YYYY-MM-DD\n    section A\n    task :a1, 2024-01-02, 3d\n```',
  () => '- item\n  \n  after a white line',
  () => '- item\n  ```\n  open fence in an item\n  ',
  () => '* * *\n- a\n\n  b\n\n    c',
  () => '<script>\n# not a heading\n</script>',
  () => 'text with <span>inline html</span>\nmore <br>',
];

/** A log of many days, each with a few random blocks; sometimes front matter, a title above `##` days, a definition. */
export function manyDays(seed: number, days: number): string {
  const pick = randomFrom(seed);
  const out: string[] = [];
  if (pick() < 0.3) out.push('---\ntitle: 工作日志\n# a YAML comment\n---');
  const nested = pick() < 0.4;
  if (nested) out.push('# 工作日志');
  for (let day = 0; day < days; day++) {
    const date = new Date(Date.UTC(2024, 0, 2 + day)).toISOString().slice(0, 10);
    out.push(`${nested ? '##' : '#'} ${date}`);
    const blocks = 1 + Math.floor(pick() * 4);
    for (let block = 0; block < blocks; block++) {
      const make = dayBlocks[Math.floor(pick() * dayBlocks.length)] ?? dayBlocks[0];
      out.push(make?.(pick) ?? '');
      if (pick() < 0.7) out.push('');
    }
    if (pick() < 0.3) out.push('### 笔记\n- note');
  }
  if (seed % 7 === 0) out.splice(Math.floor(out.length / 2), 0, '[wiki]: https://example.com/wiki');
  if (pick() < 0.2) out.push('```\n# an unclosed fence runs to the end\n# 2099-01-01');
  return `${out.join('\n')}\n`;
}

/** Lines whose meaning depends on what came before: fences, HTML, list markers, quotes, indents, headings. */
const tangles: readonly string[] = [
  '# h', '## h', '# h', '#', ' # h', '   # h', '```', '```js', '````', '  ```', '   ```', '~~~', '~~~~', '``` a`b', '    ```',
  '- a', '- ```', '-', '* * *', '1. a', '2) a', '10. a', '  - b', '   - c', '-    d', '> a', '> ```', '>', 'text', 'text', '  text',
  '    code', '      deep', '', '', '', '  ', '<div>', '</div>', '<!--', '-->', '<!-- x -->', '<!-->', '<?>', '<!--->', '<!X', '<textarea>', '</textarea>', '<script>', '</script>', '<span>',
  '<a href=">">', '>  ', '> - ```', '<?x', '?>', '| a | b |', '|---|---|', '===', '---', '- [ ] t', '  - [x] u', '<![CDATA[', ']]>',
];

/** A soup of tangled lines, so that cuts land after every kind of unfinished block. */
export function tangledLines(seed: number, count: number): string {
  const pick = randomFrom(seed);
  return Array.from({ length: count }, () => tangles[Math.floor(pick() * tangles.length)] ?? '').join('\n');
}
