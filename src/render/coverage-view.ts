/** The coverage matrix laid out for reading: which columns to show, and a symbol per state. */

import type { CellState, Coverage, CoverageCell } from '../model/coverage.js';

/** One narrow character per state, so the matrix reads without colour and in any East Asian terminal. */
export const stateSymbols: Readonly<Record<CellState, string>> = {
  done: '✓',
  expired: '~',
  alarm: '!',
  pending: 'o',
  never: '.',
};

export const stateWords: Readonly<Record<CellState, string>> = {
  done: 'done',
  expired: 'expired',
  alarm: 'alarm problem',
  pending: 'pending',
  never: 'never drilled',
};

export interface MatrixColumn {
  faultType: string | null;
  label: string;
}

/** Fault types that are required or named somewhere, then a column for items naming no fault type. */
export function matrixColumns(coverage: Coverage): MatrixColumn[] {
  const used = new Set(coverage.cells.map((cell) => cell.faultType));
  const columns: MatrixColumn[] = coverage.faultTypes
    .filter((type) => used.has(type.id))
    .map((type) => ({ faultType: type.id, label: type.label }));
  if (used.has(null)) columns.push({ faultType: null, label: '(other)' });
  return columns;
}

export function cellAt(coverage: Coverage, system: string, faultType: string | null): CoverageCell | undefined {
  return coverage.cells.find((cell) => cell.system === system && cell.faultType === faultType);
}

/** The symbol and node count of a cell, e.g. `!9`; empty where the matrix has no cell. */
export function cellText(cell: CoverageCell | undefined): string {
  if (!cell) return '';
  return `${stateSymbols[cell.state]}${cell.nodes === null ? '' : cell.nodes}`;
}

export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

const formatNumber = (value: number): string => String(Math.round(value * 100) / 100);

export function scoreText(score: { done: number; required: number }): string {
  return `${formatNumber(score.done)}/${score.required}`;
}

/** Each expired drill and the day it was last done, in plain words: `钱包 磁盘, last done 2024-03-26`. */
export function expiredDrills(coverage: Coverage): string[] {
  return coverage.cells.filter((cell) => cell.state === 'expired').map((cell) => {
    const label = coverage.faultTypes.find((type) => type.id === cell.faultType)?.label;
    return `${label === undefined ? cell.system : `${cell.system} ${label}`}, last done ${cell.lastDone ?? 'on an undated day'}`;
  });
}

/** The worst gaps in plain words: alarm problems, systems with nothing done, fault types never drilled anywhere, drills done too long ago. */
export function worstGaps(coverage: Coverage): string[] {
  const label = (faultType: string | null) => coverage.faultTypes.find((type) => type.id === faultType)?.label ?? 'unnamed fault';
  const lines: string[] = [];
  const alarms = coverage.cells.filter((cell) => cell.state === 'alarm');
  if (alarms.length > 0) {
    lines.push(`alarm problems: ${alarms.map((cell) => `${cell.system} ${cell.faultType === null ? '' : label(cell.faultType)}${cell.nodes === null ? '' : ` (${cell.nodes} nodes)`}`.trim()).join(', ')}`);
  }
  const nothingDone = coverage.systems.filter((system) => system.score.required > 0 && system.score.done === 0);
  if (nothingDone.length > 0) lines.push(`nothing done yet: ${nothingDone.map((system) => system.name).join(', ')}`);
  const neverAnywhere = coverage.faultTypes.filter((type) => {
    const cells = coverage.cells.filter((cell) => cell.faultType === type.id && cell.required);
    return cells.length > 0 && cells.every((cell) => cell.state === 'never');
  });
  if (neverAnywhere.length > 0) lines.push(`never drilled on any system: ${neverAnywhere.map((type) => type.label).join(', ')}`);
  const expired = expiredDrills(coverage);
  if (expired.length > 0) lines.push(`expired: ${expired.join('; ')}`);
  return lines;
}
