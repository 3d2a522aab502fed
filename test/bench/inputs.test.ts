import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Heading, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { benchSeed, corpusLogs, digestOf, ensureInputs, generatorVersion, inputsKey, manyDaysFile } from '../../bench/inputs.mjs';
import { referenceLog, runCli, temporaryDirectory } from '../helpers.js';

// What the generator wrote at its current version: a change to these bytes must raise `generatorVersion`, so the
// benchmark's cached inputs are written again and results from before and after are not compared as equals.
const pinned = {
  version: 1,
  corpus: 'cc8ba914b596e3f9554806ae83f8ea914b781305f0fdf67305cf009d44bc4882',
  file: '4a057229d7ddc64e6ebf6dd8ddd2bd7bef1911282a7e66837e5567f91c5ab709',
};

const parse = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text);

describe('benchmark inputs', () => {
  it('are the same bytes for the same seed, and other bytes for another', () => {
    expect(digestOf(corpusLogs(40))).toBe(digestOf(corpusLogs(40)));
    expect(digestOf(corpusLogs(40, benchSeed + 1))).not.toBe(digestOf(corpusLogs(40)));
    expect(manyDaysFile(100_000).text).toBe(manyDaysFile(100_000).text);
  });

  it('match the digests pinned for the generator version', () => {
    expect({
      version: generatorVersion,
      corpus: digestOf(corpusLogs(40)),
      file: digestOf([{ name: 'days.md', text: manyDaysFile(100_000).text }]),
    }).toEqual(pinned);
  });

  it('are weekday logs sized like a real one, items carried from day to day', () => {
    const logs = corpusLogs(260);
    const sizes = logs.map((log) => Buffer.byteLength(log.text));
    expect(Math.min(...sizes)).toBeGreaterThan(2_500);
    expect(Math.max(...sizes)).toBeLessThan(8_500);
    expect(logs.map((log) => new Date(`${log.date}T00:00:00Z`).getUTCDay()).filter((day) => day === 0 || day === 6)).toEqual([]);
    const openItems = (text: string) => new Set(text.split('\n').filter((line) => line.startsWith('- [ ]')));
    const [monday, tuesday] = [openItems(logs[100]?.text ?? ''), openItems(logs[101]?.text ?? '')];
    expect([...monday].filter((line) => tuesday.has(line)).length).toBeGreaterThan(monday.size / 2);
  });

  it('read as logs with worklog without a parse finding', async () => {
    // Every 25th of a year and a half of logs, checked together as a folder is.
    const dir = temporaryDirectory('worklog-bench-');
    const logs = corpusLogs(400).filter((_, index) => index % 25 === 0);
    for (const log of logs) {
      mkdirSync(dirname(join(dir, log.name)), { recursive: true });
      writeFileSync(join(dir, log.name), log.text);
    }
    const result = await runCli(['check', '--format', 'json', dir], { env: { WORKLOG_TODAY: logs.at(-1)?.date }, cwd: dir });
    expect(result.stderr).toBe('');
    const document = JSON.parse(result.stdout) as { files: string[]; findings: { ruleId: string }[] };
    expect(document.files).toHaveLength(logs.length);
    expect(document.findings.filter((finding) => /^(parse|input|gantt|sequence)\//.test(finding.ruleId))).toEqual([]);
  }, 60_000); // sixteen logs checked in-process, on a machine other jobs share

  it('put each day of a big file under a top-level heading, with nested lists below it', () => {
    const file = manyDaysFile(100_000);
    const tree = parse(file.text);
    const topHeadings: string[] = [];
    visitParents(tree, 'heading', (heading: Heading, ancestors) => {
      if (heading.depth === 1) topHeadings.push(`${ancestors.length === 1 ? 'root' : 'nested'} ${file.text.slice(heading.position?.start.offset, heading.position?.end.offset)}`);
    });
    expect(topHeadings).toHaveLength(file.days);
    expect(topHeadings.filter((heading) => !/^root # \d{4}-\d{2}-\d{2}$/.test(heading))).toEqual([]);
    expect(topHeadings.at(-1)).toBe(`root # ${file.last}`);
    let nested = 0;
    visitParents(tree, 'list', (_list, ancestors) => {
      if (ancestors.filter((node) => node.type === 'list').length >= 2) nested += 1;
    });
    expect(nested).toBeGreaterThan(file.days);
  });

  it('are written once per generator version, and an older version is removed', async () => {
    const base = temporaryDirectory('worklog-bench-');
    mkdirSync(join(base, 'v0-0123456789ab'));
    const inputs = await ensureInputs({ base, quick: true });
    expect(inputsKey()).toMatch(new RegExp(`^v${generatorVersion}-[0-9a-f]{12}$`));
    expect(readdirSync(base)).toEqual([inputsKey()]);
    expect(readFileSync(inputs.reference.path, 'utf8')).toBe(readFileSync(referenceLog, 'utf8'));
    expect(inputs.corpus.count).toBe(260);
    const first = corpusLogs(1)[0];
    expect(readFileSync(join(inputs.corpus.path, first?.name ?? ''), 'utf8')).toBe(first?.text);
    expect(inputs.files.map((file) => file.label)).toEqual(['1 MB']);
    expect(readFileSync(inputs.files[0]?.path ?? '', 'utf8')).toBe(manyDaysFile(1024 * 1024).text);
    // A second run finds them written and writes nothing.
    expect(await ensureInputs({ base, quick: true })).toEqual(inputs);
  }, 60_000);
});
