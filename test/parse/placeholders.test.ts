import { describe, expect, it } from 'vitest';
import { isPlaceholder, isPlaceholderPeriod } from '../../src/parse/placeholders.js';

describe('placeholders: nobody or no dates yet', () => {
  it.each(['待定', 'TBD', 'tbd', 'TBA', '-', '—', '–', 'N/A', 'n/a', '无', '暂无', '  TBD  ', 'Ｎ／Ａ', 'N/A (Partner team)', '待定（等新同学）'])(
    '%j is a placeholder',
    (cell) => {
      expect(isPlaceholder(cell)).toBe(true);
    },
  );

  it.each(['', '张迪', 'Ana', 'Na', 'Tomás (review)', '无名', 'TBD team', '5', '12.01-12.05', 'Legal (Aiko to chase)'])(
    '%j is not',
    (cell) => {
      expect(isPlaceholder(cell)).toBe(false);
    },
  );

  it.each(['待定', '待定 ~ 待定', 'TBD - TBD', '12.01 ~ 待定', '2024-03-11 ~ TBD', '—'])('period %j leaves its dates open', (cell) => {
    expect(isPlaceholderPeriod(cell)).toBe(true);
  });

  it.each(['12.01-12.05', '1208-121', 'soon', '2024-03-11 ~ 2024-03-15', '6-14', ''])('period %j does not', (cell) => {
    expect(isPlaceholderPeriod(cell)).toBe(false);
  });
});
