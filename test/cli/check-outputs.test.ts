import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { writeOutput } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';
import { inertLines } from '../../src/render/inert.js';
import type { JsonFinding } from '../fixture-findings.js';
import { root, runCli, temporaryDirectory } from '../helpers.js';

const reference = 'fixtures/2023-11-12.md';

interface JsonCheck {
  findings: JsonFinding[];
  summary: { errors: number; warnings: number; infos?: number };
}

/** Each write on stdout, as the command made it. */
function capturedIO(cwd: string, writes: string[]): CliIO {
  return {
    stdin: (async function* () {})(),
    stdout: { write: (text) => void writes.push(text), isTTY: false },
    stderr: { write: () => undefined, isTTY: false },
    env: { WORKLOG_TODAY: '2024-03-01' },
    cwd,
  };
}

describe('worklog check outputs', () => {
  it('writes a report of thousands of findings as it renders it, in lines, the text it writes whole to a file', async () => {
    const dir = temporaryDirectory('worklog-outputs-');
    const items = Array.from({ length: 5_200 }, (_, index) => `- [ ] 回归用例 ${index} 📅 2024-01-${String((index % 28) + 1).padStart(2, '0')}`);
    writeFileSync(join(dir, '2024-03-01.md'), ['# 2024-03-01', '', ...items, ''].join('\n'));
    const writes: string[] = [];
    expect(await run(['check', '--no-cache', '--width', '60', '2024-03-01.md'], capturedIO(dir, writes))).toBe(0);
    expect(writes.length).toBeGreaterThan(1);
    for (const chunk of writes) expect(chunk.endsWith('\n')).toBe(true);
    const written = writes.join('');
    expect(written.endsWith('\n! 5200 problems (0 errors, 5200 warnings, 0 notes) in 1 log\n')).toBe(true);
    expect(await run(['check', '--no-cache', '--width', '60', '--output-file', 'report.txt', '2024-03-01.md'], capturedIO(dir, []))).toBe(0);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe(written);
    // A report of a few findings is one write.
    const few: string[] = [];
    await run(['check', '--no-cache', join(root, reference)], capturedIO(dir, few));
    expect(few).toHaveLength(1);
  });

  it('makes every line of output in pieces inert as it makes whole output inert', () => {
    const lines = Array.from({ length: 60_000 }, (_, index) => (index % 7 === 0 ? `::error file=x.md::line ${index}\n` : `  ${index}:1  warning  a message\n`));
    const writes: string[] = [];
    writeOutput(capturedIO(root, writes), lines);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.join('')).toBe(inertLines(lines.join('')));
    expect(writes.join('')).not.toMatch(/^::/m);
  });

  it('writes several formats in one run: the one without a file on stdout, the others in theirs', async () => {
    const dir = temporaryDirectory('worklog-outputs-');
    const result = await runCli(['check', '--format', 'text', '--format', `sarif=${join(dir, 'worklog.sarif')}`, '--format', `json=${join(dir, 'out.json')}`, reference]);
    expect(result.code).toBe(0);
    const text = await runCli(['check', reference]);
    expect(result.stdout).toBe(text.stdout);
    expect(JSON.parse(readFileSync(join(dir, 'worklog.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe((await runCli(['check', '--format', 'json', reference])).stdout);
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'worklog.sarif']);
  });

  it('writes stdout\'s format to --output-file instead, replacing the file whole and uncoloured', async () => {
    const dir = temporaryDirectory('worklog-outputs-');
    writeFileSync(join(dir, 'report.txt'), 'an older report that is longer than the new one will be, by far, so a partial write would show\n'.repeat(200));
    const result = await runCli(['check', '--color', '--output-file', 'report.txt', join(root, reference)], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const written = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(written).toMatch(/warning/);
    expect(written).not.toContain('\u001b[');
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });

  it('refuses two formats for stdout, and a file it cannot write, in one line', async () => {
    expect(await runCli(['check', '--format', 'text', '--format', 'json', reference])).toMatchObject({
      code: 2, stdout: '', stderr: 'worklog: only one --format can go to standard output; write the others to files, e.g. --format json=worklog.json\n',
    });
    expect(await runCli(['check', '--format', 'xml=out.xml', reference])).toMatchObject({ code: 2 });
    expect(await runCli(['check', '--format', 'json=', reference])).toMatchObject({ code: 2 });
    const dir = temporaryDirectory('worklog-outputs-');
    const missing = await runCli(['check', '--format', 'json=no/such/folder/out.json', join(root, reference)], { cwd: dir });
    expect(missing).toMatchObject({ code: 2, stderr: 'worklog: no/such/folder/out.json: cannot write (ENOENT)\n' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--quiet reports errors only; warnings still count for --max-warnings, as in ESLint 9', async () => {
    const all = JSON.parse((await runCli(['check', '--format', 'json', reference])).stdout) as JsonCheck;
    expect(all.findings.some((finding) => finding.severity !== 'error')).toBe(true);
    const quiet = await runCli(['check', '--quiet', '--format', 'json', reference]);
    expect(quiet.code).toBe(0);
    const shown = JSON.parse(quiet.stdout) as JsonCheck;
    expect(shown.findings).toEqual(all.findings.filter((finding) => finding.severity === 'error'));
    expect(shown.summary.warnings).toBe(0);
    expect((await runCli(['check', '--quiet', '--max-warnings', '0', reference])).code).toBe(1);
    expect((await runCli(['check', '-q', reference])).stdout).not.toMatch(/warning/);
  });

  it('shows examples in --help, and the exit codes', async () => {
    const help = await runCli(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:\n');
    expect(help.stdout).toContain('$ worklog check --format text --format sarif=worklog.sarif logs');
    expect(help.stdout).toMatch(/Exit codes: 0 no errors .* 1 otherwise,\s+2 bad input or usage\./s);
  });
});

describe('worklog check on a folder', () => {
  it('reports coverage gaps on the newest log, where the next drill is written, not the oldest', async () => {
    const dir = temporaryDirectory('worklog-gaps-');
    writeFileSync(join(dir, '2023-11-10.md'), '# 2023-11-10\n\n## 放火工作\n- [x] 钱包CPU放火\n- [x] 收银台磁盘放火\n');
    writeFileSync(join(dir, '2023-11-13.md'), '# 2023-11-13\n\n## 日常\n- [ ] 写周报\n\n## 放火工作\n- [ ] 收银台CPU放火\n');
    const result = await runCli(['check', '--format', 'json', '.'], { cwd: dir, env: { WORKLOG_TODAY: '2023-11-13' } });
    const gaps = (JSON.parse(result.stdout) as JsonCheck).findings.filter((finding) => finding.ruleId === 'coverage/gap');
    expect(gaps.length).toBeGreaterThan(0);
    expect(new Set(gaps.map((gap) => `${gap.file}:${gap.line}`))).toEqual(new Set(['2023-11-13.md:6', '2023-11-13.md:7']));
  });
});
