/** Log text made inert in XML (JUnit): the five entities, and no control characters, which XML 1.0 forbids. */

import { neutralise } from './terminal.js';

/** For element content and attribute values alike. */
export function escapeXml(text: string): string {
  return neutralise(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
