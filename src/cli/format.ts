/** Turns a command's result into output: the format asked for, rendered with what the terminal and options allow. */

import type { RuleMeta } from '../rules/meta.js';
import { colorLevel, paint } from '../render/color.js';
import { renderFormat, type FormatContext, type Registry } from '../render/formatter.js';
import type { TextStyle } from '../render/text/style.js';
import { writeOutput, type CliIO } from './io.js';
import type { CommonOptions } from './options.js';
import { version } from './version.js';

/** Colours from the flags, the environment and the terminal; the terminal's width, or none when piped. */
function textStyle(io: CliIO, options: CommonOptions): TextStyle {
  const level = colorLevel({ flag: options.color, env: io.env, isTTY: io.stdout.isTTY });
  const columns = Number(io.env.COLUMNS) || io.stdout.columns || 80;
  return { chalk: paint(level), width: io.stdout.isTTY ? columns : null };
}

/** `rules` is for commands whose formats describe rules (check's SARIF); the rest leave it empty. */
export function formatContext(io: CliIO, options: CommonOptions, rules: readonly RuleMeta[] = []): FormatContext {
  return { style: textStyle(io, options), version, rules };
}

/** Writes `result` to stdout in the format `--format` names; only that format's renderer loads. */
export async function writeFormatted<R>(
  io: CliIO,
  options: CommonOptions,
  formats: Registry<R>,
  result: R,
  context: FormatContext = formatContext(io, options),
): Promise<void> {
  // The GitHub format is workflow commands by design; in every other, a line that reads as one is made inert.
  writeOutput(io, await renderFormat(formats, options.format, result, context), options.format === 'github');
}
