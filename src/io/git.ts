/** The git commit a log file was last committed in, for reports to name what they were made from. */

import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';

/** `a1b2c3d`, or `a1b2c3d+` when the file has uncommitted changes; null outside git or for untracked files. */
export function gitCommitOf(path: string): string | null {
  const run = (...args: string[]): string | null => {
    try {
      return execFileSync('git', ['-C', dirname(path), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 3000 }).trim();
    } catch {
      return null;
    }
  };
  const commit = run('log', '-1', '--format=%h', '--', basename(path));
  if (!commit) return null;
  const changes = run('status', '--porcelain', '--', basename(path));
  return changes ? `${commit}+` : commit;
}
