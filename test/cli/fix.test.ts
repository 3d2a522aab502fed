import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixLogs } from '../../src/cli/actions/fix.js';
import { readInputs } from '../../src/cli/load.js';
import { writeFixedLog } from '../../src/io/write-fixed.js';
import type { Finding } from '../../src/model/diagnostic.js';
import { fixturesDir, referenceLog, runCli, temporaryDirectory } from '../helpers.js';

const fixture = join(fixturesDir, 'fix', '2024-03-11.md');
const expectedFixed = join(fixturesDir, 'fix', '2024-03-11.fixed.txt');
/** What each fix makes of its problem: none of these is left after `--fix`. */
const fixedRules = ['parse/lenient-checkbox', 'parse/unknown-marker', 'sequence/full-width-colon', 'gantt/missing-colon'];

/** A folder with copies of the fix fixture (its configuration beside it) and the reference log, as `text` when given. */
function copies(text?: string): string {
  const dir = temporaryDirectory('worklog-fix-');
  if (text === undefined) copyFileSync(fixture, join(dir, '2024-03-11.md'));
  else writeFileSync(join(dir, '2024-03-11.md'), text);
  copyFileSync(join(fixturesDir, 'fix', '2024-03-11.config.json'), join(dir, 'worklog.config.json'));
  copyFileSync(referenceLog, join(dir, '2023-11-12.md'));
  return dir;
}

async function findings(dir: string, file?: string): Promise<Finding[]> {
  const result = await runCli(['check', '--format', 'json', ...(file ? [file] : [])], { cwd: dir });
  return JSON.parse(result.stdout).findings;
}

/** The expected fixed text, checked in beside the fixture; UPDATE_FIXTURES=1 rewrites it for review. */
function expectedText(actual: string): string {
  if (process.env.UPDATE_FIXTURES === '1' || !existsSync(expectedFixed)) writeFileSync(expectedFixed, actual);
  return readFileSync(expectedFixed, 'utf8');
}

const isExclusiveEnd = (finding: Finding) => finding.ruleId === 'schedule/drift' && finding.fix !== undefined;

describe('check --fix', { timeout: 60_000 }, () => {
  it('fixes lenient items, full-width colons, configured markers and exclusive ends, so a second check reports none of them', async () => {
    const dir = copies();
    const before = await findings(dir);
    expect(before.filter((finding) => fixedRules.includes(finding.ruleId)).length).toBeGreaterThan(8);
    expect(before.filter(isExclusiveEnd).map((finding) => finding.file)).toEqual(['2023-11-12.md', '2023-11-12.md']);

    const fixing = await runCli(['check', '--fix'], { cwd: dir });
    expect(fixing.stderr).toBe('');
    const after = await findings(dir);
    expect(after.filter((finding) => fixedRules.includes(finding.ruleId))).toEqual([]);
    expect(after.filter((finding) => finding.ruleId === 'schedule/drift' && finding.data.exclusiveEnd !== null)).toEqual([]);
    expect(readFileSync(join(dir, '2024-03-11.md'), 'utf8')).toBe(expectedText(readFileSync(join(dir, '2024-03-11.md'), 'utf8')));
    // The reference log's chart now draws the table's last days: no message says the end is exclusive any more.
    expect(after.filter((finding) => finding.message.includes('exclusive'))).toEqual([]);
  });

  it('keeps a byte order mark and CRLF line ends', async () => {
    const crlf = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    const dir = copies(crlf(readFileSync(fixture, 'utf8')));
    await runCli(['check', '--fix', '2024-03-11.md'], { cwd: dir });
    const bytes = readFileSync(join(dir, '2024-03-11.md'));
    expect(bytes.equals(Buffer.from(crlf(readFileSync(expectedFixed, 'utf8')), 'utf8'))).toBe(true);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('changes nothing a second time', async () => {
    const dir = copies();
    await runCli(['check', '--fix'], { cwd: dir });
    const once = readFileSync(join(dir, '2024-03-11.md'));
    const modified = statSync(join(dir, '2024-03-11.md')).mtimeMs;
    await runCli(['check', '--fix'], { cwd: dir });
    expect(readFileSync(join(dir, '2024-03-11.md')).equals(once)).toBe(true);
    expect(statSync(join(dir, '2024-03-11.md')).mtimeMs).toBe(modified);
    expect((await runCli(['check', '--fix-dry-run'], { cwd: dir })).stdout).toBe('');
  });

  it('fixes nothing a rule the configuration turns off would report', async () => {
    const dir = copies();
    writeFileSync(join(dir, 'worklog.config.json'), JSON.stringify({ statuses: { '?': 'open' }, rules: { 'parse/lenient-checkbox': 'off' } }));
    await runCli(['check', '--fix', '2024-03-11.md'], { cwd: dir });
    const text = readFileSync(join(dir, '2024-03-11.md'), 'utf8');
    expect(text).toContain('- P1 [ ] 资金对账进度跟踪');
    expect(text).toContain('->>网关:提交对账请求');
  });

  it('fixes nothing a comment silences: the line is accepted as written', async () => {
    const original = readFileSync(fixture, 'utf8');
    const dir = copies(original.replace('- P1 [ ] 资金对账进度跟踪', '<!-- worklog-disable-next-line parse/lenient-checkbox -->\n- P1 [ ] 资金对账进度跟踪'));
    await runCli(['check', '--fix', '2024-03-11.md'], { cwd: dir });
    const text = readFileSync(join(dir, '2024-03-11.md'), 'utf8');
    expect(text).toContain('- P1 [ ] 资金对账进度跟踪');
    // Every other fix is still made.
    expect(text).toContain('->>网关:提交对账请求');
  });
});

describe('check --fix-dry-run', { timeout: 60_000 }, () => {
  it('prints a unified diff per log and leaves the bytes and the modification time alone', async () => {
    const dir = copies();
    const path = join(dir, '2024-03-11.md');
    const bytes = readFileSync(path);
    const modified = statSync(path).mtimeMs;
    const result = await runCli(['check', '--fix-dry-run'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--- 2024-03-11.md\n+++ 2024-03-11.md\n');
    expect(result.stdout).toContain('\n-- P1 [ ] 资金对账进度跟踪\n');
    expect(result.stdout).toContain('\n+- [ ] P1 资金对账进度跟踪\n');
    expect(result.stdout).toContain('\n+    [WEB收银台] 小米风控桩点更新:2023-11-17,2023-11-21\n');
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(modified);
  });

  it('shows the fixes of standard input, which --fix cannot write back', async () => {
    const text = readFileSync(fixture, 'utf8');
    const dir = copies();
    const dry = await runCli(['check', '--fix-dry-run', '-'], { cwd: dir, stdin: text });
    expect(dry.stdout).toContain('+- [ ] P1 资金对账进度跟踪\n');
    const fixing = await runCli(['check', '--fix', '-'], { cwd: dir, stdin: text });
    expect(fixing.code).toBe(2);
    expect(fixing.stderr).toBe('worklog: -: --fix cannot write it back (standard input, or a name that is not UTF-8); use --fix-dry-run to see the fixes\n');
  });
});

describe('the JSON output', () => {
  it('carries each fix as a range of the text and its replacement', async () => {
    const dir = copies(`\uFEFF${readFileSync(fixture, 'utf8').replace(/\n/g, '\r\n')}`);
    const text = readFileSync(join(dir, '2024-03-11.md'), 'utf8').slice(1);
    const fixes = (await findings(dir, '2024-03-11.md')).flatMap(({ fix }) => (fix ? [[text.slice(...fix.range), fix.text]] : []));
    expect(fixes).toContainEqual(['- P1 [ ] ', '- [ ] P1 ']);
    expect(fixes).toContainEqual(['？', ' ']);
    expect(fixes).toContainEqual(['：', ':']);
  });
});

describe('writing a fixed log', () => {
  it('leaves a file that changed on disk since it was read', async () => {
    const dir = temporaryDirectory('worklog-fix-');
    const path = join(dir, 'log.md');
    writeFileSync(path, '- P1 [ ] a\n');
    const read = readFileSync(path, 'utf8');
    // An editor saves the file between worklog's read and its write.
    writeFileSync(path, '- P1 [ ] a, edited\n');
    expect(await writeFixedLog(path, read, '- [ ] P1 a\n', 'log.md')).toBe('changed');
    expect(readFileSync(path, 'utf8')).toBe('- P1 [ ] a, edited\n');
    expect(await writeFixedLog(path, '- P1 [ ] a, edited\n', '- [ ] P1 a, edited\n', 'log.md')).toBe('written');
    expect(readFileSync(path, 'utf8')).toBe('- [ ] P1 a, edited\n');
  });

  it('says so on stderr and writes nothing when check --fix meets one', async () => {
    const dir = copies();
    const path = join(dir, '2024-03-11.md');
    let stderr = '';
    const io = { stdin: (async function* () {})(), stdout: { write: () => undefined, isTTY: false }, stderr: { write: (text: string) => void (stderr += text), isTTY: false }, env: {}, cwd: dir };
    const inputs = await readInputs(['2024-03-11.md'], { format: 'text' }, io);
    writeFileSync(path, 'edited meanwhile\n');
    expect(await fixLogs(inputs, io, false)).toEqual({ notWritten: 1 });
    expect(stderr).toBe('worklog: 2024-03-11.md: changed on disk since it was read, so it was not fixed; run again\n');
    expect(readFileSync(path, 'utf8')).toBe('edited meanwhile\n');
  });
});
