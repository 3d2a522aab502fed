import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git } from '../git.js';
import { runCli, temporaryDirectory } from '../helpers.js';
import type { JsonFinding } from '../fixture-findings.js';

/** A folder of files, from paths to their text. */
function folder(files: Record<string, string>, prefix = 'worklog-finding-'): string {
  const dir = temporaryDirectory(prefix);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const log = (date: string) => `# ${date}\n\n- [ ] 写周报\n`;

// A team's log folder: logs by year and month, a README and a template beside them, a draft, and what editors and tools leave.
const team = {
  'logs/2024/04/09.md': '# 每日工作\n\n- [ ] 写周报\n',
  'logs/2024/04/10.md': '# 2024-04-10\n\n- [?] 问一下\n',
  'logs/2024/05/2024-05-06.markdown': log('2024-05-06'),
  'logs/README.md': '# How we keep logs\n\n- [ ] P1 [ ] not a log\n',
  'logs/TEMPLATE.md': '# YYYY-MM-DD\n\n- [ ] \n',
  'logs/drafts/2024-04-11.md': log('2024-04-11'),
  'logs/node_modules/pkg/README.md': '# a package\n',
  'logs/.obsidian/workspace.md': '# settings\n',
  'logs/notes.txt': 'not a log\n',
};

const checked = async (dir: string, ...args: string[]) => {
  const result = await runCli(['check', '--format', 'json', ...args], { cwd: dir, env: { WORKLOG_TODAY: '2024-05-06' } });
  return { ...result, files: result.code === 2 ? [] : (JSON.parse(result.stdout) as { files: string[] }).files };
};

describe('finding the logs in a folder', () => {
  it('reads folders in it, skipping node_modules and dot-folders, and dates a log by its path', async () => {
    const dir = folder(team);
    const { files } = await checked(dir, 'logs');
    expect(files).toEqual([
      'logs/2024/04/09.md', 'logs/2024/04/10.md', 'logs/2024/05/2024-05-06.markdown', 'logs/README.md', 'logs/TEMPLATE.md', 'logs/drafts/2024-04-11.md',
    ]);
    const parsed = await runCli(['parse', 'logs/2024/04/09.md'], { cwd: dir });
    expect(JSON.parse(parsed.stdout)).toMatchObject({ logs: [{ file: 'logs/2024/04/09.md', date: '2024-04-09', dateSource: 'file-name' }] });
  });

  it("skips the configuration's ignores (relative to its file) and --ignore-pattern (relative to the working directory)", async () => {
    const dir = folder({ ...team, 'logs/worklog.config.json': JSON.stringify({ ignores: ['README.md', 'TEMPLATE.md'] }) });
    expect((await checked(join(dir, 'logs'), '.')).files).toEqual(['2024/04/09.md', '2024/04/10.md', '2024/05/2024-05-06.markdown', 'drafts/2024-04-11.md']);
    const skipped = await checked(join(dir, 'logs'), '--ignore-pattern', 'drafts', '--ignore-pattern', '**/10.md', '.');
    expect(skipped.files).toEqual(['2024/04/09.md', '2024/05/2024-05-06.markdown']);
    // The configuration's patterns are relative to its folder, wherever the run starts.
    expect((await checked(dir, '--config', 'logs/worklog.config.json', 'logs')).files).not.toContain('logs/README.md');
  });

  it('makes the usual README and template one line of the starter configuration', async () => {
    const dir = folder(team);
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    expect((await checked(dir, 'logs', '--ignore-pattern', 'logs/drafts')).files).toEqual([
      'logs/2024/04/09.md', 'logs/2024/04/10.md', 'logs/2024/05/2024-05-06.markdown',
    ]);
  });

  it('applies ignores to what a glob matches too, but reads a file named on the command line', async () => {
    const dir = folder(team);
    expect((await checked(dir, '--ignore-pattern', '**/README.md', 'logs/*.md')).files).toEqual(['logs/TEMPLATE.md']);
    expect((await checked(dir, '--ignore-pattern', '**/README.md', 'logs/README.md')).files).toEqual(['logs/README.md']);
  });

  it('says how to pass a glob when a folder has no logs, and how many the ignores skipped', async () => {
    const dir = folder({ 'notes/a.txt': 'x\n', 'only/README.md': '# readme\n' });
    expect(await runCli(['check', 'notes'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: "worklog: notes: no markdown logs (*.md, *.markdown) in this directory or the ones in it; for other files pass a quoted glob, e.g. 'notes/**/*.txt'\n",
    });
    expect((await runCli(['check', '--ignore-pattern', '**/README.md', 'only'], { cwd: dir })).stderr)
      .toContain('only: no markdown logs (*.md, *.markdown) in this directory or the ones in it (1 skipped by ignores or .gitignore)');
    expect(await runCli(['check', '--ignore-pattern', '**/README.md', 'only/*.md'], { cwd: dir })).toMatchObject({
      code: 2, stderr: 'worklog: only/*.md: every file it matches is skipped by ignores or .gitignore\n',
    });
  });
});

describe('in a git work tree', () => {
  const repository = () => {
    const dir = folder({
      ...team,
      '.gitignore': 'drafts/\n',
      'logs/.gitignore': 'scratch-*.md\n!scratch-keep.md\n',
      'logs/scratch-1.md': log('2024-04-12'),
      'logs/scratch-keep.md': log('2024-04-13'),
      'logs/mine.md': log('2024-04-14'),
    }, 'worklog-git-');
    git(dir, 'init', '-q');
    writeFileSync(join(dir, '.git/info/exclude'), 'mine.md\n');
    return dir;
  };

  it('skips what .gitignore files and info/exclude ignore, unless --no-gitignore', async () => {
    const dir = repository();
    const ignores = ['--ignore-pattern', '**/README.md', '--ignore-pattern', '**/TEMPLATE.md'];
    expect((await checked(dir, ...ignores, 'logs')).files).toEqual([
      'logs/2024/04/09.md', 'logs/2024/04/10.md', 'logs/2024/05/2024-05-06.markdown', 'logs/scratch-keep.md',
    ]);
    expect((await checked(dir, ...ignores, '--no-gitignore', 'logs')).files).toEqual([
      'logs/2024/04/09.md', 'logs/2024/04/10.md', 'logs/2024/05/2024-05-06.markdown', 'logs/drafts/2024-04-11.md',
      'logs/mine.md', 'logs/scratch-1.md', 'logs/scratch-keep.md',
    ]);
    expect((await checked(dir, 'logs/**/2024-04-1*.md')).files).toEqual([]);
  });

  it('names files from the top of the work tree, wherever the run starts, as GitHub maps annotations', async () => {
    const dir = repository();
    const result = await checked(join(dir, 'logs/2024'), '.');
    expect(result.files).toEqual(['logs/2024/04/09.md', 'logs/2024/04/10.md', 'logs/2024/05/2024-05-06.markdown']);
    const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.every((finding) => finding.file.startsWith('logs/2024/'))).toBe(true);
    expect(findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`)).toContain('logs/2024/04/10.md:3 parse/unknown-marker');
    const github = await runCli(['check', '--format', 'github', '04/10.md'], { cwd: join(dir, 'logs/2024') });
    expect(github.stdout).toContain('::warning file=logs/2024/04/10.md,line=3,');
  });
});

describe('a log from standard input', () => {
  it('takes the name and the date --stdin-filename gives it', async () => {
    const dir = folder({});
    const result = await runCli(['parse', '--stdin-filename', 'logs/2024/04/09.md', '-'], { cwd: dir, stdin: '# 每日工作\n\n- [ ] 写周报\n' });
    expect(JSON.parse(result.stdout)).toMatchObject({ logs: [{ file: 'logs/2024/04/09.md', date: '2024-04-09', dateSource: 'file-name' }] });
  });
});
