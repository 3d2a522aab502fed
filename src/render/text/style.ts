/** What every text renderer needs: colours and the width it may fill. */
// Every glyph here is narrow in East Asian terminals too (no "ambiguous width" characters), so columns stay aligned.

import type { ChalkInstance } from 'chalk';
import type { Priority, ItemStatus } from '../../model/log.js';
import type { Severity } from '../../model/diagnostic.js';

export interface TextStyle {
  chalk: ChalkInstance;
  /** Terminal columns to fit, or null to never cut (piped output). */
  width: number | null;
}

export function paintPriority(style: TextStyle, priority: Priority | null): string {
  const { chalk } = style;
  switch (priority) {
    case 'P0': return chalk.bold.red(priority);
    case 'P1': return chalk.red(priority);
    case 'P2': return chalk.yellow(priority);
    case 'P3': return chalk.blue(priority);
    case 'P4': return chalk.gray(priority);
    default: return chalk.gray('-');
  }
}

/** A status as the box the log itself uses: reads without colour, one column per character everywhere. */
export const statusBox: Readonly<Record<ItemStatus, string>> = {
  open: '[ ]',
  'in-progress': '[/]',
  deferred: '[>]',
  done: '[x]',
  cancelled: '[-]',
};

export function paintSeverity(style: TextStyle, severity: Severity): string {
  const { chalk } = style;
  if (severity === 'error') return chalk.red(severity);
  if (severity === 'warning') return chalk.yellow(severity);
  return chalk.blue(severity);
}
