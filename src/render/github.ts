/** `worklog check --format github`: one GitHub Actions workflow command per finding, shown on the pull request. */

import type { Severity } from '../model/diagnostic.js';
import type { CheckResult } from './results.js';
import { neutralise } from './terminal.js';

const commands: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's message the way the Actions toolkit does: `%`, CR and LF. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: the message rules plus `:` and `,`, which end a property. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderCheckGithub({ findings }: CheckResult): string {
  return findings
    .map((finding) => {
      const properties = [
        `file=${escapeProperty(finding.file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `title=${escapeProperty(finding.ruleId)}`,
      ].join(',');
      // A log's text could otherwise smuggle a second workflow command or a terminal escape into the job log.
      return `::${commands[finding.severity]} ${properties}::${escapeData(neutralise(finding.message))}\n`;
    })
    .join('');
}
