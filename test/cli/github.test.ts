import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { JsonFinding } from '../fixture-findings.js';
import { root, runCli, temporaryDirectory } from '../helpers.js';

// The team's logs by an explicit glob: its README, template and drafts are not logs.
const teamLogs = 'fixtures/ci/team-logs/20*/*/*.md';
const earlier = '## An earlier step\n\nits summary stays.\n';

interface CheckJson {
  files: string[];
  findings: JsonFinding[];
  summary: { errors: number; warnings: number; infos: number };
}

const annotationLines = (stdout: string) => stdout.split('\n').filter((line) => / file=[^,]*,line=\d+,col=\d+,/.test(line));
const tableRow = (finding: JsonFinding) => `| ${finding.file}:${finding.line}:${finding.column} | ${finding.severity} | \`${finding.ruleId}\` |`;

/** The findings of the team's logs as `check --format json` reports them. */
async function teamFindings(): Promise<CheckJson> {
  return JSON.parse((await runCli(['check', '--format', 'json', teamLogs])).stdout) as CheckJson;
}

/** A step summary file that an earlier step has written to. */
function summaryFile(): string {
  const file = join(temporaryDirectory('worklog-summary-'), 'step-summary.md');
  writeFileSync(file, earlier);
  return file;
}

/** Every finding has its row in the summary, and the summary has no other. */
function expectEveryFinding(markdown: string, findings: readonly JsonFinding[]): void {
  const rows = markdown.split('\n').filter((line) => /^\| fixtures\/ci\/team-logs\/\S+:\d+:\d+ \|/.test(line));
  expect(rows).toHaveLength(findings.length);
  for (const finding of findings) expect(rows.some((row) => row.startsWith(tableRow(finding))), tableRow(finding)).toBe(true);
}

describe('check on the folder of 40 logs as a team keeps it', () => {
  const folder = join(root, 'fixtures/ci/team-logs');
  const logNames = (files: readonly string[]) => files.filter((file) => /^fixtures\/ci\/team-logs\/\d{4}\/\d{2}\/\d{2}\.md$/.test(file));

  it('reads exactly the logs in its YYYY/MM/ folders: its configuration ignores the README, the template and the drafts', async () => {
    const json = JSON.parse((await runCli(['check', '--format', 'json', '.'], { cwd: folder })).stdout) as CheckJson;
    expect(json.files).toHaveLength(40);
    expect(logNames(json.files)).toEqual(json.files);
    // Without its configuration the same folder holds three files that are no logs.
    const empty = join(temporaryDirectory('worklog-no-ignores-'), 'worklog.config.json');
    writeFileSync(empty, '{}');
    const unconfigured = JSON.parse((await runCli(['check', '--format', 'json', '--config', empty, 'fixtures/ci/team-logs'])).stdout) as CheckJson;
    expect(unconfigured.files.filter((file) => !logNames([file]).length).sort()).toEqual([
      'fixtures/ci/team-logs/README.md', 'fixtures/ci/team-logs/TEMPLATE.md', 'fixtures/ci/team-logs/drafts/2024-05-22.md',
    ]);
  }, 60_000);

  it('prints at most 20 annotations for the folder, and its step summary lists every finding', async () => {
    const json = JSON.parse((await runCli(['check', '--format', 'json', '.'], { cwd: folder })).stdout) as CheckJson;
    const file = summaryFile();
    const { stdout } = await runCli(['check', '--format', 'github', '.'], { cwd: folder, env: { GITHUB_STEP_SUMMARY: file } });
    expect(annotationLines(stdout).length).toBeLessThanOrEqual(20);
    expectEveryFinding(readFileSync(file, 'utf8'), json.findings);
  }, 60_000);
});

describe('check --format github on a folder of 40 logs', () => {
  it('annotates at most 10 errors and 10 warnings, newest log first, and says how many it left out', async () => {
    const json = await teamFindings();
    expect(json.files).toHaveLength(40);
    expect(json.summary.errors).toBeGreaterThan(10);
    expect(json.summary.warnings).toBeGreaterThan(10);
    const { code, stdout } = await runCli(['check', '--format', 'github', teamLogs]);
    expect(code).toBe(1);
    const annotations = annotationLines(stdout);
    expect(annotations).toHaveLength(20);
    expect(annotations.slice(0, 10).every((line) => line.startsWith('::error '))).toBe(true);
    expect(annotations[0]).toMatch(/^::error file=fixtures\/ci\/team-logs\/2024\/05\/22\.md,/);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    const leftOut = json.findings.length - 20;
    expect(lines.at(-1)).toBe(`::notice title=worklog check::${leftOut} findings not annotated (${json.summary.errors - 10} errors, ${json.summary.warnings - 10} warnings, ${json.summary.infos} notes): at most 10 errors, 10 warnings and 0 notes are annotated (\`annotations\` in worklog.config.json); \`worklog check\` lists every finding`);
  }, 60_000);

  it('appends every finding to the step summary, after what earlier steps wrote', async () => {
    const json = await teamFindings();
    const file = summaryFile();
    const { code, stdout } = await runCli(['check', '--format', 'github', teamLogs], { env: { GITHUB_STEP_SUMMARY: file } });
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/; the job summary lists every finding$/);
    const markdown = readFileSync(file, 'utf8');
    expect(markdown.startsWith(`${earlier}## worklog check\n`)).toBe(true);
    expect(markdown).toContain(`${json.findings.length - 20} not (`);
    expect(markdown).toContain('### By rule');
    expect(markdown).toContain('| fixtures/ci/team-logs/2024/05/22.md | 1 |');
    expectEveryFinding(markdown, json.findings);
  }, 60_000);

  it('takes its limits from the configuration', async () => {
    const dir = temporaryDirectory('worklog-annotations-');
    writeFileSync(join(dir, 'annotations.json'), JSON.stringify({ annotations: { errors: 3, warnings: 0, notices: 5 } }));
    const { stdout } = await runCli(['check', '--format', 'github', '--config', join(dir, 'annotations.json'), teamLogs]);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.slice(0, line.indexOf(' ')))).toEqual([...Array(3).fill('::error'), ...Array(4).fill('::notice'), '::notice']);
    expect(lines.at(-1)).toMatch(/at most 3 errors, 0 warnings and 5 notes are annotated/);
  }, 60_000);

  it('refuses limits that are not a count', async () => {
    const dir = temporaryDirectory('worklog-annotations-');
    writeFileSync(join(dir, 'worklog.config.json'), JSON.stringify({ annotations: { warnings: -1 } }));
    const result = await runCli(['check', '--format', 'github', join(root, 'fixtures/2023-11-12.md')], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^worklog: worklog\.config\.json: `annotations\.warnings`.*\n$/);
  });

  it('writes no step summary for other formats, and says so in one line when it cannot write one', async () => {
    const file = summaryFile();
    await runCli(['check', '--format', 'json', teamLogs], { env: { GITHUB_STEP_SUMMARY: file } });
    expect(readFileSync(file, 'utf8')).toBe(earlier);
    const folder = temporaryDirectory('worklog-summary-');
    mkdirSync(join(folder, 'a-directory'));
    const result = await runCli(['check', '--format', 'github', 'fixtures/2023-11-12.md'], { env: { GITHUB_STEP_SUMMARY: join(folder, 'a-directory') } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^worklog: cannot append to the step summary .*a-directory \(GITHUB_STEP_SUMMARY\): EISDIR\n$/);
  }, 60_000);
});

describe('the GitHub Action', () => {
  const action = load(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { using: string; steps: { id?: string; run?: string; uses?: string; env?: Record<string, string> }[] };
  };

  it('passes each of its inputs to the script, as the INPUT_ variable the script reads', () => {
    expect(action.runs.using).toBe('composite');
    const step = action.runs.steps.find((one) => one.id === 'check');
    const script = readFileSync(join(root, 'scripts/action.sh'), 'utf8');
    for (const input of Object.keys(action.inputs).filter((name) => name !== 'node-version')) {
      const variable = `INPUT_${input.toUpperCase().replace(/-/g, '_')}`;
      expect(step?.env?.[variable], input).toBe(`\${{ inputs.${input} }}`);
      expect(script, variable).toContain(variable);
    }
    expect(action.runs.steps.map((one) => one.uses?.replace(/@.*/, ''))).toContain('github/codeql-action/upload-sarif');
  });

  it('runs its script on the team folder: annotations, the step summary and SARIF', async () => {
    // The script builds worklog when the action's folder has no build; here the tests' own build is used.
    expect(existsSync(join(root, 'dist/cli.js')), 'run `npm run build` first').toBe(true);
    const json = await teamFindings();
    const dir = temporaryDirectory('worklog-action-');
    const summary = summaryFile();
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTION_PATH: root,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: join(dir, 'output'),
      INPUT_PATHS: `${teamLogs}\n`,
      INPUT_MAX_WARNINGS: '0',
      INPUT_ARGS: '',
      INPUT_CONFIG: '',
      INPUT_SARIF: 'true',
      INPUT_SARIF_FILE: join(dir, 'worklog.sarif'),
    };
    const run = promisify(execFile)('bash', [join(root, 'scripts/action.sh')], { cwd: root, env, maxBuffer: 1 << 24 });
    const failure = await run.then(() => null, (error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure?.code, failure?.stderr).toBe(1);
    expect(failure?.stderr).toBe('');
    expect(annotationLines(failure?.stdout ?? '')).toHaveLength(20);
    expectEveryFinding(readFileSync(summary, 'utf8'), json.findings);
    const sarif = JSON.parse(readFileSync(join(dir, 'worklog.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]?.results).toHaveLength(json.findings.length);
    expect(readFileSync(join(dir, 'output'), 'utf8')).toBe(`sarif-file=${join(dir, 'worklog.sarif')}\n`);
  }, 120_000);

  it('offers a pre-commit hook that checks logs and leaves a folder\'s README, template and drafts alone', () => {
    const [hook] = load(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string; exclude: string }[];
    expect(hook).toMatchObject({ id: 'worklog-check', entry: 'worklog check', language: 'node' });
    const checked = (path: string) => new RegExp(hook?.files ?? '').test(path) && !new RegExp(hook?.exclude ?? '').test(path);
    expect(['logs/2024/04/09.md', '2023-11-12.md'].filter(checked)).toHaveLength(2);
    expect(['logs/README.md', 'logs/TEMPLATE.md', 'logs/drafts/2024-05-22.md', 'logs/2024/05/22.draft.md', 'logs/notes.txt'].filter(checked)).toEqual([]);
  });
});
