/** The one error worklog throws on purpose: a user error at the boundary, shown as one line. */

export const exitCodes = { ok: 0, findings: 1, usage: 2 } as const;

export class WorklogError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = exitCodes.usage) {
    super(message);
    this.name = 'WorklogError';
    this.exitCode = exitCode;
  }
}
