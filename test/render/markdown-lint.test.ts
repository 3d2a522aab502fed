/** Every markdown view passes markdownlint's default rules, so it renders on GitHub as written and lints clean in a wiki repository. */

import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { lint } from 'markdownlint/promise';
import type { Configuration } from 'markdownlint';
import { describe, expect, it } from 'vitest';
import { filesUnder, fixturesDir, root, runCli, temporaryDirectory } from '../helpers.js';

// markdownlint's defaults, every rule on, line length (80) included.
const defaults: Configuration = { default: true };

// The rule list is a fragment the README embeds under its own heading, with an anchor per rule that help links point at.
const ruleTable: Configuration = { ...defaults, MD041: false, MD033: { allowed_elements: ['a'] } };

async function problems(markdown: string, config: Configuration = defaults): Promise<string[]> {
  const results = await lint({ strings: { view: markdown }, config });
  return (results.view ?? []).map((error) => `${error.lineNumber}: ${error.ruleNames.join('/')} ${error.errorDetail ?? ''} ${error.errorContext ?? ''}`);
}

async function markdownOf(args: string[]): Promise<string> {
  const result = await runCli([...args, '--format', 'markdown']);
  expect(result.stderr).toBe('');
  return result.stdout;
}

const inputs = ['fixtures/2023-11-12.md', 'fixtures/history/2023-11-08.md', 'fixtures/history/2023-11-13.md', 'fixtures/history/days'];
const commands = ['status', 'report', 'schedule', 'coverage', 'items'];

describe('markdown that lints clean', () => {
  for (const input of inputs) {
    for (const command of commands) {
      it(`${command} ${input}`, async () => {
        expect(await problems(await markdownOf([command, input]))).toEqual([]);
      });
    }
  }

  for (const args of [['status', '--all-logs'], ['report', '--all-logs'], ['items', '--all-logs', '--all']]) {
    it(`${args.join(' ')} fixtures/history/days: one top heading for the page, each day's headings distinct`, async () => {
      const markdown = await markdownOf([...args, 'fixtures/history/days']);
      expect(await problems(markdown)).toEqual([]);
      if (args[0] !== 'items') expect(markdown).toContain('## Open by priority · 2025-04-22');
    });
  }

  for (const log of filesUnder(join(fixturesDir, 'realworld'), '.md').filter((file) => existsSync(file.replace(/\.md$/, '.findings.txt')))) {
    it(`every view of realworld/${basename(log)}`, async () => {
      for (const command of commands) {
        const result = await runCli([command, log, '--format', 'markdown']);
        expect(await problems(result.stdout), `${command}\n${result.stdout}`).toEqual([]);
      }
    });
  }

  for (const args of [['status', '--all-logs'], ['report', '--all-logs'], ['items', '--all-logs', '--all'], ['trend'], ['schedule'], ['coverage']]) {
    it(`${args.join(' ')} fixtures/history/weeks`, async () => {
      expect(await problems(await markdownOf([...args, 'fixtures/history/weeks']))).toEqual([]);
    });
  }

  it('rules', async () => {
    expect(await problems(await markdownOf(['rules']), ruleTable)).toEqual([]);
  });

  it('catches what it guards against: two top headings, a code block without a language, an uneven table, a long line', async () => {
    const bad = `# One\n\n# Two\n\n\`\`\`\nchart\n\`\`\`\n\n| a | b |\n| --- | --- |\n| 1 |  |\n| 2 | 3 | 4 |\n\n${'word '.repeat(20)}\n`;
    const found = (await problems(bad)).map((problem) => problem.split(' ')[1]?.split('/')[0]);
    expect(found).toEqual(expect.arrayContaining(['MD013', 'MD025', 'MD040', 'MD056', 'MD060']));
  });

  it('keeps the load chart a table and leaves nothing cut short', async () => {
    const markdown = await markdownOf(['report', 'fixtures/2023-11-12.md']);
    expect(markdown).not.toContain('```');
    expect(markdown).not.toContain('…');
    // The plan's title and dates go under a short heading; a table too wide for 80 columns loses its padding instead.
    expect(markdown).toContain('### Staffing table (line 63)\n\n商账户人力排期（11.06-12.01） · 2023-11-06 – 2023-12-01 · capacity 20 working days\n');
    expect(markdown).toContain('|张迪|#|#|#|#|#|#|#|#|#|X|X|');
    expect(markdown).toContain('|Person|10-16|10-23|');
    expect(markdown).toContain('|王健|1/5|5/5,&nbsp;5&nbsp;X|');
  });
});

// A log written to push every view past 80 columns: a long title, a 300-character message, host lists, CJK without spaces.
const longEnglish = 'Reconcile the settlement files from the acquiring bank with the ledger export for every merchant on the new platform, and write down each difference with its amount, currency, merchant id and the batch it came from, so that finance can sign off the migration before the freeze';
const hosts = Array.from({ length: 12 }, (_, index) => `pay-gw-${index + 1}.payments.internal.example.com`);
const cjk = '信贷风控有一个新识别的节点未完成放火（内存、CPU）在正式环境放火，营销方向的放火（磁盘全部，CPU6个，内存1个）需要跟踪报警改造';
const crowdedLog = [
  '# Payments platform migration daily log with a title far longer than any heading line should be',
  '',
  '## 放火工作与平台迁移跟踪事项（本周核心事项，含营销、信用卡、信贷风控、钱包和支付中台方向）',
  '',
  `- P1 [ ] ${longEnglish}`,
  `- [ ] hosts to drill: ${hosts.join(', ')}`,
  `- [ ] 四个节点：[${hosts.map((host) => `'${host}'`).join(',')}]`,
  `- [ ] ${cjk}${cjk}`,
  `  - [ ] ${longEnglish.toLowerCase()} - 1. + again`,
  '- [x] 巡检告警阈值',
  '',
].join('\n');

describe('markdown that lints clean however long the log\'s text', () => {
  it('wraps long messages, host lists and CJK text in every view, and keeps every message whole', async () => {
    const dir = temporaryDirectory('worklog-md-');
    writeFileSync(join(dir, '2024-03-12.md'), crowdedLog);
    for (const command of commands) {
      const { stdout } = await runCli([command, '2024-03-12.md', '--format', 'markdown'], { cwd: dir });
      expect(await problems(stdout), command).toEqual([]);
      if (command === 'status' || command === 'report') {
        const oneLine = stdout.replace(/\n +/g, ' ').replace(/\n(?![-#\n|])/g, ' ');
        expect(oneLine).toContain(longEnglish.slice(0, 120));
        expect(oneLine).toContain(hosts.join(', '));
        // CJK runs are never broken: GitHub would show the break as a space between two characters.
        expect(stdout).toContain(`${cjk}${cjk}`);
        expect(stdout).toContain('# Work log');
      }
    }
  });
});

describe('markdownlint-cli2, as CI would run it', () => {
  it('finds nothing in the reference report, with its default rules and no configuration file in reach', async () => {
    const dir = temporaryDirectory('worklog-md-cli2-');
    writeFileSync(join(dir, 'report.md'), await markdownOf(['report', 'fixtures/2023-11-12.md']));
    const cli2 = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
    const result = await promisify(execFile)(process.execPath, [cli2, 'report.md'], { cwd: dir }).then(
      ({ stdout, stderr }) => ({ code: 0, output: `${stdout}${stderr}` }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
    );
    expect(result.output).toContain('Linting: 1 file');
    expect(result.output).toContain('Summary: 0 issues');
    expect(result.code).toBe(0);
  });
});
