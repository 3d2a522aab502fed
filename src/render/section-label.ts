/** Heading paths as the user reads them, in every format. */

/** A heading path as the user reads it: `待完成工作 › 项目工作`. */
export function sectionLabel(section: readonly string[]): string {
  return section.length === 0 ? '(no heading)' : section.join(' › ');
}
