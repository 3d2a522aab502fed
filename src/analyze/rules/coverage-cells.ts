/** Where a coverage cell is reported: the items behind it, else where the newest log names its system, else its drill section. */

import type { AnalysisContext, RuleResult } from '../rule.js';
import type { CoverageCell } from '../../model/coverage.js';
import type { CoverageCellData } from '../../model/finding-data.js';
import { inDrillSection } from '../coverage/drill-item.js';
import { plural } from '../../words/plural.js';

export function nodeCount(nodes: number): string {
  return plural(nodes, 'node');
}

/** `the CPU drill`, or `a drill` for an item that names no fault type. */
export function drillName(context: AnalysisContext, faultType: string | null): string {
  if (faultType === null) return 'a drill';
  return `the ${context.coverage.faultTypes.find((type) => type.id === faultType)?.label ?? faultType} drill`;
}

/** The result every coverage rule reports for a cell: the cell's data, wherever it is reported. */
export interface CellResult extends Omit<RuleResult, 'data'> {
  data: CoverageCellData;
}

export function cellResult(context: AnalysisContext, cell: CoverageCell, message: string): CellResult {
  const data = { system: cell.system, faultType: cell.faultType, state: cell.state, lines: cell.lines, nodes: cell.nodes, hosts: cell.hosts };
  const line = cell.lines[0];
  if (cell.file && line !== undefined) {
    const item = context.logs.find((log) => log.file === cell.file)?.items.find((candidate) => candidate.line === line);
    return { file: cell.file, line, column: item?.column ?? 1, message, data };
  }
  const system = context.coverage.systems.find((candidate) => candidate.name === cell.system);
  // Only in the newest log: a gap found in a folder is fixed in today's log, not where the system was first named.
  if (system?.file === context.today.file && system.line !== null) return { file: system.file, line: system.line, column: 1, message, data };
  const drill = context.today.items.find((item) => inDrillSection(item, context.config.coverage));
  const heading = drill ? context.today.headings.find((candidate) => candidate.text === drill.section.at(-1)) : undefined;
  return { file: context.today.file, line: heading?.line ?? 1, column: 1, message, data };
}
