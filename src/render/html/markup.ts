/** HTML built safely: whatever is interpolated is escaped unless it is markup the `html` tag made. */

import { neutralise } from '../inert.js';

const markup = Symbol('markup');

/** A fragment of HTML that worklog wrote; log text becomes part of one only through `html`, escaped. */
export interface Html {
  readonly [markup]: string;
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made inert in element content and attribute values alike: control characters shown, markup characters escaped. */
export function escapeHtml(text: string): string {
  return neutralise(text).replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

function isHtml(value: HtmlValue): value is Html {
  return typeof value === 'object' && value !== null && markup in value;
}

// Anything that is not markup or a list of values is text, whatever the types said.
function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (isHtml(value)) return value[markup];
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeHtml(String(value));
}

/** A template tag: the literal parts are markup, every interpolated string or number is escaped. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  const text = strings.reduce((result, part, index) => result + render(values[index - 1] ?? null) + part);
  return { [markup]: text };
}

export function htmlText(fragment: Html): string {
  return fragment[markup];
}
