/** Placeholders people write in a plan's cells for "nobody yet" or "no dates yet": `TBD`, `待定`, `-`, `N/A`, `无`. */

const placeholders = new Set([
  '待定', '未定', '待分配', '待认领', '暂无', '无', '空缺',
  'tbd', 'tba', 'tbc', 'n/a', 'none', 'nobody', 'open', 'unassigned',
  '-', '--', '—', '——', '–', '?', '??',
]);

// A note after the placeholder says who might take it: `N/A (Partner team)`, `待定（等新同学）`.
const trailingNote = /\s*[(（[【][^)）\]】]*[)）\]】]\s*$/;

/** Whether a cell holds a placeholder instead of a name, a date or a number. */
export function isPlaceholder(cell: string): boolean {
  const text = cell.normalize('NFKC').trim().toLowerCase();
  if (placeholders.has(text)) return true;
  const bare = text.replace(trailingNote, '').trim();
  return bare !== text && placeholders.has(bare);
}

// The separators of a range whose ends are both placeholders: `待定 ~ 待定`, `TBD - TBD`.
const rangeSeparator = /\s*(?:~|〜|至|到|→|\bto\b)\s*|\s+[-–—]\s+/;

/** Whether a period cell leaves its dates open: a placeholder, or a range with a placeholder at either end. */
export function isPlaceholderPeriod(cell: string): boolean {
  if (isPlaceholder(cell)) return true;
  const parts = cell.normalize('NFKC').trim().split(rangeSeparator);
  return parts.length === 2 && parts.some(isPlaceholder);
}
