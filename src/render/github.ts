/** `worklog check --format github`: one GitHub Actions workflow command per finding, shown on the pull request. */

import type { Severity } from '../model/diagnostic.js';
import type { CheckResult } from './results.js';
import { neutralise } from './terminal.js';

const commands: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** A command's message, escaped as the Actions toolkit does (`%`, CR, LF) once every control character is shown. */
export function commandData(text: string): string {
  return neutralise(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (`file=…`): the message's escapes plus `:` and `,`, which end a property. */
export function commandProperty(text: string): string {
  return commandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderCheckGithub({ findings }: CheckResult): string {
  return findings
    .map((finding) => {
      const properties = [
        `file=${commandProperty(finding.file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `title=${commandProperty(finding.ruleId)}`,
      ].join(',');
      // A log's text or a file's name could otherwise smuggle a second workflow command or a terminal escape into the job log.
      return `::${commands[finding.severity]} ${properties}::${commandData(finding.message)}\n`;
    })
    .join('');
}
