/** `worklog coverage --format markdown`: the matrix as a GitHub table, with a legend and the unattributed items. */

import type { CellState, Coverage } from '../../model/coverage.js';
import type { CoverageResult } from '../results.js';
import { cellAt, cellText, expiredDrills, matrixColumns, percent, scoreText, stateSymbols, stateWords } from '../coverage-view.js';
import { escapeMarkdown } from './escape.js';
import { appendLines } from '../append.js';
import { fittedTable } from './table.js';
import { wrapDocument } from './wrap.js';

export function coverageMatrixMarkdown(coverage: Coverage): string[] {
  const columns = matrixColumns(coverage);
  const lines = fittedTable([
    ['System', ...columns.map((column) => escapeMarkdown(column.label)), 'Score'],
    ['---', ...columns.map(() => ':---:'), '---:'],
    ...coverage.systems.map((system) =>
      [escapeMarkdown(system.name), ...columns.map((column) => escapeMarkdown(cellText(cellAt(coverage, system.name, column.faultType)))), scoreText(system.score)]),
  ]);
  const legend = (Object.keys(stateSymbols) as CellState[]).map((state) => `\`${stateSymbols[state]}\` ${stateWords[state]}`).join(' · ');
  return [...lines, '', `${legend} · a number is a node count`];
}

export function renderCoverageMarkdown({ coverage }: CoverageResult): string {
  const lines = [
    '# Fault-injection coverage',
    '',
    `**${percent(coverage.score.ratio)}** of the required drills (${scoreText(coverage.score)}, weighted: done 1, expired 0.75, alarm 0.5).`,
    '',
    ...(coverage.systems.length === 0 ? ['No drill items and no configured systems.'] : coverageMatrixMarkdown(coverage)),
  ];
  const expired = expiredDrills(coverage);
  if (expired.length > 0) appendLines(lines, '', '## Expired drills', '', expired.map((drill) => `- ${escapeMarkdown(drill)}`));
  if (coverage.unattributed.length > 0) {
    appendLines(lines, '', '## Drill items not attributed to a system', '', coverage.unattributed.map((drill) => `- line ${drill.line}: ${escapeMarkdown(drill.text)}`));
  }
  return `${wrapDocument(lines.join('\n'))}\n`;
}
