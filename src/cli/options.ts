/** Options shared by the commands that read logs: format, configuration, colour and date. */

import { InvalidArgumentError, Option, type Command } from 'commander';
import { makeDate } from '../calendar/iso-date.js';
import type { IsoDate } from '../model/log.js';

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
