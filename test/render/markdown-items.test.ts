import { describe, expect, it } from 'vitest';
import { markdownTask } from '../../src/render/markdown/items.js';
import { parseLog } from '../../src/parse/log.js';

const items = parseLog('# 2024-06-18\n\n- [ ] P1 open one\n- [x] done one\n- [-] dropped one\n- [/] half one\n', { file: 'x.md' }).items;

describe('items as markdown tasks', () => {
  it('gives an open or done item its GFM box, and a cancelled one none, struck through, so no empty box reads as open', () => {
    expect(items.map(markdownTask)).toEqual([
      '- [ ] **P1** open one',
      '- [x] done one',
      '- ~~dropped one~~ _(cancelled)_',
      '- [ ] half one _(in-progress)_',
    ]);
  });
});
