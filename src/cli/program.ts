/** The commander program: commands, exit codes, and the one place errors become a line on stderr. */

import { Command, CommanderError } from 'commander';
import { exitCodes, WorklogError } from '../errors.js';
import { registerCommands } from './commands.js';
import { writeError, writeOutput, type CliIO } from './io.js';
import { version } from './version.js';

export function createProgram(io: CliIO, outcome: { exitCode: number } = { exitCode: exitCodes.ok }): Command {
  const program = new Command('worklog')
    .description('Reads daily work-log markdown: what is open, where the plan contradicts itself, which drills are missing.')
    .version(version, '-V, --version')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => writeOutput(io, text),
      // Help, written by worklog itself; what a user typed only reaches stderr through outputError.
      writeErr: (text) => io.stderr.write(text),
      // Commander's errors quote what was typed (an unknown option, a bad value): one line, shown not obeyed.
      outputError: (text) => writeError(io, text.replace(/^error: /, '').trim()),
    });
  registerCommands(program, io, outcome);
  return program;
}

/** Runs worklog with `args` (without `node` and the script) and returns the exit code. */
export async function run(args: readonly string[], io: CliIO): Promise<number> {
  const outcome = { exitCode: exitCodes.ok };
  const program = createProgram(io, outcome);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof WorklogError) {
      writeError(io, error.message);
      return error.exitCode;
    }
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error, already printed.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    writeError(io, `internal error: ${message.split('\n')[0] ?? ''} (please report it)`);
    if (io.env.WORKLOG_DEBUG && error instanceof Error) io.stderr.write(`${error.stack ?? ''}\n`);
    return exitCodes.usage;
  }
}
