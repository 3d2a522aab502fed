/** `worklog check --format sarif`: a SARIF 2.1.0 log, with rule metadata, for code-scanning tools. */

import type { Severity } from '../model/diagnostic.js';
import { ruleHelpUri } from '../rules/catalog.js';
import type { FormatContext } from './formatter.js';
import { jsonText } from './json-text.js';
import type { CheckResult } from './results.js';

const levels: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function uriOf(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export function renderCheckSarif({ findings }: CheckResult, { rules, version }: FormatContext): string {
  const used = rules.filter((rule) => findings.some((finding) => finding.ruleId === rule.id));
  const index = new Map(used.map((rule, position) => [rule.id, position]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'worklog',
          version,
          informationUri: 'https://github.com/worklog/worklog',
          rules: used.map((rule) => ({
            id: rule.id,
            shortDescription: { text: rule.description },
            helpUri: ruleHelpUri(rule.id),
            defaultConfiguration: rule.defaultSeverity === 'off' ? { enabled: false } : { level: levels[rule.defaultSeverity] },
          })),
        },
      },
      results: findings.map((finding) => ({
        ruleId: finding.ruleId,
        ...(index.has(finding.ruleId) ? { ruleIndex: index.get(finding.ruleId) } : {}),
        level: levels[finding.severity],
        message: { text: finding.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: uriOf(finding.file) },
            region: { startLine: finding.line, startColumn: finding.column },
          },
        }],
      })),
    }],
  };
  return jsonText(log);
}
