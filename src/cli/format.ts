/** Turns a command's result into output: each format asked for, rendered with what the terminal and options allow, on stdout or in its file. */

import type { RuleMeta } from '../rules/meta.js';
import { colorLevel, paint } from '../render/color.js';
import { renderFormat, wholeText, type FormatContext, type Registry } from '../render/formatter.js';
import type { TextStyle } from '../render/text/style.js';
import { resolve } from 'node:path';
import { writeError, writeOutput, type CliIO } from './io.js';
import type { CommonOptions } from './options.js';
import { version } from './version.js';

/**
 * Colours from the flags, the environment and the terminal; `--width`, else the terminal's width, or none when piped;
 * a file gets no colour and only `--width`.
 */
function textStyle(io: CliIO, options: CommonOptions, toFile = false): TextStyle {
  if (toFile) return { chalk: paint(0), width: options.width ?? null };
  const level = colorLevel({ flag: options.color, env: io.env, isTTY: io.stdout.isTTY });
  const columns = Number(io.env.COLUMNS) || io.stdout.columns || 80;
  return { chalk: paint(level), width: options.width ?? (io.stdout.isTTY ? columns : null) };
}

/** `rules` is for commands whose formats describe rules (check's SARIF); the rest leave it empty. */
export function formatContext(io: CliIO, options: CommonOptions, rules: readonly RuleMeta[] = []): FormatContext {
  return { style: textStyle(io, options), version, rules, warn: (message) => writeError(io, message) };
}

/**
 * Writes `result` in every format `--format` names: the one without a file on stdout (or in `--output-file`), the
 * others in theirs, each file replaced whole; only the formats asked for load.
 */
export async function writeFormatted<R>(
  io: CliIO,
  options: CommonOptions,
  formats: Registry<R>,
  result: R,
  context: FormatContext = formatContext(io, options),
): Promise<void> {
  for (const { format, file } of options.outputs ?? [{ format: options.format, file: null }]) {
    const path = file ?? options.outputFile;
    if (path === undefined) {
      // The GitHub format is workflow commands by design; in every other, a line that reads as one is made inert.
      writeOutput(io, await renderFormat(formats, format, result, context), format === 'github');
      continue;
    }
    const text = wholeText(await renderFormat(formats, format, result, { ...context, style: textStyle(io, options, true) }));
    // Loaded for a file only: it writes through node:fs/promises, which loads readline and file watchers.
    const { writeNewFile } = await import('../io/write-new.js');
    await writeNewFile(resolve(io.cwd, path), text, path, { replace: true });
  }
}
