/** The line every report ends with: what it was made from. */

import type { Provenance } from '../model/provenance.js';

/** The parts of the line, for renderers that wrap it. */
export function provenanceParts(provenance: Provenance): string[] {
  const files = provenance.files.map((entry) => (entry.commit ? `${entry.file} (git ${entry.commit})` : entry.file)).join(', ');
  return [`from ${files}`, `today ${provenance.today ?? 'undated'}`, `calendar: ${provenance.calendar}`, `worklog ${provenance.version}`];
}

export function provenanceLine(provenance: Provenance): string {
  return provenanceParts(provenance).join(' · ');
}
