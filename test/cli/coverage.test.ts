import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, runCli } from '../helpers.js';

const reference = 'fixtures/2023-11-12.md';

describe('worklog coverage', () => {
  it('draws the matrix of the reference log', async () => {
    const result = await runCli(['coverage', reference]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    await expect(result.stdout).toMatchFileSnapshot(join(fixturesDir, '2023-11-12.coverage.txt'));
  });

  it('keeps its columns aligned with CJK system names', async () => {
    const { stdout } = await runCli(['coverage', reference]);
    const { width } = await import('../../src/render/terminal.js');
    const rows = stdout.split('\n').filter((line) => /\d\/4$/.test(line));
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map(width)).size).toBe(1);
  });

  it('renders markdown with the matrix as a table', async () => {
    const result = await runCli(['coverage', '--format', 'markdown', reference]);
    await expect(result.stdout).toMatchFileSnapshot(join(fixturesDir, '2023-11-12.coverage.md'));
  });

  it('prints the JSON contract', async () => {
    const document = JSON.parse((await runCli(['coverage', '--format', 'json', reference])).stdout);
    expect(document).toMatchObject({ schemaVersion: 1, today: '2023-11-12', coverage: { score: { done: 7.5, required: 40, ratio: 0.188 } } });
    expect(document.coverage.cells).toContainEqual(expect.objectContaining({ system: 'web', faultType: 'cpu', state: 'alarm', lines: [37], nodes: 9 }));
    expect(document.findings.map((finding: { ruleId: string }) => finding.ruleId)).not.toContain('parse/lenient-checkbox');
  });

  it('attributes the host list with a configuration that maps creditcard to 信用卡', async () => {
    const result = await runCli(['coverage', '--format', 'json', '--config', 'fixtures/coverage/configured.config.json', reference]);
    const document = JSON.parse(result.stdout);
    expect(document.coverage.unattributed.map((drill: { line: number }) => drill.line)).not.toContain(45);
    expect(document.coverage.cells).toContainEqual(expect.objectContaining({ system: '信用卡', faultType: null, lines: [38, 45] }));
  });
});
