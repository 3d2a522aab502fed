/** `worklog report`: the daily test report for the email, in text, markdown, HTML or JSON. */

import type { Command } from 'commander';
import { createContext } from '../../analyze/index.js';
import { buildStatus } from '../../analyze/status.js';
import { renderReportHtml } from '../../render/html/report.js';
import { renderStatusJson } from '../../render/json.js';
import { renderStatusMarkdown } from '../../render/markdown/status.js';
import { renderStatusText } from '../../render/text/status.js';
import type { CliIO } from '../io.js';
import { readInputs } from '../load.js';
import { addFormatOption, addReadingOptions, writeFormatted, type CommonOptions } from '../options.js';
import { provenanceOf } from '../provenance.js';

export function registerReport(program: Command, io: CliIO): void {
  const command = program
    .command('report')
    .description('the daily test report: the morning view in full, for the email (--format html) or a wiki')
    .argument('[paths...]', 'log files, directories or globs; the newest dated log is today');
  addFormatOption(command, ['text', 'markdown', 'html', 'json']);
  addReadingOptions(command).action(async (paths: string[], options: CommonOptions) => {
    const { config, calendar, logs } = await readInputs(paths, options, io);
    const context = createContext(logs, config, calendar);
    const report = buildStatus(context, provenanceOf(context, io));
    if (options.format === 'html') {
      io.stdout.write(renderReportHtml(report));
      return;
    }
    writeFormatted(io, options, {
      json: () => renderStatusJson(report),
      markdown: () => renderStatusMarkdown(report, true),
      text: (style) => renderStatusText(report, style, true),
    });
  });
}
