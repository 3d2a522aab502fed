/** Findings sorted into their files in one pass: filtering them once per file grows with files × findings. */

import type { Finding } from '../model/diagnostic.js';

export function findingsByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const mine = byFile.get(finding.file);
    if (mine) mine.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  return byFile;
}
