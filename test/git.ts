/** Builds git repositories for tests with the real git, with no configuration but what a test gives it. */

import { execFileSync } from 'node:child_process';

let clock = 1_700_000_000;

/** Runs git in `cwd`; each call a minute after the last, so commit dates are fixed and ordered. */
export function git(cwd: string, ...args: string[]): string {
  clock += 60;
  const date = `${clock} +0000`;
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: cwd, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}
