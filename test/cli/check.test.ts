import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { closestRuleId, ruleCatalog, ruleHelpUri, type UnlistedRuleId } from '../../src/rules/catalog.js';
import { fixturesDir, runCli, temporaryDirectory } from '../helpers.js';

const reference = 'fixtures/2023-11-12.md';
const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

describe('worklog check', () => {
  it('exits 0 on the reference log: it has warnings and notes but no error', async () => {
    const result = await runCli(['check', reference]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^fixtures\/2023-11-12\.md\n {4}21:1 {2}warning {2}`- P1 \[ \]` is not a GFM task .* {2}parse\/lenient-checkbox$/m);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^! \d+ problems \(0 errors, \d+ warnings, \d+ notes\) in 1 log$/);
  });

  it('exits 1 with --max-warnings 0, and 0 with enough room', async () => {
    const failing = await runCli(['check', '--max-warnings', '0', reference]);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/^worklog: \d+ warnings, more than --max-warnings 0\n$/);
    expect((await runCli(['check', '--max-warnings', '1000', reference])).code).toBe(0);
    expect(await runCli(['check', '--max-warnings', 'few', reference])).toMatchObject({ code: 2 });
  });

  it('exits 1 when a log has an error (a gantt chart mermaid cannot draw)', async () => {
    const result = await runCli(['check', 'fixtures/parse/unclosed-fence.md']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('error    mermaid cannot draw this chart');
  });

  it('takes severities from the configuration: off drops a rule, error fails the run', async () => {
    const dir = temporaryDirectory('worklog-check-');
    const config = join(dir, 'worklog.config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'schedule/overlap': 'error', 'sequence/unused-participant': 'off', 'coverage/gap': 'off' } }));
    const result = await runCli(['check', '--config', config, '--format', 'json', reference]);
    const document = JSON.parse(result.stdout);
    expect(result.code).toBe(1);
    const ids = document.findings.map((finding: { ruleId: string }) => finding.ruleId);
    expect(ids).not.toContain('sequence/unused-participant');
    expect(ids).not.toContain('coverage/gap');
    expect(document.findings.filter((finding: { ruleId: string; severity: string }) => finding.ruleId === 'schedule/overlap' && finding.severity === 'error')).toHaveLength(5);
    expect(document.summary.errors).toBe(5);
  });

  it('still takes the renamed `sequence/participant` for its three successors, saying what to write instead', async () => {
    const dir = temporaryDirectory('worklog-check-');
    writeFileSync(join(dir, 'worklog.config.json'), JSON.stringify({ rules: { 'sequence/participant': 'off', 'sequence/late-declaration': 'error' } }));
    const diagram = readFileSync(join(fixturesDir, 'sequence/lint/late-declaration.mmd'), 'utf8');
    writeFileSync(join(dir, '2023-11-12.md'), `# 2023-11-12\n\n\`\`\`mermaid\n${diagram}\`\`\`\n`);
    const result = await runCli(['check', '--format', 'json', '2023-11-12.md', join(process.cwd(), reference)], { cwd: dir });
    const ids = JSON.parse(result.stdout).findings.map((finding: { ruleId: string; severity: string }) => `${finding.ruleId} ${finding.severity}`);
    expect(ids.filter((id: string) => id.startsWith('sequence/'))).toEqual(['sequence/late-declaration error']);
    expect(result.stderr).toBe('worklog: worklog.config.json: `rules.sequence/participant` is deprecated and will stop working in 0.3.0: write `sequence/unused-participant`, `sequence/undeclared-participant`, `sequence/late-declaration` instead\n');
  });

  it('refuses a rule id it does not have', async () => {
    const dir = temporaryDirectory('worklog-check-');
    writeFileSync(join(dir, 'worklog.config.json'), JSON.stringify({ rules: { 'schedule/overlaps': 'off' } }));
    const result = await runCli(['check', join(process.cwd(), reference)], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stderr: 'worklog: worklog.config.json: `rules.schedule/overlaps` is not a rule worklog has; did you mean `schedule/overlap`? (`worklog rules` lists them)\n' });
  });

  it('prints a GitHub Actions workflow command per finding GitHub shows, and counts the rest', async () => {
    const json = JSON.parse((await runCli(['check', '--format', 'json', reference])).stdout);
    const github = (await runCli(['check', '--format', 'github', reference])).stdout.trimEnd().split('\n');
    const annotations = github.slice(0, -1);
    expect(annotations).toHaveLength(Math.min(10, json.summary.errors) + Math.min(10, json.summary.warnings));
    for (const line of annotations) expect(line).toMatch(/^::(error|warning) file=fixtures\/2023-11-12\.md,line=\d+,col=\d+,title=[a-z]+\/[a-z0-9-]+::\S/);
    expect(github.at(-1)).toMatch(new RegExp(`^::notice title=worklog check::${json.findings.length - annotations.length} findings not annotated \\(`));
    expect(github[0]).toBe('::warning file=fixtures/2023-11-12.md,line=21,col=1,title=parse/lenient-checkbox::`- P1 [ ]` is not a GFM task (the priority stands before the box), so GitHub shows it as plain text: write `- [ ] P1 资金对账进度跟踪`');
  });

  it('writes SARIF 2.1.0 that validates against the SARIF schema, with rule metadata', async () => {
    const result = await runCli(['check', '--format', 'sarif', reference]);
    const sarif = JSON.parse(result.stdout);
    // The schema's language-tag pattern is not valid in Unicode mode, so patterns are compiled without it.
    const ajv = new Ajv04({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(sarifSchema);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const broken = structuredClone(sarif);
    broken.runs[0].results[0].level = 'info';
    expect(validate(broken)).toBe(false);
    const badUri = structuredClone(sarif);
    badUri.runs[0].tool.driver.rules[0].helpUri = 'not a uri';
    expect(validate(badUri)).toBe(false);
    expect(sarif.runs[0].tool.driver.rules[0]).toMatchObject({ id: 'parse/lenient-checkbox', helpUri: 'https://github.com/worklog/worklog#rule-parse-lenient-checkbox' });
    const [run] = sarif.runs;
    expect(run.tool.driver.name).toBe('worklog');
    expect(run.results[0]).toMatchObject({
      ruleId: 'parse/lenient-checkbox', level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/2023-11-12.md' }, region: { startLine: 21, startColumn: 1 } } }],
    });
    for (const item of run.results) expect(run.tool.driver.rules[item.ruleIndex].id).toBe(item.ruleId);
    expect(run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'schedule/overlap').shortDescription.text).toMatch(/booked on two different projects/);
  });

  it('writes JUnit XML: a suite per log, a failing case per warning or error', async () => {
    const xml = (await runCli(['check', '--format', 'junit', reference, 'fixtures/parse/no-date.md'])).stdout;
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="worklog" tests="\d+" failures="\d+" errors="0">/);
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml).toContain('<testsuite name="fixtures/parse/no-date.md" tests="1" failures="1" errors="0">');
    expect(xml).toContain('<failure message="`- P1 [ ]` is not a GFM task');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('reports a marker repeated on many lines once, at its first line, in every format', async () => {
    const log = 'fixtures/parse/repeated-marker-en.md';
    const json = JSON.parse((await runCli(['check', '--format', 'json', log])).stdout);
    expect(json.findings.map((finding: { line: number; data: object }) => [finding.line, finding.data])).toEqual([[4, { lines: [4, 5, 11] }], [9, { lines: [9, 10] }]]);
    const repeated = '(on 3 lines: 4, 5, 11)';
    const github = (await runCli(['check', '--format', 'github', log])).stdout.trimEnd().split('\n');
    expect(github).toHaveLength(2);
    expect(github[0]).toMatch(/^::warning file=fixtures\/parse\/repeated-marker-en\.md,line=4,col=1,title=parse\/unknown-marker::`\[~\]`/);
    expect(github[0]).toContain(repeated);
    const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', log])).stdout);
    expect(sarif.runs[0].results.map((result: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => result.locations[0]?.physicalLocation.region.startLine)).toEqual([4, 9]);
    expect(sarif.runs[0].results[0].message.text).toContain(repeated);
    const junit = (await runCli(['check', '--format', 'junit', log])).stdout;
    expect(junit).toContain('tests="2" failures="2"');
    expect(junit).toContain('<testcase name="parse/unknown-marker 4:1"');
    const text = (await runCli(['check', log])).stdout;
    expect(text.split('\n').filter((line) => line.includes('parse/unknown-marker'))).toHaveLength(2);
    expect(text).toContain(repeated);
  });

  it('keeps hostile log text inert in every CI format', async () => {
    const hostile = join(fixturesDir, 'report-hostile.md');
    for (const format of ['text', 'github', 'junit', 'sarif']) {
      const { stdout } = await runCli(['check', '--format', format, hostile]);
      expect(stdout, format).not.toContain('\u001b');
    }
    const junit = (await runCli(['check', '--format', 'junit', hostile])).stdout;
    expect(junit).not.toMatch(/<script|<img|<b>/);
  });

  it('lists every rule it can report in the catalog, with a description and a default severity', () => {
    const ids = ruleCatalog.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ruleCatalog) {
      expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });
});

describe('the rule catalog', () => {
  it('has a row for every rule id that has finding data', () => {
    expectTypeOf<UnlistedRuleId>().toBeNever();
  });

  it('gives every rule a README anchor and a help address', () => {
    expect(ruleHelpUri('schedule/overlap')).toBe('https://github.com/worklog/worklog#rule-schedule-overlap');
  });

  it('suggests the closest id for a mistyped one, and nothing for a far one', () => {
    expect(closestRuleId('gantt/sintax-error')).toBe('gantt/syntax-error');
    expect(closestRuleId('sequence/unused-participants')).toBe('sequence/unused-participant');
    expect(closestRuleId('schedule/overlaps')).toBe('schedule/overlap');
    expect(closestRuleId('lint/whatever')).toBeNull();
  });
});
