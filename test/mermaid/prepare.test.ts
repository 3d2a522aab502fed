import { describe, expect, it } from 'vitest';
import { detectDiagramType } from '../../src/parse/mermaid/detect.js';
import { entitiesAsWritten, positionOf, prepareDiagram, writtenText } from '../../src/parse/mermaid/prepare.js';

describe('prepareDiagram', () => {
  it('hands the parser mermaid\'s text: no front matter, directives or comment lines, entities encoded', () => {
    const prepared = prepareDiagram('---\r\ntitle: 计划\r\n---\r\n%%{init: {"theme": "forest"}}%%\r\n%% 注释\r\n  gantt\r\n  a #35;1: 1d\r\n');
    expect(prepared.text).toBe('gantt\n  a \uFB02\xB0\xB035\xB6\xDF1: 1d\n\n');
    expect(entitiesAsWritten(prepared.text)).toBe('gantt\n  a #35;1: 1d\n\n');
    expect(prepared.frontMatter).toEqual({ title: '计划', refusal: null });
  });

  it('maps every character of the text back to where it was written', () => {
    const source = '%% c\ngantt\n  a #35;1: 1d\n';
    const prepared = prepareDiagram(source);
    const entity = prepared.text.indexOf('\uFB02');
    expect(positionOf(prepared, entity)).toEqual({ line: 3, column: 5 });
    expect(writtenText(prepared, entity, prepared.text.indexOf(':'))).toBe('#35;1');
    expect(positionOf(prepared, prepared.text.length)).toEqual({ line: 4, column: 1 });
  });

  it('places positions in the file by the block\'s origin, line by line', () => {
    const prepared = prepareDiagram('gantt\n a: 1d\nb: 1d\n', { line: 10, column: 5, lineColumns: [undefined, undefined, 2] });
    expect(positionOf(prepared, prepared.text.indexOf('a:'))).toEqual({ line: 11, column: 6 });
    expect(positionOf(prepared, prepared.text.indexOf('b:'))).toEqual({ line: 12, column: 2 });
  });

  it.each([
    ['title: 冻結流程 # draft', '冻結流程'],
    ['title: "冻結流程 # draft"', '冻結流程 # draft'],
    ["title: 'It''s'", "It's"],
    ['title: >\n  folded\n  title', 'folded title'],
    ['title: [Q4, 2023]', 'Q4,2023'],
    ['title: 0', null],
    ['- a list, not a mapping', null],
    ['config:\n  gantt:\n    barHeight: 20', null],
  ])('reads the front matter %j as mermaid does', (yaml, title) => {
    expect(prepareDiagram(`---\n${yaml}\n---\ngantt\n`).frontMatter).toEqual({ title, refusal: null });
  });

  it('says where front matter that is not YAML fails, as mermaid refuses the diagram', () => {
    const { frontMatter } = prepareDiagram('  ---\n  title: 计划\n  title: 重复\n  ---\ngantt\n', { line: 20, column: 3 });
    expect(frontMatter?.refusal).toMatchObject({ line: 22, column: 5, problem: 'its front matter is not valid YAML (duplicated mapping key)' });
  });

  it('leaves front matter that never closes in the text, where mermaid refuses it too', () => {
    const prepared = prepareDiagram('---\ntitle: 计划\ngantt\n');
    expect(prepared.frontMatter).toBeNull();
    expect(prepared.text.startsWith('---')).toBe(true);
  });
});

describe('detectDiagramType', () => {
  it.each([
    ['gantt\n  a: 1d', 'gantt'],
    ['---\ntitle: 计划\n---\n%% 注释\nsequenceDiagram\n', 'sequenceDiagram'],
    ['%%{init: {\n  "theme": "forest"\n}}%%\ngantt\n', 'gantt'],
    ['  ---\n  title: 缩进\n  ---\n\n  flowchart LR\n', 'flowchart'],
    ['---\ntitle: 没有结束\ngantt\n', 'unknown'],
    ['ganttish\n', 'unknown'],
  ])('%j is %s', (source, type) => {
    expect(detectDiagramType(source)).toBe(type);
  });
});
