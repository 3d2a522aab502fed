import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, temporaryDirectory } from '../helpers.js';

// Input that took minutes and gigabytes, or overflowed the stack, now takes seconds and a few hundred megabytes. The
// budget is generous on purpose: a minute and a gigabyte of heap, so that only a return to that cost fails.
const budget = { seconds: 60, heapMegabytes: 1024 };

/** `worklog check FILE` with the built CLI, as users run it; `npm test` builds before it tests. */
function check(file: string) {
  return spawnSync(process.execPath, [`--max-old-space-size=${budget.heapMegabytes}`, join(root, 'bin/worklog.js'), 'check', file], {
    encoding: 'utf8', timeout: budget.seconds * 1000, maxBuffer: 64 * 1024 * 1024, env: { PATH: process.env.PATH },
  });
}

const heading = '# 2023-11-14\n\n';
const cases: [string, () => string, string][] = [
  ['a megabyte of list nested 1,000 deep', () => heading + Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- [ ] item ${depth}\n`).join(''), 'parse/nesting-limit'],
  ['4,000 list levels on one line', () => `${heading}${'- '.repeat(4000)}[ ] x\n`, 'parse/nesting-limit'],
  ['10,000 block quotes', () => `${heading}${'>'.repeat(10_000)} x\n`, 'parse/nesting-limit'],
  ['a table of 100,000 columns', () => `${heading}|${'a|'.repeat(100_000)}\n|${'-|'.repeat(100_000)}\n|${'b|'.repeat(100_000)}\n`, 'parse/table-cells'],
  ['a drill item of a megabyte', () => `${heading}## 放火工作\n- [ ] 钱包${'磁盘放火 CPU 内存 network '.repeat(50_000)}\n`, 'coverage/pending'],
];

describe('input worklog was not meant for is read within a budget', () => {
  it.each(cases)('%s', (_name, write, ruleId) => {
    const file = join(temporaryDirectory('worklog-bounded-'), '2023-11-14.md');
    writeFileSync(file, write());
    const child = check(file);
    expect(child.error, 'finished within the budget').toBeUndefined();
    expect(child.stderr).toBe('');
    expect(child.status).toBeLessThan(2);
    expect(child.stdout).toContain(ruleId);
  }, budget.seconds * 1000 * 2);
});
