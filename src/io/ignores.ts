/** Which found logs the user asked to skip: `ignores` globs from the configuration and `--ignore-pattern` globs. */

import { isAbsolute, relative, sep } from 'node:path';
import picomatch from 'picomatch';

/** Globs relative to `base`: the configuration file's directory for `ignores`, the working directory for `--ignore-pattern`. */
export interface IgnorePatterns {
  base: string;
  patterns: readonly string[];
}

/** The folders from the top down to the path itself: `a`, `a/b`, `a/b/c.md`. */
function prefixes(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, at) => parts.slice(0, at + 1).join('/'));
}

/** A test of an absolute path: true when a glob matches it or a folder it is in (so `drafts` skips all of `drafts/`). */
export function ignoredBy(sets: readonly IgnorePatterns[]): (absolute: string) => boolean {
  const tests = sets
    .filter((set) => set.patterns.length > 0)
    .map((set) => ({ base: set.base, matches: picomatch([...set.patterns], { dot: true }) }));
  return (absolute) => tests.some(({ base, matches }) => {
    const path = relative(base, absolute);
    // A path outside the base is never matched: a glob cannot reach above the folder it is relative to.
    if (path === '' || path.startsWith('..') || isAbsolute(path)) return false;
    return prefixes(path.split(sep).join('/')).some((prefix) => matches(prefix));
  });
}
