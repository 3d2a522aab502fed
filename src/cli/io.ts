/** The outside world a command sees, passed in so that tests can pin it, and the one way text reaches stdout and stderr. */

import { fstatSync, statSync, writeSync, type Stats } from 'node:fs';
import { chunksOf } from '../io/chunks.js';
import type { TextPieces } from '../render/formatter.js';
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

/** A reader that stops early (`worklog report | head`) closes the pipe: that is the end of the run, not a crash. */
function endOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
}

/** Node's stream for standard output, made on first use: a pipe's loads net and streams, which a piped run need not. */
function streamOutput(): Output {
  const { stdout } = process;
  stdout.on('error', endOnClosedPipe);
  return { write: (text) => void stdout.write(text), isTTY: stdout.isTTY === true, columns: stdout.columns };
}

/** Whether a character device is /dev/null (any other may be a terminal). */
function isNullDevice(info: Stats): boolean {
  try {
    const device = statSync('/dev/null');
    return info.isCharacterDevice() && info.dev === device.dev && info.ino === device.ino && info.rdev === device.rdev;
  } catch {
    return false;
  }
}

/**
 * Standard output written to its descriptor when it is certainly no terminal (a pipe, a socket, a file or /dev/null), else
 * Node's stream for it; a descriptor that will not take the text at once hands it, and the rest of the run, to the stream.
 */
function standardOutput(): Output {
  let info: Stats;
  try {
    info = fstatSync(1);
  } catch {
    return streamOutput();
  }
  const direct = process.platform !== 'win32'
    && (info.isFIFO() || info.isSocket() || info.isFile() || isNullDevice(info));
  if (!direct) return streamOutput();
  let stream: Output | null = null;
  return {
    write(text) {
      if (stream) return stream.write(text);
      let rest = Buffer.from(text);
      while (rest.length > 0) {
        try {
          rest = rest.subarray(writeSync(1, rest));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return endOnClosedPipe(error as NodeJS.ErrnoException);
          // The rest as bytes: a partial write may have stopped inside a character.
          stream = streamOutput();
          process.stdout.write(rest);
          return;
        }
      }
    },
    isTTY: false,
  };
}

export function processIO(): CliIO {
  return {
    // Standard input and error are Node's streams, made only when a run reads or warns.
    get stdin() {
      return process.stdin;
    },
    stdout: standardOutput(),
    stderr: {
      write: (text) => void process.stderr.write(text),
      get isTTY() {
        return process.stderr.isTTY === true;
      },
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** One line on stderr, `worklog: …`: a file name or configuration value in it cannot start a second line or steer the terminal. */
export function writeError(io: CliIO, message: string): void {
  io.stderr.write(`worklog: ${neutralise(message)}\n`);
}

// Output given in pieces is written in chunks of about this many characters.
const outputChunkChars = 1 << 18;

/**
 * A command's output on stdout; no line of it reads as a CI workflow command unless it is one (`commands`). Output in
 * pieces is written in chunks of whole pieces, which end at the end of a line.
 */
export function writeOutput(io: CliIO, text: string | TextPieces, commands = false): void {
  for (const chunk of typeof text === 'string' ? [text] : chunksOf(text, outputChunkChars)) io.stdout.write(commands ? chunk : inertLines(chunk));
}
