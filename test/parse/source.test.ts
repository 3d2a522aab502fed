import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/parse/log.js';
import { referenceLog } from '../helpers.js';

const clean = readFileSync(referenceLog, 'utf8');
const parse = (text: string) => parseLog(text, { file: 'fixtures/2023-11-12.md' });

describe('BOM and CRLF input', () => {
  it('parses a BOM file exactly like its clean twin', () => {
    expect(parse(`\uFEFF${clean}`)).toEqual(parse(clean));
  });

  it('parses a CRLF file exactly like its clean twin, same lines', () => {
    expect(parse(clean.replace(/\n/g, '\r\n'))).toEqual(parse(clean));
  });

  it('parses a BOM + CRLF file and a lone-CR file like the clean one', () => {
    expect(parse(`\uFEFF${clean.replace(/\n/g, '\r\n')}`)).toEqual(parse(clean));
    expect(parse(clean.replace(/\n/g, '\r'))).toEqual(parse(clean));
  });
});

describe('the log date fallbacks', () => {
  it('takes the file name when the first heading has none, then --date', () => {
    const text = '# 每日工作\n\n- [ ] 任务\n';
    expect(parseLog(text, { file: 'logs/20240311.md' })).toMatchObject({ date: '2024-03-11', dateSource: 'file-name' });
    expect(parseLog(text, { file: 'today.md', date: '2024-03-12' })).toMatchObject({ date: '2024-03-12', dateSource: 'option' });
    expect(parseLog(text, { file: 'today.md' })).toMatchObject({ date: null, dateSource: null });
  });

  it('prefers the heading, noting a file name that disagrees', () => {
    const log = parseLog('# 2024-03-11\n', { file: '2024-03-12.md', date: '2024-01-01' });
    expect(log.date).toBe('2024-03-11');
    expect(log.diagnostics).toEqual([expect.objectContaining({ ruleId: 'parse/date-mismatch', severity: 'info', line: 1 })]);
  });

  it('says when there is no date at all', () => {
    const log = parseLog('- [ ] 没有日期\n', { file: 'notes.md' });
    expect(log.diagnostics).toEqual([expect.objectContaining({ ruleId: 'parse/no-date', line: 1, column: 1 })]);
  });
});

describe('malformed markdown never throws', () => {
  it.each([
    '',
    '\n\n\n',
    '```mermaid\n',
    '| a |\n|',
    '- [',
    '-【',
    '# \u0000\u001b[2J',
    '|人员|时间周期|\n|--|--|\n|||\n|张迪|99-99|',
    '> > > - [ ] deep\n>>>> - [x]',
    `${'- '.repeat(200)}[ ] nested`,
  ])('%j', (text) => {
    expect(() => parseLog(text, { file: 'x.md' })).not.toThrow();
  });
});
