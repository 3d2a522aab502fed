/** Every markdown view passes markdownlint's default rules, so it renders on GitHub as written and lints clean in a wiki repository. */

import { lint } from 'markdownlint/promise';
import type { Configuration } from 'markdownlint';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// Line length is the one default left out: a table row, a heading or a URL from the log cannot be wrapped.
const defaults: Configuration = { default: true, MD013: false };

// The rule table is a fragment the README embeds under its own heading, with an anchor per rule that help links point at.
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

  it('rules', async () => {
    expect(await problems(await markdownOf(['rules']), ruleTable)).toEqual([]);
  });

  it('catches what it guards against: two top headings, a code block without a language, an uneven table', async () => {
    const bad = '# One\n\n# Two\n\n```\nchart\n```\n\n| a | b |\n| --- | --- |\n| 1 |  |\n| 2 | 3 | 4 |\n';
    const found = (await problems(bad)).map((problem) => problem.split(' ')[1]?.split('/')[0]);
    expect(found).toEqual(expect.arrayContaining(['MD025', 'MD040', 'MD056', 'MD060']));
  });

  it('keeps the load chart a table and leaves nothing cut short', async () => {
    const markdown = await markdownOf(['report', 'fixtures/2023-11-12.md']);
    expect(markdown).not.toContain('```');
    expect(markdown).not.toContain('…');
    expect(markdown).toContain('## Staffing table (line 63) · 商账户人力排期（11.06-12.01） · 2023-11-06 – 2023-12-01 · capacity 20 working days');
    expect(markdown).toContain('| 张迪 | # | # | # | # | # | # | # | # | # | X | X |');
    expect(markdown).toContain('| Person | 10-16 | 10-23 |');
  });
});
