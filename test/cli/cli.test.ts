import { chmodSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, referenceLog, runCli, temporaryDirectory, withoutCommits } from '../helpers.js';

const reference = 'fixtures/2023-11-12.md';

describe('worklog status', () => {
  it('prints the morning view of the reference log', async () => {
    const result = await runCli(['status', reference]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    await expect(withoutCommits(result.stdout)).toMatchFileSnapshot(join(fixturesDir, '2023-11-12.status.txt'));
  });

  it('names the git commit of the log it was made from', async () => {
    const { stdout } = await runCli(['status', reference]);
    expect(stdout).toMatch(/from fixtures\/2023-11-12\.md \(git [0-9a-f]{7,}\+?\) · today 2023-11-12 · calendar: chinese-days \(mainland China\) · worklog \d+\.\d+\.\d+/);
  });

  it('prints markdown for the daily mail', async () => {
    const result = await runCli(['status', '--format', 'markdown', reference]);
    expect(result.code).toBe(0);
    await expect(withoutCommits(result.stdout)).toMatchFileSnapshot(join(fixturesDir, '2023-11-12.status.md'));
  });

  it('counts items and lists open ones highest priority first in JSON', async () => {
    const result = await runCli(['status', '--format', 'json', reference]);
    const document = JSON.parse(result.stdout);
    expect(document).toMatchObject({
      schemaVersion: 1,
      today: '2023-11-12',
      counts: { total: 31, open: 23, done: 8, cancelled: 0, 'in-progress': 0, deferred: 0 },
    });
    expect(document.summary).toEqual({
      errors: document.findings.filter((finding: { severity: string }) => finding.severity === 'error').length,
      warnings: document.findings.filter((finding: { severity: string }) => finding.severity === 'warning').length,
      infos: document.findings.filter((finding: { severity: string }) => finding.severity === 'info').length,
    });
    expect(document.coverage.score).toEqual({ done: 7.5, required: 40, ratio: 0.188 });
    expect(document.open).toHaveLength(23);
    expect(document.open.slice(0, 3).map((item: { text: string }) => item.text)).toEqual(['资金对账进度跟踪', 'metric报警放火能力调研', '新放火周报填写']);
    expect(document.findings).toContainEqual(expect.objectContaining({ ruleId: 'parse/lenient-checkbox', file: reference, line: 21, column: 1 }));
  });

  it('takes the newest dated log as today and the rest as history', async () => {
    const result = await runCli(['status', '--format', 'json', 'fixtures/parse/staffing-en.md', reference]);
    const document = JSON.parse(result.stdout);
    expect(document.today).toBe('2023-12-20');
    expect(document.history).toEqual([{ file: reference, date: '2023-11-12' }]);
  });

  it('colours on a terminal and honours NO_COLOR and --no-color', async () => {
    const coloured = await runCli(['status', reference], { isTTY: true, columns: 100 });
    expect(coloured.stdout).toMatch(/\u001b\[/);
    expect((await runCli(['status', reference], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
    expect((await runCli(['status', '--no-color', reference], { isTTY: true })).stdout).not.toMatch(/\u001b\[/);
    expect((await runCli(['status', reference], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/);
  });

  it('fits the terminal width on a terminal and never cuts piped output', async () => {
    const narrow = await runCli(['status', '--no-color', reference], { isTTY: true, columns: 60 });
    const { width } = await import('../../src/render/terminal.js');
    expect(Math.max(...narrow.stdout.split('\n').map(width))).toBeLessThanOrEqual(60);
    const piped = await runCli(['status', reference]);
    expect(piped.stdout).toContain('us01-v.fbi-rome-gateway-us.fbi.risk.fintech.didi.com');
  });
});

describe('worklog items', () => {
  it('groups open items by section, highest priority first', async () => {
    const result = await runCli(['items', reference]);
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(join(fixturesDir, '2023-11-12.items.txt'));
    const project = result.stdout.split('\n\n').find((block) => block.startsWith('待完成工作 › 项目工作'));
    expect(project?.split('\n')[1]).toMatch(/21\s+\[ \]\s+P1\s+资金对账进度跟踪/);
  });

  it('lists every status with --all, and JSON and markdown on request', async () => {
    const all = JSON.parse((await runCli(['items', '--all', '--format', 'json', reference])).stdout);
    expect(all.logs[0].items).toHaveLength(31);
    const open = JSON.parse((await runCli(['items', '--format', 'json', reference])).stdout);
    expect(open.logs[0].items).toHaveLength(23);
    const markdown = (await runCli(['items', '--format', 'markdown', reference])).stdout;
    expect(markdown).toContain('### 待完成工作 › 项目工作\n\n- [ ] **P1** 资金对账进度跟踪');
  });
});

describe('worklog parse', () => {
  it('prints the model of every fixture', async () => {
    const result = await runCli(['parse', 'fixtures/parse']);
    const document = JSON.parse(result.stdout);
    expect(document.logs.map((log: { file: string }) => log.file)).toEqual(
      readdirSync(join(fixturesDir, 'parse')).filter((name) => name.endsWith('.md')).sort().map((name) => `fixtures/parse/${name}`),
    );
  });

  it('uses --date when neither the heading nor the file name has a date', async () => {
    const result = await runCli(['parse', '--date', '2024-05-06', 'fixtures/parse/no-date.md']);
    expect(JSON.parse(result.stdout).logs[0]).toMatchObject({ date: '2024-05-06', dateSource: 'option', diagnostics: [] });
  });
});

describe('input errors: one line on stderr, exit 2', () => {
  const dir = temporaryDirectory('worklog-cli-');
  writeFileSync(join(dir, 'gbk.md'), Uint8Array.from([0x23, 0x20, 0xbd, 0xf1, 0xc8, 0xd5]));
  writeFileSync(join(dir, 'image.md'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  writeFileSync(join(dir, 'utf16.md'), Uint8Array.from([0xff, 0xfe, 0x23, 0x00]));

  it.each([
    [['status', 'missing.md'], 'worklog: missing.md: no such file or directory'],
    [['status', 'src'], "worklog: src: no markdown logs (*.md, *.markdown) in this directory or the ones in it; for other files pass a quoted glob, e.g. 'src/**/*.txt'"],
    [['items', 'nowhere/*.md'], 'worklog: nowhere/*.md: no files match this pattern'],
    [['parse', join(dir, 'gbk.md')], `worklog: ${join(dir, 'gbk.md')}:1:3: not UTF-8 text (byte 0xBD); convert it first, e.g. iconv -f GB18030 -t UTF-8`],
    [['parse', join(dir, 'image.md')], `worklog: ${join(dir, 'image.md')}: this is a binary file, not a markdown log`],
    [['parse', join(dir, 'utf16.md')], `worklog: ${join(dir, 'utf16.md')}: the file is UTF-16; worklog reads UTF-8 (save it as UTF-8, e.g. iconv -f UTF-16 -t UTF-8)`],
    [['status', '--format', 'xml', reference], "worklog: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, markdown, json."],
    [['status', '--date', '2023-02-30', reference], "worklog: option '--date <YYYY-MM-DD>' argument '2023-02-30' is invalid. expected a date written YYYY-MM-DD"],
    [['status', '--frob', reference], "worklog: unknown option '--frob'"],
    [['frob'], "worklog: unknown command 'frob'"],
  ])('%j', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${message}\n`);
  });

  it('reads the current directory when no path is given', async () => {
    const logs = temporaryDirectory('worklog-cwd-');
    writeFileSync(join(logs, '2024-03-11.md'), '# 每日工作\n\n- [ ] 只有一项\n');
    const result = await runCli(['status', '--format', 'json'], { cwd: logs });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ today: '2024-03-11', file: '2024-03-11.md', counts: { open: 1 } });
    const empty = await runCli(['status'], { cwd: temporaryDirectory('worklog-empty-') });
    expect(empty).toMatchObject({ code: 2, stderr: expect.stringMatching(/^worklog: no logs in the current directory; .*logDir/) });
  });

  it('names an unreadable file (checked as a user the file shuts out)', async () => {
    const file = join(dir, 'secret.md');
    writeFileSync(file, '# 2023-11-12\n');
    chmodSync(file, 0o000);
    const { spawnSync } = await import('node:child_process');
    chmodSync(dir, 0o755);
    const asRoot = process.getuid?.() === 0;
    const child = spawnSync(process.execPath, ['bin/worklog.js', 'status', file], {
      cwd: join(fixturesDir, '..'),
      encoding: 'utf8',
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(child.status).toBe(2);
    expect(child.stderr).toBe(`worklog: ${file}: permission denied\n`);
  });
});

describe('BOM and CRLF files', () => {
  it('give the same model as their clean twin through the CLI', async () => {
    const dir = temporaryDirectory('worklog-twins-');
    const clean = readFileSync(referenceLog, 'utf8');
    writeFileSync(join(dir, '2023-11-12.md'), clean);
    const twin = join(dir, 'twin');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(twin);
    writeFileSync(join(twin, '2023-11-12.md'), `\uFEFF${clean.replace(/\n/g, '\r\n')}`);
    // A fix's range counts the file's own text, CRLF as two: all else is the same.
    const parse = async (cwd: string) => (await runCli(['parse', '2023-11-12.md'], { cwd })).stdout.replace(/"range": \[\s*\d+,\s*\d+\s*\]/g, '"range": []');
    expect(await parse(twin)).toBe(await parse(dir));
  });
});

describe('WORKLOG_TODAY', () => {
  it("pins mermaid's today, where a task after an unknown id starts", async () => {
    const dir = temporaryDirectory('worklog-today-');
    writeFileSync(join(dir, '2024-03-11.md'), '# 2024-03-11\n\n```mermaid\ngantt\n  dateFormat YYYY-MM-DD\n  later : after nothing, 2d\n```\n');
    const task = async (env: Record<string, string>) =>
      JSON.parse((await runCli(['parse', '2024-03-11.md'], { cwd: dir, env })).stdout).logs[0].gantts[0].tasks[0];
    expect(await task({ WORKLOG_TODAY: '2025-01-06' })).toMatchObject({ start: '2025-01-06T00:00:00', end: '2025-01-08T00:00:00' });
    expect(await task({ WORKLOG_TODAY: '2025-02-03' })).toMatchObject({ start: '2025-02-03T00:00:00' });
  });

  it('refuses a malformed value with one line', async () => {
    expect(await runCli(['status', reference], { env: { WORKLOG_TODAY: 'tomorrow' } }))
      .toMatchObject({ code: 2, stderr: 'worklog: WORKLOG_TODAY=tomorrow: expected a date written YYYY-MM-DD\n' });
  });
});

describe('hostile log text', () => {
  it('shows <script> and an escape sequence as text on the terminal, coloured or not', async () => {
    for (const options of [{}, { isTTY: true, columns: 200 }]) {
      const { stdout } = await runCli(['status', 'fixtures/report-hostile.md'], options);
      expect(stdout).toContain("<script>alert('x')</script> 修复日报脚本");
      expect(stdout).toContain('清屏测试 ␛[2J 之后的文字');
      expect(stdout).not.toContain('\u001b[2J');
    }
  });

  it('escapes it in the HTML report', async () => {
    const { stdout } = await runCli(['report', '--format', 'html', 'fixtures/report-hostile.md']);
    expect(stdout).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; 修复日报脚本');
    expect(stdout).not.toMatch(/<script|<img|\u001b/);
  });
});
