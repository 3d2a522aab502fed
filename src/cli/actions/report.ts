/** What `worklog report` does: the daily test report for the email, in text, markdown, HTML or JSON. */

import { createContext } from '../../analyze/index.js';
import { buildStatus } from '../../analyze/status.js';
import { renderStatusJson } from '../../render/json.js';
import { renderStatusMarkdown } from '../../render/markdown/status.js';
import { renderStatusText } from '../../render/text/status.js';
import type { CliIO } from '../io.js';
import { readInputs } from '../load.js';
import { writeFormatted, type CommonOptions } from '../options.js';
import { provenanceOf } from '../provenance.js';

export async function reportAction(paths: string[], options: CommonOptions, io: CliIO): Promise<void> {
  const { config, calendar, logs } = await readInputs(paths, options, io);
  const context = createContext(logs, config, calendar);
  const report = buildStatus(context, provenanceOf(context, io));
  if (options.format === 'html') {
    const { renderReportHtml } = await import('../../render/html/report.js');
    io.stdout.write(renderReportHtml(report));
    return;
  }
  writeFormatted(io, options, {
    json: () => renderStatusJson(report),
    markdown: () => renderStatusMarkdown(report, true),
    text: (style) => renderStatusText(report, style, true),
  });
}
