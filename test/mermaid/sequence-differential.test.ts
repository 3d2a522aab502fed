import { beforeAll, describe, expect, it } from 'vitest';
import { parseSequence } from '../../src/parse/mermaid/sequence.js';
import { asReference, comparable, drawingRules } from './sequence-compare.js';
import { loadMermaidSequence, type ReferenceReading } from './sequence-mermaid.js';

// Lines real logs hold, valid or not, and fragments of mermaid's syntax, combined at random (with a fixed seed).
const lines = [
  'participant A', 'participant B as 乙方', 'actor C', 'participant A B', 'participant D@{ "type": "database" } as 库',
  'A->>B: hi', 'A-->>B:x', 'A->B : y', 'B-xA: z', 'A-)C: w', 'A->>+B: act', 'B-->>-A: deact', 'A<<->>B: bi', 'A ->> B',
  'A->>B：全角', 'A->>B: a; B->>A: b', 'A->>B: a;b', 'A->>B: #35; ok', 'A->>B: cut # here', 'A->>B: %% x', '%% comment',
  'Note left of A: n', 'note over A,B: m', 'Note right of C:k', 'note over A', 'loop L', 'alt x', 'else y', 'par p', 'and q',
  'critical c', 'option o', 'opt o', 'break b', 'rect rgb(0,0,0)', 'end', 'box Aqua 资金域', 'activate A', 'deactivate A',
  'autonumber', 'autonumber 5 2', 'autonumber off', 'autonumber  ', 'title 冻结', 'title: T2', 'create participant E',
  'E->>A: made', 'destroy E', 'A->>E: bye', '', '\tA->>B: tab', '> A->>B: gt', 'A->>B: <b class="x">y</b>', 'A->>()B: c',
  'A()->>B: d', 'A-|\\B: h', 'svc-x->>B: s', 'my-svc->>B: t', 'A =>B: bad', 'link A: L @ https://x.example', 'A->>B: wrap: w',
  'A->>B:: double', 'A,B->>C: comma', '1 ->> A: num', 'participant F #c', 'participant G as H # cut', 'accTitle: t',
  'end A->>B: same', 'A->>B: &amp; x', 'actor 用户 as 商户', '用户->>收银台: 下单', 'A--xB: q', 'Note over A , B : sp', '(A)->>B: paren',
];
const fragments = [
  'A', 'B', ' ', '-', '>', '>>', 'x', ')', '(', '|', '/', '\\', ':', ';', '#', '%%', '@{', '}', '"', '\t', '\n', '<', '=', '+', ',',
  '1 ', '中', '：', 'as ', 'participant ', 'note over ', 'end', 'loop ', 'alt ', 'else', 'activate ', 'A->>B: t\n', 'create participant ',
  'destroy ', 'autonumber', 'title x', 'box ', 'wrap:', '#35;', 'off', '()', '&amp;', '\r\n', '\u3000', '\n%% c\n', '<<', '--',
];

/** mulberry32: a small seeded generator, so every run checks the same diagrams. */
function seeded(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

const random = seeded(20231112);
const pick = <T,>(list: readonly T[]): T => list[random(list.length)] as T;
const diagrams = Array.from({ length: 1500 }, (_, index) => {
  const body = index % 2 === 0
    ? Array.from({ length: 1 + random(7) }, () => pick(lines)).join('\n')
    : Array.from({ length: 1 + random(25) }, () => pick(fragments)).join('');
  return `sequenceDiagram\n${body}\n`;
});

describe('worklog and mermaid 11 agree on 1500 generated sequence diagrams', () => {
  const readings: ReferenceReading[] = [];

  beforeAll(async () => {
    const read = await loadMermaidSequence();
    for (const diagram of diagrams) readings.push(await read(diagram));
  }, 120_000);

  it('draws some and refuses others', () => {
    expect(readings.filter((reading) => reading.drawn).length).toBeGreaterThan(100);
    expect(readings.filter((reading) => !reading.drawn).length).toBeGreaterThan(100);
  });

  it('reports an error exactly where mermaid refuses, and reads the rest as mermaid does', () => {
    const disagreements = diagrams.flatMap((source, index) => {
      const reading = readings[index];
      const { diagram, diagnostics } = parseSequence(source);
      const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error' && !drawingRules.has(diagnostic.ruleId));
      if (!reading) return [];
      if (!reading.drawn) return errors.length > 0 ? [] : [{ source, problem: `mermaid refuses it (${reading.error.split('\n')[0] ?? ''})` }];
      if (errors.length > 0) return [{ source, problem: errors.map((error) => error.message).join('; ') }];
      const ours = JSON.stringify(asReference(diagram));
      return ours === JSON.stringify(comparable(reading.sequence)) ? [] : [{ source, problem: `read differently: ${ours}` }];
    });
    expect(disagreements).toEqual([]);
  });
});
