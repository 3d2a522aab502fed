import { describe, expect, it } from 'vitest';
import { boxName } from '../../src/parse/mermaid/sequence-colors.js';
import { readParticipantSettings } from '../../src/parse/mermaid/sequence-db.js';
import { parseSequence } from '../../src/parse/mermaid/sequence.js';

describe('parseSequence', () => {
  it('gives lines and columns in the source, past front matter, directives, comment lines and CRLF', () => {
    const source = '---\r\ntitle: 冻结\r\n---\r\n%%{init: {"theme": "forest"}}%%\r\n%% 走查\r\nsequenceDiagram\r\n  端 ->> 牛盾 冻结\r\n';
    const { diagram, diagnostics } = parseSequence(source);
    expect(diagram.messages[0]).toMatchObject({ from: '端', to: '牛盾', text: '冻结', line: 7, column: 3 });
    expect(diagnostics.find((diagnostic) => diagnostic.ruleId === 'sequence/missing-colon')).toMatchObject({ line: 7, column: 9 });
  });

  it('takes the title from a `title` line, else from front matter, else leaves it to the log', () => {
    expect(parseSequence('---\ntitle: 前言\n---\nsequenceDiagram\ntitle 解冻\nA->>B: x\n').diagram.title).toBe('解冻');
    expect(parseSequence('---\ntitle: "前言"\n---\nsequenceDiagram\nA->>B: x\n').diagram.title).toBe('前言');
    expect(parseSequence('sequenceDiagram\nA->>B: x\n').diagram.title).toBeNull();
  });

  it('keeps entity codes as written in ids, labels and texts', () => {
    const { diagram } = parseSequence('sequenceDiagram\nparticipant A#35;1 as 工单#35;1\nA#35;1->>B: 第#59;二\n');
    expect(diagram.participants[0]).toMatchObject({ id: 'A#35;1', label: '工单#35;1' });
    expect(diagram.messages[0]?.text).toBe('第#59;二');
  });

  // Each with whether mermaid 11 refuses it.
  it.each([
    ['empty text', '', true],
    ['the header alone', 'sequenceDiagram', false],
    ['another diagram type', 'gantt\n  dateFormat YYYY-MM-DD', true],
    ['settings never closed', 'sequenceDiagram\nparticipant A@{ "type": ', true],
    ['a description never closed', 'sequenceDiagram\naccDescr {\nnever closed', false],
    ['a line of 5000 dashes', `sequenceDiagram\n${'-'.repeat(5000)}`, true],
    ['2000 arrows in a row', `sequenceDiagram\n${'A->>'.repeat(2000)}`, true],
    ['control characters in an id', 'sequenceDiagram\n\u0001\u001b[31m ->> B: x', false],
    ['200 blocks never closed', 'sequenceDiagram\nloop\n'.repeat(200), true],
  ])('never throws on %s, and reports an error where mermaid refuses it', (_name, source, refused) => {
    const { diagnostics } = parseSequence(source);
    expect(diagnostics.some((diagnostic) => diagnostic.severity === 'error')).toBe(refused);
  });
});

describe('readParticipantSettings', () => {
  it.each([
    ['"type": "database"', { read: true, type: 'database', alias: null }],
    [' type: queue, alias: 消息队列 ', { read: true, type: 'queue', alias: '消息队列' }],
    ["'type': 'entity', 'alias': 'a, b'", { read: true, type: 'entity', alias: 'a, b' }],
    ['\n  "type": "control"\n', { read: true, type: 'control', alias: null }],
    ['\ntype: control\nalias: 控制 # the drawn name\n', { read: true, type: 'control', alias: '控制' }],
    // Trimmed, the first line loses its indentation and the others keep theirs: mermaid's reader fails.
    ['\n  type: control\n  alias: 控制\n', { read: false, broken: true, reason: 'bad indentation of a mapping entry' }],
    ['type: database, alias: 库 \uFB02\xB0\xB035\xB6\xDF1', { read: true, type: 'database', alias: '库 #35;1' }],
    ['type: 5, alias: 0', { read: true, type: '5', alias: null }],
    ['type: database, note', { read: true, type: 'database', alias: null }],
    ['type database', { read: false, broken: false }],
    ['\n- type: database\n- alias: 库\n', { read: false, broken: false }],
    ['"type": "database', { read: false, broken: true, reason: 'unexpected end of the stream within a double quoted scalar' }],
    ['type: database, type: queue', { read: false, broken: true, reason: 'duplicated mapping key' }],
  ])('%j', (content, settings) => {
    expect(readParticipantSettings(content)).toEqual(settings);
  });
});

describe('boxName', () => {
  it.each([
    ['Aqua 商户域', '商户域'],
    ['rgb(33, 66, 99) 资金域', '资金域'],
    ['transparent Team', 'Team'],
    ['风控域', '风控域'],
    ['Payments team', 'Payments team'],
    ['', ''],
  ])('%j is drawn as %j', (text, name) => {
    expect(boxName(text)).toBe(name);
  });
});
