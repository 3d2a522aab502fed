import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, runCli, temporaryDirectory } from '../helpers.js';
import type { JsonFinding } from '../fixture-findings.js';

// One good log among entries a careless copy or a hostile archive leaves in a log folder; FIFOs and dangling links
// cannot be checked in, so the folder is built here.
const dir = temporaryDirectory('worklog-unreadable-');
const logs = join(dir, 'logs');
mkdirSync(logs);
copyFileSync(join(fixturesDir, 'io/2023-11-20.md'), join(logs, '2023-11-20.md'));
copyFileSync(join(fixturesDir, 'io/gbk.md'), join(logs, 'gbk.md'));
copyFileSync(join(fixturesDir, 'io/utf-32.md'), join(logs, 'utf-32.md'));
symlinkSync('missing.md', join(logs, 'dangling.md'));
symlinkSync('loop.md', join(logs, 'loop.md'));
mkdirSync(join(logs, 'x.md'));
execFileSync('mkfifo', [join(logs, 'fifo.md')]);
writeFileSync(Buffer.from(`${logs}/caf\xe9.md`, 'latin1'), '# 2023-11-19\n\n- [ ] 旧的事项\n');

const bad: Record<string, string> = {
  'logs/caf<E9>.md': 'name-encoding',
  'logs/dangling.md': 'dangling-link',
  'logs/fifo.md': 'not-regular',
  'logs/gbk.md': 'encoding',
  'logs/loop.md': 'link-loop',
  'logs/utf-32.md': 'utf-32',
  'logs/x.md': 'not-regular',
};

const check = (format: string, ...extra: string[]) => runCli(['check', '--format', format, ...extra, 'logs'], { cwd: dir, env: { WORKLOG_TODAY: '2023-11-20' } });

describe('a folder with one good log and every kind of entry that is no log', () => {
  it('checks the good log and reports each bad entry once, in JSON, and fails the run', async () => {
    const result = await check('json');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const document = JSON.parse(result.stdout) as { files: string[]; findings: JsonFinding[] };
    expect(document.files).toEqual(['logs/2023-11-20.md', 'logs/caf<E9>.md', 'logs/dangling.md', 'logs/fifo.md', 'logs/gbk.md', 'logs/loop.md', 'logs/utf-32.md', 'logs/x.md']);
    const unreadable = document.findings.filter((finding) => finding.ruleId === 'io/unreadable');
    expect(Object.fromEntries(unreadable.map((finding) => [finding.file, finding.data?.reason]))).toEqual(bad);
    expect(unreadable).toHaveLength(7);
    expect(unreadable.every((finding) => finding.severity === 'error')).toBe(true);
    expect(unreadable.find((finding) => finding.file === 'logs/gbk.md')).toMatchObject({ line: 1, column: 3 });
    expect(unreadable.find((finding) => finding.file === 'logs/fifo.md')?.message).toBe('not a regular file (a FIFO)');
    expect(unreadable.find((finding) => finding.file === 'logs/dangling.md')?.message).toBe('a link to a missing file (missing.md)');
    expect(unreadable.find((finding) => finding.file === 'logs/loop.md')?.message).toBe('a link that points back to itself');
    expect(document.findings.filter((finding) => finding.file === 'logs/2023-11-20.md').map((finding) => finding.ruleId)).toContain('coverage/gap');
  });

  it('prints SARIF with a result per bad entry', async () => {
    const result = await check('sarif');
    expect(result.code).toBe(1);
    const sarif = JSON.parse(result.stdout);
    const uris = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'io/unreadable')
      .map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]?.physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['logs/caf%3CE9%3E.md', 'logs/dangling.md', 'logs/fifo.md', 'logs/gbk.md', 'logs/loop.md', 'logs/utf-32.md', 'logs/x.md']);
    expect(sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain('io/unreadable');
  });

  it('prints JUnit with a failing suite per bad entry beside the good log', async () => {
    const result = await check('junit');
    expect(result.code).toBe(1);
    expect(result.stdout.match(/<testsuite /g)).toHaveLength(8);
    expect(result.stdout).toContain('<testsuite name="logs/fifo.md" tests="1" failures="1" errors="0">');
    expect(result.stdout).toContain('<testsuite name="logs/2023-11-20.md"');
  });

  it('prints a GitHub annotation per bad entry', async () => {
    const result = await check('github');
    expect(result.code).toBe(1);
    const annotations = result.stdout.split('\n').filter((line) => line.includes('title=io/unreadable'));
    expect(annotations).toHaveLength(7);
    expect(annotations).toContain('::error file=logs/x.md,line=1,col=1,title=io/unreadable::not a regular file (a directory)');
  });

  it('prints text grouped per file, bad entries with the rest', async () => {
    const result = await check('text');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('logs/gbk.md\n  1:3  error  not UTF-8 text (byte 0xBD); convert it first, e.g. iconv -f GB18030 -t UTF-8  io/unreadable');
    expect(result.stdout).toMatch(/^✖ \d+ problems \(7 errors, \d+ warnings?, \d+ notes\) in 8 logs$/m);
  });

  it('takes the severity from the configuration: a warning does not fail the run', async () => {
    writeFileSync(join(dir, 'lenient.json'), JSON.stringify({ rules: { 'io/unreadable': 'warning' } }));
    const result = await check('json', '--config', 'lenient.json');
    expect(result.code).toBe(0);
    const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings.filter((finding) => finding.ruleId === 'io/unreadable');
    expect(findings.map((finding) => finding.severity)).toEqual(Array(7).fill('warning'));
  });

  it.each([['status', 'json'], ['report', 'json']])('lists them among the findings of %s --format %s', async (command, format) => {
    const result = await runCli([command, '--format', format, 'logs'], { cwd: dir });
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as { file: string; findings: JsonFinding[]; summary: { errors: number } };
    expect(document.file).toBe('logs/2023-11-20.md');
    expect(document.findings.filter((finding) => finding.ruleId === 'io/unreadable')).toHaveLength(7);
    expect(document.summary.errors).toBeGreaterThanOrEqual(7);
  });

  it.each([['status', 'text'], ['status', 'markdown'], ['report', 'text'], ['report', 'markdown'], ['report', 'html']])('names the bad entries in %s --format %s', async (command, format) => {
    const result = await runCli([command, '--format', format, 'logs'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('logs/fifo.md:1:1');
    expect(result.stdout).toContain('not a regular file (a FIFO)');
  });

  it.each(['items', 'schedule', 'coverage', 'parse'])('%s prints its view of the logs read, and a line per bad entry on stderr', async (command) => {
    // `items` shows only today's log unless asked for every one.
    const result = await runCli([command, ...(command === 'items' ? ['--all-logs'] : []), 'logs'], { cwd: dir, env: { WORKLOG_TODAY: '2023-11-20' } });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines).toContain('worklog: logs/fifo.md:1:1: not a regular file (a FIFO)');
    // The log whose name is not UTF-8 is read all the same.
    if (command === 'items') expect(result.stdout).toContain('旧的事项');
    expect(lines).toContain('worklog: logs/gbk.md:1:3: not UTF-8 text (byte 0xBD); convert it first, e.g. iconv -f GB18030 -t UTF-8');
  });
});

describe('a run in which no log can be read', () => {
  it.each([
    [['status', 'logs/fifo.md'], 'worklog: logs/fifo.md: not a regular file (a FIFO)'],
    [['check', 'logs/dangling.md'], 'worklog: logs/dangling.md: a link to a missing file (missing.md)'],
    [['parse', 'logs/gbk.md'], 'worklog: logs/gbk.md:1:3: not UTF-8 text (byte 0xBD); convert it first, e.g. iconv -f GB18030 -t UTF-8'],
    [['check', '--format', 'sarif', 'logs/loop.md', 'logs/fifo.md'], 'worklog: logs/loop.md: a link that points back to itself (and 1 more that cannot be read)'],
    [['status', 'missing.md'], 'worklog: missing.md: no such file or directory'],
  ])('%j is a usage error, in one line', async (args, message) => {
    const result = await runCli(args, { cwd: dir });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});

describe('standard input', () => {
  it('is read for `-` and named `-`', async () => {
    const result = await runCli(['status', '--format', 'json', '-'], { stdin: '# 今日工作 2023-11-21\n\n- [ ] P2 写周报\n' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: '-', today: '2023-11-21', counts: { open: 1 }, provenance: { files: [{ file: '-', commit: null }] } });
  });

  it('is reported like a file when it is not UTF-8', async () => {
    const result = await runCli(['check', '-'], { stdin: Uint8Array.from([0x23, 0x20, 0xbd, 0xf1]) });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'worklog: -:1:3: not UTF-8 text (byte 0xBD); convert it first, e.g. iconv -f GB18030 -t UTF-8\n' });
  });
});
