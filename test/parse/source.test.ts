import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/parse/log.js';
import { referenceLog } from '../helpers.js';

const clean = readFileSync(referenceLog, 'utf8');
const parse = (text: string) => parseLog(text, { file: 'fixtures/2023-11-12.md' });
/** The model without the fixes' ranges, which count the file's own line ends. */
const withoutRanges = (text: string) => {
  const log = parse(text);
  return { ...log, diagnostics: log.diagnostics.map((found) => ({ ...found, fix: found.fix?.text })) };
};
/** What each fix replaces in the text it was found in. */
const fixedSpans = (text: string) => {
  const body = text.replace(/^\uFEFF/, '');
  return parse(text).diagnostics.flatMap(({ fix }) => (fix ? [[body.slice(...fix.range), fix.text]] : []));
};

describe('BOM and CRLF input', () => {
  it('parses a BOM file exactly like its clean twin', () => {
    expect(parse(`\uFEFF${clean}`)).toEqual(parse(clean));
  });

  it('parses a CRLF file exactly like its clean twin, same lines', () => {
    expect(withoutRanges(clean.replace(/\n/g, '\r\n'))).toEqual(withoutRanges(clean));
  });

  it('parses a BOM + CRLF file and a lone-CR file like the clean one', () => {
    const bomCrlf = `\uFEFF${clean.replace(/\n/g, '\r\n')}`;
    expect(withoutRanges(bomCrlf)).toEqual(withoutRanges(clean));
    expect(parse(clean.replace(/\n/g, '\r'))).toEqual(parse(clean));
    // A fix's range counts the file's own text (BOM left out, CRLF as two), so it replaces the same words.
    expect(fixedSpans(bomCrlf)).toEqual(fixedSpans(clean));
    expect(fixedSpans(clean)).toEqual([['- P1 [ ] ', '- [ ] P1 ']]);
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
