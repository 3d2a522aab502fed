/** The outside world a command sees, passed in so that tests can pin it, and the one way text reaches stdout and stderr. */

import { inertLines, neutralise } from '../render/inert.js';

export interface Output {
  write(text: string): void;
  isTTY: boolean;
  /** Terminal width, when known. */
  columns?: number;
}

export interface CliIO {
  /** What `-` reads. */
  stdin: AsyncIterable<Uint8Array>;
  stdout: Output;
  stderr: Output;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export function processIO(): CliIO {
  return {
    stdin: process.stdin,
    stdout: {
      write: (text) => void process.stdout.write(text),
      isTTY: process.stdout.isTTY === true,
      columns: process.stdout.columns,
    },
    stderr: { write: (text) => void process.stderr.write(text), isTTY: process.stderr.isTTY === true },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** One line on stderr, `worklog: …`: a file name or configuration value in it cannot start a second line or steer the terminal. */
export function writeError(io: CliIO, message: string): void {
  io.stderr.write(`worklog: ${neutralise(message)}\n`);
}

/** A command's output on stdout; no line of it reads as a CI workflow command unless it is one (`commands`). */
export function writeOutput(io: CliIO, text: string, commands = false): void {
  io.stdout.write(commands ? text : inertLines(text));
}
