import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { formatNames } from '../../src/render/formatter.js';
import { runCli, temporaryDirectory, type CliResult } from '../helpers.js';

// What an attacker or a careless user puts in a file name or a committed configuration: a newline and a forged
// GitHub annotation, a terminal title set by OSC … BEL, a line separator, a legacy runner command, a bidi override.
const payload = '\n::error file=x::forged\u001b]0;title\u0007\u2028##[error]legacy\u202Egnp.';
const oneLine = payload.replace('\n', ' ');

// Raw characters no output may hold: C0 but newline and tab, DEL, C1, the separators, ALM, bidi marks and controls.
const rawControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// An annotation, or the closing notice that counts the findings left out.
const annotation = /^::(?:(?:error|warning|notice) file=[^:,\n]*,line=\d+,col=\d+,title=[^:,\n]*|notice title=worklog check)::/;

/** Every line of stdout and stderr: none a workflow command but worklog's own annotations, no raw control character. */
function expectInert(result: CliResult, annotations: boolean, name: string): void {
  for (const [stream, text] of [['stdout', result.stdout], ['stderr', result.stderr]] as const) {
    expect(text, `${name} ${stream}`).not.toMatch(rawControl);
    expect(text, `${name} ${stream}`).not.toContain('##[');
    for (const line of text.split('\n')) {
      if (annotations && stream === 'stdout' && line !== '') expect(line, name).toMatch(annotation);
      else expect(line.trimStart().startsWith('::'), `${name} ${stream}: ${line}`).toBe(false);
    }
  }
}

const log = (title: string) => [
  `# 2023-11-14 ${title}`,
  '',
  '## 待完成工作',
  `- [ ] P1 ${oneLine} 跟踪`,
  `- [ ] 钱包磁盘放火 ${oneLine}`,
  '::error file=x::a paragraph that starts like a workflow command',
  '',
  '## 放火工作',
  `- [ ] ${oneLine}磁盘放火`,
  '',
  '|项目|天数|人员|时间周期|',
  '| -- | -- | -- | -- |',
  `|${oneLine}|2|张迪${oneLine}|13-14|`,
  '',
].join('\n');

/** A folder with a hostile log under a hostile name, and a valid configuration that names systems and people with the payload. */
function hostileFolder(): { dir: string; file: string } {
  const dir = temporaryDirectory('worklog-hostile-');
  const file = `2023-11-14${payload}.md`;
  writeFileSync(join(dir, file), log(oneLine));
  writeFileSync(join(dir, 'worklog.config.json'), JSON.stringify({
    coverage: { systems: [{ name: payload, aliases: [payload] }] },
    people: { 张迪: [payload] },
    staffing: { headers: { person: [payload] } },
  }));
  return { dir, file };
}

/** Every command that reads logs, in every format it has. */
const runs = commands.flatMap((command) => (command.formats ? formatNames(command.formats) : []).map((format) => [command.name, format] as const));

describe('a file name and configuration values with a forged annotation, a terminal title and a line separator', () => {
  const { dir, file } = hostileFolder();

  it.each(runs)('%s --format %s shows them, never obeys them', async (command, format) => {
    const paths = command === 'rules' ? [] : [file];
    const message = format === 'email' ? ['--to', 'qa@example.com', '--from', 'worklog@example.com'] : [];
    const result = await runCli([command, '--format', format, ...message, ...paths], { cwd: dir, env: { WORKLOG_TODAY: '2023-11-14' } });
    expect(result.code, result.stderr).toBeLessThan(2);
    expectInert(result, command === 'check' && format === 'github', `${command} ${format}`);
  });

  it('writes every error about them as one line', async () => {
    const cases: [string[], Record<string, unknown> | null][] = [
      [['status', `missing${payload}.md`], null],
      [['check', '--format', `text${payload}`, file], null],
      [['check', '--date', `2023${payload}`, file], null],
      [['status', file], { [payload]: true }],
      [['rules'], { rules: { [payload]: 'off' } }],
      [['check'], { logDir: payload }],
      [['status', file], { coverage: { required: [payload] } }],
    ];
    for (const [args, config] of cases) {
      const errorDir = temporaryDirectory('worklog-hostile-');
      writeFileSync(join(errorDir, file), log('x'));
      if (config) writeFileSync(join(errorDir, 'worklog.config.json'), JSON.stringify(config));
      const result = await runCli(args, { cwd: errorDir });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(/^worklog: [^\n]+\n$/);
      expectInert(result, false, args.join(' '));
    }
  });
});

describe('characters XML 1.0 cannot carry', () => {
  it('are replaced, so that the JUnit report of a log holding U+FFFE and U+FFFF parses', async () => {
    const dir = temporaryDirectory('worklog-hostile-');
    writeFileSync(join(dir, '2023-11-14.md'), '# 2023-11-14\n\n-[ ] 不是字符 \uFFFE 和 \uFFFF 在这里\n');
    const { stdout } = await runCli(['check', '--format', 'junit', '2023-11-14.md'], { cwd: dir });
    const document = new new JSDOM('').window.DOMParser().parseFromString(stdout, 'application/xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(document.getElementsByTagName('failure')[0]?.getAttribute('message')).toContain('不是字符 \uFFFD 和 \uFFFD 在这里');
  });
});

describe('links and mentions in log text', () => {
  it('stay text in the markdown report, as GitHub renders it', async () => {
    const dir = temporaryDirectory('worklog-hostile-');
    const written = 'see https://evil.example, www.x.com or mail a@b.co, ping @everyone about #1 and xmpp:me@x.org';
    writeFileSync(join(dir, '2023-11-14.md'), `# 2023-11-14 ${written}\n\n## 待完成工作\n- [ ] ${written}\n\n${written}\n`);
    const { stdout } = await runCli(['report', '--format', 'markdown', '2023-11-14.md'], { cwd: dir });
    const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(stdout);
    const links: string[] = [];
    const texts: string[] = [];
    visitParents(tree, (node: Nodes) => {
      if (node.type === 'link') links.push(node.url);
      if (node.type === 'text') texts.push(node.value);
    });
    expect(links).toEqual([]);
    // GitHub's own filters then link `@name` and `#123` in the rendered text.
    expect(texts.join('\n')).not.toMatch(/(?:^|\W)@\w|#\d/);
    // A line wrapped to 80 columns renders its break as a space.
    expect(texts.join('\n').replaceAll('\u2060', '').replace(/\s+/g, ' ')).toContain(written);
  });
});
