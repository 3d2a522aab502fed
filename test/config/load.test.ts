import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { findConfigFile, loadConfig } from '../../src/config/load.js';
import { runCli, temporaryDirectory } from '../helpers.js';

function project(config: string | null): string {
  const dir = temporaryDirectory('worklog-config-');
  mkdirSync(join(dir, 'logs/nested'), { recursive: true });
  writeFileSync(join(dir, 'logs/2023-11-12.md'), '# 2023-11-12\n\n## 放火工作\n- [x] 钱包磁盘放火\n');
  if (config !== null) writeFileSync(join(dir, 'worklog.config.json'), config);
  return dir;
}

describe('finding the configuration', () => {
  it('searches upwards from the working directory', () => {
    const dir = project('{}');
    expect(findConfigFile(join(dir, 'logs/nested'), dir)).toBe(join(dir, 'worklog.config.json'));
  });

  it('stops at the directory it is told to stop at', () => {
    const dir = project('{}');
    expect(findConfigFile(join(dir, 'logs/nested'), join(dir, 'logs'))).toBeNull();
  });

  it('uses the defaults when there is none', async () => {
    const dir = project(null);
    expect(findConfigFile(join(dir, 'logs/nested'), dir)).toBeNull();
    expect(await loadConfig({ cwd: join(dir, 'logs'), stopAt: dir })).toBe(defaultConfig);
  });

  it('reads logDir relative to the file and uses it when no path is given', async () => {
    const dir = project('{ "logDir": "logs" }');
    const config = await loadConfig({ cwd: dir });
    expect(config.logDir).toBe(join(dir, 'logs'));
    const result = await runCli(['status', '--format', 'json'], { cwd: join(dir, 'logs/nested') });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: '../2023-11-12.md', today: '2023-11-12' });
  });

  it('fills every default', async () => {
    const dir = project('{ "coverage": { "expiryDays": 30 } }');
    const config = await loadConfig({ cwd: dir });
    expect(config.coverage).toEqual({ ...defaultConfig.coverage, expiryDays: 30 });
  });

  it('reads what custom markers mean and applies it to the logs', async () => {
    const dir = project('{ "statuses": { "?": "open", "☒": "done" } }');
    writeFileSync(join(dir, 'logs/2023-11-12.md'), '# 2023-11-12\n\n- [?] 退款超过 30 天供应商是否支持\n- ☒ 灰度城市配置\n');
    expect((await loadConfig({ cwd: dir })).statuses).toEqual({ '?': 'open', '☒': 'done' });
    const result = await runCli(['parse', 'logs'], { cwd: dir });
    const items = (JSON.parse(result.stdout) as { logs: { items: { status: string }[]; diagnostics: { ruleId: string }[] }[] }).logs[0];
    expect(items?.items.map((item) => item.status)).toEqual(['open', 'done']);
    expect(items?.diagnostics.map((found) => found.ruleId)).toEqual(['parse/lenient-checkbox']);
  });
});

describe('a bad configuration: one line naming the key, exit 2', () => {
  it.each([
    ['{ "logdir": "logs" }', 'unknown key `logdir`'],
    ['{ "coverage": { "systems": [{ "name": "钱包", "alias": ["wallet"] }] } }', 'unknown key `coverage.systems.0.alias`'],
    ['{ "coverage": { "expiryDays": "90" } }', '`coverage.expiryDays` must be number, not "90"'],
    ['{ "coverage": { "expiryDays": 0 } }', '`coverage.expiryDays`: Expected >=1 but received 0'],
    ['{ "coverage": { "required": ["disk", "latency"] } }', '`latency` is required but is not a fault type (known: disk, cpu, memory, network, process)'],
    ['{ "logDir": "logs", }', 'worklog.config.json:1:21: not valid JSON'],
    ['[1, 2]', 'the file must hold a JSON object ({ … }), not an array'],
    ['{ "statuses": { "?": "maybe" } }', '`statuses.?`'],
    ['{ "statuses": { "ok": "done" } }', 'one character, the marker inside `[ ]` or a ballot box'],
    ['{ "statuses": { "]": "done" } }', 'one character, the marker inside `[ ]` or a ballot box'],
  ])('%s', async (text, message) => {
    const dir = project(text);
    const result = await runCli(['status', 'logs'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toMatch(/^worklog: worklog\.config\.json:/);
  });

  it('says when --config names a missing file', async () => {
    const result = await runCli(['status', '--config', 'nowhere.json', 'fixtures/2023-11-12.md']);
    expect(result).toMatchObject({ code: 2, stderr: 'worklog: nowhere.json: cannot read the configuration file\n' });
  });
});
