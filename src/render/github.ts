/** `worklog check --format github`: GitHub Actions workflow commands for the findings GitHub will show on the pull request. */

import type { FindingSummary } from '../analyze/findings.js';
import type { AnnotationLimits } from '../model/config.js';
import type { Finding, Severity } from '../model/diagnostic.js';
import type { IsoDate } from '../model/log.js';
import { plural } from '../words/plural.js';
import type { AnnotationPlan, CheckResult } from './results.js';
import { neutralise } from './inert.js';

const commands: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };
const rank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** A command's message, escaped as the Actions toolkit does (`%`, CR, LF) once every control character is shown. */
export function commandData(text: string): string {
  return neutralise(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (`file=…`): the message's escapes plus `:` and `,`, which end a property. */
export function commandProperty(text: string): string {
  return commandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Most severe first, then the newest log (undated logs last), then by file, line and column. */
export function annotationOrder(findings: readonly Finding[], logDates: ReadonlyMap<string, IsoDate | null>): Finding[] {
  const dateOf = (finding: Finding) => logDates.get(finding.file) ?? '';
  return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]
    || dateOf(b).localeCompare(dateOf(a))
    || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
    || a.line - b.line
    || a.column - b.column);
}

/** What is annotated, in order, and how many of each severity are not. */
export interface AnnotationChoice {
  shown: Finding[];
  leftOut: FindingSummary;
}

/** The first findings of each severity, up to its limit; the closing notice takes one notice's place when anything is left out. */
export function chooseAnnotations(findings: readonly Finding[], { limits, logDates }: Pick<AnnotationPlan, 'limits' | 'logDates'>): AnnotationChoice {
  const ordered = annotationOrder(findings, logDates);
  const of = (severity: Severity) => ordered.filter((finding) => finding.severity === severity);
  const [errors, warnings, infos] = [of('error'), of('warning'), of('info')];
  const anyLeftOut = errors.length > limits.errors || warnings.length > limits.warnings || infos.length > limits.notices;
  const notices = anyLeftOut ? Math.max(0, limits.notices - 1) : limits.notices;
  const shown = [...errors.slice(0, limits.errors), ...warnings.slice(0, limits.warnings), ...infos.slice(0, notices)];
  const leftOut = {
    errors: Math.max(0, errors.length - limits.errors),
    warnings: Math.max(0, warnings.length - limits.warnings),
    infos: Math.max(0, infos.length - notices),
  };
  return { shown, leftOut };
}

/** `12 warnings, 3 notes`: the severities with a count, as the text report names them. */
export function leftOutCounts(leftOut: FindingSummary): string {
  const parts = [plural(leftOut.errors, 'error'), plural(leftOut.warnings, 'warning'), plural(leftOut.infos, 'note')];
  return parts.filter((part) => !part.startsWith('0 ')).join(', ');
}

/** The last line: how many findings are not annotated, the limits, and where every finding is listed. */
function closingNotice(leftOut: FindingSummary, limits: AnnotationLimits, stepSummary: boolean): string {
  const total = leftOut.errors + leftOut.warnings + leftOut.infos;
  const where = stepSummary ? 'the job summary lists every finding' : '`worklog check` lists every finding';
  const shown = `at most ${plural(limits.errors, 'error')}, ${plural(limits.warnings, 'warning')} and ${plural(limits.notices, 'note')} are annotated (\`annotations\` in worklog.config.json)`;
  return `::notice title=worklog check::${commandData(`${plural(total, 'finding')} not annotated (${leftOutCounts(leftOut)}): ${shown}; ${where}`)}\n`;
}

function annotation(finding: Finding): string {
  const properties = [
    `file=${commandProperty(finding.file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `title=${commandProperty(finding.ruleId)}`,
  ].join(',');
  // A log's text or a file's name could otherwise smuggle a second workflow command or a terminal escape into the job log.
  return `::${commands[finding.severity]} ${properties}::${commandData(finding.message)}\n`;
}

export function renderCheckGithub({ findings, annotations }: CheckResult): string {
  if (!annotations) return findings.map(annotation).join('');
  const { shown, leftOut } = chooseAnnotations(findings, annotations);
  const closing = leftOut.errors + leftOut.warnings + leftOut.infos > 0 ? closingNotice(leftOut, annotations.limits, annotations.stepSummary) : '';
  return shown.map(annotation).join('') + closing;
}
