/** Log text made inert in XML (JUnit): the five entities, control characters shown, and only characters XML 1.0 can carry. */

import { neutralise } from './inert.js';

// XML 1.0 has no U+FFFE, U+FFFF or surrogate without its pair (C0 controls are shown as pictures by then): a parser
// stops at the first, and the CI job loses the whole report. Each becomes U+FFFD, the replacement character.
const notInXml = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** For element content and attribute values alike. */
export function escapeXml(text: string): string {
  return neutralise(text)
    .replace(notInXml, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
