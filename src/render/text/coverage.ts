/** `worklog coverage` for the terminal: the systems × fault types matrix, a legend, and what could not be attributed. */

import type { ChalkInstance } from 'chalk';
import type { CellState, Coverage } from '../../model/coverage.js';
import type { FormatContext } from '../formatter.js';
import type { CoverageResult } from '../results.js';
import { appendLines } from '../append.js';
import { cellAt, cellText, expiredDrills, matrixColumns, percent, scoreText, stateSymbols, stateWords } from '../coverage-view.js';
import { neutralise, wrapParts } from '../terminal.js';
import { cell, layoutColumns } from './columns.js';
import { renderFindingLines } from './diagnostics.js';
import type { TextStyle } from './style.js';

export function paintState(chalk: ChalkInstance, state: CellState): (text: string) => string {
  switch (state) {
    case 'done': return chalk.green;
    case 'expired': return chalk.yellow;
    case 'alarm': return chalk.bold.red;
    case 'pending': return chalk.cyan;
    default: return chalk.gray;
  }
}

export function coverageMatrixLines(coverage: Coverage, style: TextStyle): string[] {
  const { chalk } = style;
  const columns = matrixColumns(coverage);
  const header = [cell(''), ...columns.map((column) => cell(column.label, chalk.bold)), cell('score', chalk.bold, 'right')];
  const rows = coverage.systems.map((system) => [
    cell(system.name),
    ...columns.map((column) => {
      const found = cellAt(coverage, system.name, column.faultType);
      return cell(cellText(found), found ? paintState(chalk, found.state) : undefined);
    }),
    cell(scoreText(system.score), undefined, 'right'),
  ]);
  const legend = (Object.keys(stateSymbols) as CellState[])
    .map((state) => `${paintState(chalk, state)(stateSymbols[state])} ${stateWords[state]}`)
    .join('  ');
  return [
    ...layoutColumns([header, ...rows], { flexible: 0, width: style.width, indent: 2 }),
    '',
    ...wrapParts([legend, chalk.gray('(a number: nodes)')], style.width === null ? null : style.width - 2, '  ').map((line) => `  ${line}`),
  ];
}

export function renderCoverageText({ coverage, findings }: CoverageResult, { style }: FormatContext): string {
  const { chalk } = style;
  const { score } = coverage;
  const lines = [
    `${chalk.bold('Fault-injection coverage')}  ${percent(score.ratio)} (${scoreText(score)} required drills, weighted)`,
    '',
  ];
  if (coverage.systems.length === 0) lines.push('  no drill items and no configured systems');
  else appendLines(lines, coverageMatrixLines(coverage, style));

  const expired = expiredDrills(coverage);
  if (expired.length > 0) appendLines(lines, '', chalk.bold('Expired drills'), expired.map((drill) => `  ${neutralise(drill)}`));
  if (coverage.unattributed.length > 0) {
    lines.push('', chalk.bold('Drill items not attributed to a system'));
    appendLines(lines, layoutColumns(
      coverage.unattributed.map((drill) => [cell(String(drill.line), chalk.gray, 'right'), cell(drill.text)]),
      { flexible: 1, width: style.width, indent: 2 },
    ));
  }
  const attention = findings.filter((finding) => finding.severity !== 'info');
  if (attention.length > 0) appendLines(lines, '', chalk.bold('Problems'), renderFindingLines(attention, style));
  const files = [...new Set(coverage.cells.map((c) => c.file).filter((file): file is string => file !== null))];
  lines.push('', chalk.gray(neutralise(`today ${coverage.today ?? 'undated'} · from ${files.join(', ') || 'no drills'}`)));
  return `${lines.join('\n')}\n`;
}
