/** Options shared by commands, and what they turn into: formats, colours, widths, dates. */

import { InvalidArgumentError, Option, type Command } from 'commander';
import { makeDate } from '../calendar/iso-date.js';
import type { IsoDate } from '../model/log.js';
import { colorLevel, paint } from '../render/color.js';
import type { TextStyle } from '../render/text/style.js';
import type { CliIO } from './io.js';

export interface CommonOptions {
  format: string;
  color?: boolean;
  date?: IsoDate;
  config?: string;
}

/** Reads `YYYY-MM-DD` strictly: `2023-02-30` is refused, not rolled into March. */
export function parseIsoDateOption(value: string): IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? makeDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (!date) throw new InvalidArgumentError('expected a date written YYYY-MM-DD');
  return date;
}

export function addFormatOption(command: Command, formats: readonly string[]): Command {
  return command.addOption(new Option('-f, --format <format>', 'output format').choices(formats).default(formats[0]));
}

/** `--config`, `--color`, `--no-color` and `--date`, shared by every command that reads logs. */
export function addReadingOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'the configuration file (default: the nearest worklog.config.json)')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output')
    .option('--date <YYYY-MM-DD>', 'the log date when neither its first heading nor its file name has one', parseIsoDateOption);
}

export function textStyle(io: CliIO, options: CommonOptions): TextStyle {
  const level = colorLevel({ flag: options.color, env: io.env, isTTY: io.stdout.isTTY });
  const columns = Number(io.env.COLUMNS) || io.stdout.columns || 80;
  return { chalk: paint(level), width: io.stdout.isTTY ? columns : null };
}

export interface Renderers {
  text: (style: TextStyle) => string;
  markdown?: () => string;
  json?: () => string;
}

/** Writes the output in the format asked for; only the chosen renderer runs. */
export function writeFormatted(io: CliIO, options: CommonOptions, renderers: Renderers): void {
  const render = options.format === 'json' ? renderers.json : options.format === 'markdown' ? renderers.markdown : undefined;
  io.stdout.write(render ? render() : renderers.text(textStyle(io, options)));
}
