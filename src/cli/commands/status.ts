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
import { provenanceOf } from '../provenance.js';

export function registerStatus(program: Command, io: CliIO): void {
  const command = program
    .command('status')
    .description("today's log at a glance: open items, schedule, fault-injection coverage, diagrams, problems")
    .argument('[paths...]', 'log files, directories or globs; the newest dated log is today');
  addFormatOption(command, ['text', 'markdown', 'json']);
  addReadingOptions(command).action(async (paths: string[], options: CommonOptions) => {
    const { config, calendar, logs } = await readInputs(paths, options, io);
    const context = createContext(logs, config, calendar);
    const report = buildStatus(context, provenanceOf(context, io));
    writeFormatted(io, options, {
      json: () => renderStatusJson(report),
      markdown: () => renderStatusMarkdown(report),
      text: (style) => renderStatusText(report, style),
    });
  });
}
