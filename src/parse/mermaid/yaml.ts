/** YAML as mermaid 11 reads it, for front matter and participant settings: js-yaml with its JSON schema. */

import { JSON_SCHEMA, load, YAMLException } from 'js-yaml';

/** Why the YAML reader failed, and where: 0-based line and column in the text it was given. */
export interface YamlError {
  reason: string;
  line: number;
  column: number;
}

export type YamlReading = { read: true; value: unknown } | { read: false; error: YamlError };

/** Reads one YAML document exactly as mermaid does (`load(text, { schema: JSON_SCHEMA })`). */
export function readYaml(text: string): YamlReading {
  try {
    return { read: true, value: load(text, { schema: JSON_SCHEMA }) };
  } catch (error) {
    if (error instanceof YAMLException) {
      return { read: false, error: { reason: error.reason, line: error.mark.line, column: error.mark.column } };
    }
    // Nesting deep enough to exhaust the stack fails in mermaid's reader too.
    return { read: false, error: { reason: error instanceof Error ? error.message : String(error), line: 0, column: 0 } };
  }
}

/** A YAML mapping, which is what mermaid takes keys from (a list or a scalar gives it nothing). */
export function isMapping(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A YAML value as mermaid turns it into text (`String()`: `[a, b]` is `a,b`), or null where that throws. */
export function asText(value: unknown): string | null {
  try {
    return String(value);
  } catch {
    // A mapping with a `toString` key that is not a function: mermaid's `toString()` throws on it.
    return null;
  }
}
