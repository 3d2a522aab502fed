import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, runCli, temporaryDirectory } from '../helpers.js';

/** A copy of a fixture folder to write into. */
function folderOf(name: string): string {
  const dir = temporaryDirectory('worklog-new-');
  cpSync(join(fixturesDir, 'new', name), dir, { recursive: true });
  return dir;
}

const expected = (name: string): string => readFileSync(join(fixturesDir, 'new', `${name}.expected.md`), 'utf8');
const tuesday = { WORKLOG_TODAY: '2024-04-09' };

describe('worklog new', () => {
  it("writes today's log from the newest, named like its siblings, and prints the path", async () => {
    const dir = folderOf('zh');
    expect(await runCli(['new', dir], { env: tuesday })).toEqual({ code: 0, stdout: `${join(dir, '2024-04-09.md')}\n`, stderr: '' });
    expect(readFileSync(join(dir, '2024-04-09.md'), 'utf8')).toBe(expected('zh'));
    expect(readdirSync(dir).sort()).toEqual(['2024-04-03.md', '2024-04-08.md', '2024-04-09.md']);
  });

  it('reads the folder from the current directory, and --date names the day', async () => {
    const dir = folderOf('en');
    const result = await runCli(['new', '--date', '2025-02-10'], { cwd: dir, env: tuesday });
    expect(result).toEqual({ code: 0, stdout: 'standup-2025-02-10.md\n', stderr: '' });
    expect(readFileSync(join(dir, 'standup-2025-02-10.md'), 'utf8')).toBe(expected('en'));
  });

  it('refuses, in one line, to overwrite the day\'s log: running it again the same day changes nothing', async () => {
    const dir = folderOf('zh');
    await runCli(['new', dir], { env: tuesday });
    writeFileSync(join(dir, '2024-04-09.md'), '# 2024-04-09\n- [x] edited\n');
    const again = await runCli(['new', dir], { env: tuesday });
    expect(again).toEqual({
      code: 2,
      stdout: '',
      stderr: `worklog: ${join(dir, '2024-04-09.md')}: already exists; worklog never overwrites it (--force writes it again from ${join(dir, '2024-04-08.md')})\n`,
    });
    expect(readFileSync(join(dir, '2024-04-09.md'), 'utf8')).toBe('# 2024-04-09\n- [x] edited\n');
    expect(readdirSync(dir).sort()).toEqual(['2024-04-03.md', '2024-04-08.md', '2024-04-09.md']);
  });

  it('refuses when the day has a log under another name too', async () => {
    const dir = folderOf('en');
    writeFileSync(join(dir, '2025-02-10.md'), '# 2025-02-10\n');
    const refused = await runCli(['new', dir, '--date', '2025-02-10']);
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toContain(`${join(dir, '2025-02-10.md')}: already exists; worklog never overwrites it`);
    expect(existsSync(join(dir, 'standup-2025-02-10.md'))).toBe(false);
    expect((await runCli(['new', dir, '--date', '2025-02-10', '--force'])).code).toBe(0);
    expect(readFileSync(join(dir, 'standup-2025-02-10.md'), 'utf8')).toBe(expected('en'));
  });

  it('--force writes the day again from the day before', async () => {
    const dir = folderOf('zh');
    writeFileSync(join(dir, '2024-04-09.md'), '# 2024-04-09\n');
    expect((await runCli(['new', dir, '--force'], { env: tuesday })).code).toBe(0);
    expect(readFileSync(join(dir, '2024-04-09.md'), 'utf8')).toBe(expected('zh'));
  });

  it('--dry-run prints the log and writes nothing; --keep-done keeps finished items', async () => {
    const dir = folderOf('en');
    const dry = await runCli(['new', dir, '--date', '2025-02-10', '--dry-run']);
    expect(dry).toEqual({ code: 0, stdout: expected('en'), stderr: '' });
    const kept = await runCli(['new', dir, '--date', '2025-02-10', '--dry-run', '--keep-done']);
    expect(kept.stdout).toContain('- [x] Ship the retry fix\n');
    expect(kept.stdout).toContain('- [-] Memory drill on the old gateway\n');
    expect(readdirSync(dir).sort()).toEqual(['standup-2025-02-06.md', 'standup-2025-02-07.md']);
  });

  it('names a nested log by year, month and day, making the new month folder', async () => {
    const dir = temporaryDirectory('worklog-new-');
    mkdirSync(join(dir, '2024', '04'), { recursive: true });
    writeFileSync(join(dir, '2024', '04', '30.md'), '# 2024-04-30 周二\n\n- [ ] 放火复盘\n- [x] 磁盘放火\n');
    const result = await runCli(['new', dir, '--date', '2024-05-06']);
    expect(result).toEqual({ code: 0, stdout: `${join(dir, '2024/05/06.md')}\n`, stderr: '' });
    expect(readFileSync(join(dir, '2024', '05', '06.md'), 'utf8')).toBe('# 2024-05-06 周一\n\n- [ ] 放火复盘\n');
  });

  it('starts from the newest log before --date, not a later one', async () => {
    const dir = folderOf('zh');
    const result = await runCli(['new', dir, '--date', '2024-04-05', '--dry-run']);
    expect(result.stdout).toBe('# 工作日志 2024年4月5日 星期五\n\n## 放火工作\n- [ ] 营销磁盘放火\n');
  });

  it('says in one line when there is nothing to start from or nowhere to write', async () => {
    const empty = temporaryDirectory('worklog-new-');
    writeFileSync(join(empty, 'notes.md'), '# notes\n');
    expect(await runCli(['new', empty, '--date', '2024-04-09'])).toEqual({
      code: 2, stdout: '', stderr: `worklog: ${empty}: no log dated before 2024-04-09 to start from (name logs like 2024-04-09.md)\n`,
    });
    expect(await runCli(['new', join(empty, 'notes.md')])).toMatchObject({ code: 2, stderr: `worklog: ${join(empty, 'notes.md')}: not a folder of logs\n` });
    expect(await runCli(['new', empty, empty])).toMatchObject({ code: 2, stderr: 'worklog: new takes one folder of logs\n' });

    const blocked = temporaryDirectory('worklog-new-');
    mkdirSync(join(blocked, '2024', '12'), { recursive: true });
    writeFileSync(join(blocked, '2024', '12', '31.md'), '# 2024-12-31\n- [ ] one\n');
    writeFileSync(join(blocked, '2025'), 'a file where the new year folder goes\n');
    const result = await runCli(['new', blocked, '--date', '2025-01-02']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^worklog: .*2025\/01: cannot make the folder \(E[A-Z]+\)\n$/);
    expect(readFileSync(join(blocked, '2025'), 'utf8')).toBe('a file where the new year folder goes\n');
  });
});
