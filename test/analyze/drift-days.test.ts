import { describe, expect, it } from 'vitest';
import type { Heading } from '../../src/model/log.js';
import { dayStarts } from '../../src/analyze/schedule/drift.js';

const heading = (depth: number, text: string, line: number): Heading => ({ depth, text, path: [text], line, column: 1 });

describe('the days of a log that holds several', () => {
  it('is none for a log of one day, however many dated headings it has', () => {
    expect(dayStarts([heading(1, '今日工作 2023年11月12日', 1), heading(2, '人力排期（11.27-12.15）', 20)])).toEqual([]);
    expect(dayStarts([heading(1, 'Standup 2024-06-03', 1), heading(2, 'Yesterday 2024-06-03', 5)])).toEqual([]);
    expect(dayStarts([])).toEqual([]);
  });

  it('starts a day at each dated heading of the shallowest depth that names two days', () => {
    const headings = [
      heading(1, '2025年3月 工作日志 2025-03-01', 1),
      heading(2, '2025-03-03 周一', 3),
      heading(3, '人力排期', 5),
      heading(2, '2025-03-04 周二', 40),
      heading(3, '人力排期', 42),
    ];
    expect(dayStarts(headings)).toEqual([3, 40]);
  });

  it('reads days at the top level when each day is a top-level heading', () => {
    expect(dayStarts([heading(1, '2025-03-03 周一', 1), heading(2, '待办', 3), heading(1, '2025-03-04 周二', 30)])).toEqual([1, 30]);
  });
});
