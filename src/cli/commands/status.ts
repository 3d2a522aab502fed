/** `worklog status`: the morning view of today's log. */

import type { Command } from 'commander';
import { createContext } from '../../analyze/index.js';
import { buildStatus } from '../../analyze/status.js';
import { renderStatusJson } from '../../render/json.js';
import { renderStatusMarkdown } from '../../render/markdown/status.js';
import { renderStatusText } from '../../render/text/status.js';
import type { CliIO } from '../io.js';
import { readInputs } from '../load.js';
import { addFormatOption, addReadingOptions, writeFormatted, type CommonOptions } from '../options.js';
import { version } from '../version.js';

export function registerStatus(program: Command, io: CliIO): void {
  const command = program
    .command('status')
    .description("today's log at a glance: counts, open items by priority, problems")
    .argument('[paths...]', 'log files, directories or globs; the newest dated log is today');
  addFormatOption(command, ['text', 'markdown', 'json']);
  addReadingOptions(command).action(async (paths: string[], options: CommonOptions) => {
    const { config, calendar, logs } = await readInputs(paths, options, io);
    const report = buildStatus(createContext(logs, config, calendar), version);
    writeFormatted(io, options, {
      json: () => renderStatusJson(report),
      markdown: () => renderStatusMarkdown(report),
      text: (style) => renderStatusText(report, style),
    });
  });
}
