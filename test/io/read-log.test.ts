import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/io/read-log.js';
import { temporaryDirectory } from '../helpers.js';

const dir = temporaryDirectory('worklog-read-');
const at = (name: string) => ({ path: join(dir, name) });
const problem = (reason: string, message: string) => ({ reason, message, at: null });

writeFileSync(join(dir, '2023-11-12.md'), '# 2023-11-12\n\n- [ ] 对账\n');
symlinkSync('missing.md', join(dir, 'dangling.md'));
symlinkSync('self.md', join(dir, 'self.md'));
symlinkSync('b.md', join(dir, 'a.md'));
symlinkSync('a.md', join(dir, 'b.md'));
symlinkSync('2023-11-12.md', join(dir, 'link.md'));
mkdirSync(join(dir, 'x.md'));
execFileSync('mkfifo', [join(dir, 'fifo.md')]);
symlinkSync('/dev/zero', join(dir, 'zero.md'));
writeFileSync(join(dir, 'big.md'), 'x'.repeat(2000));

describe('readLog', () => {
  it('reads a regular file, and one a link points to', async () => {
    expect(await readLog(at('2023-11-12.md'), 20)).toBe('# 2023-11-12\n\n- [ ] 对账\n');
    expect(await readLog(at('link.md'), 20)).toBe('# 2023-11-12\n\n- [ ] 对账\n');
  });

  // A FIFO is never opened, so this returns at once instead of waiting for a writer that never comes.
  it.each([
    ['dangling.md', problem('dangling-link', 'a link to a missing file (missing.md)')],
    ['self.md', problem('link-loop', 'a link that points back to itself')],
    ['a.md', problem('link-loop', 'a link in a loop of links that never reaches a file')],
    ['x.md', problem('not-regular', 'not a regular file (a directory)')],
    ['fifo.md', problem('not-regular', 'not a regular file (a FIFO)')],
    ['zero.md', problem('not-regular', 'not a regular file (a character device)')],
    ['gone.md', problem('missing', 'no such file or directory')],
  ])('reports %s', async (name, expected) => {
    expect(await readLog(at(name), 20)).toEqual(expected);
  });

  it('reports a file over the limit without reading it', async () => {
    expect(await readLog(at('big.md'), 0.001)).toEqual(problem('too-large', 'larger than 0.001 MB (limits.fileMegabytes)'));
    expect(typeof (await readLog(at('big.md'), 0.002))).toBe('string');
  });

  // A file under /proc says it is empty and is not: the buffer sized by its stat grows as it reads, up to the limit.
  it.runIf(process.platform === 'linux')('reads a file longer than its stat says, and stops at the limit', async () => {
    expect(await readLog({ path: '/proc/self/status' }, 20)).toMatch(/^Name:\t/);
    expect(await readLog({ path: '/proc/self/status' }, 0.0001)).toEqual(problem('too-large', 'larger than 0.0001 MB (limits.fileMegabytes)'));
  });

  it('reads standard input, and stops at the limit however much more there is', async () => {
    async function* piped() {
      yield new TextEncoder().encode('# 2023-11-12\n');
    }
    expect(await readLog({ stdin: piped() }, 20)).toBe('# 2023-11-12\n');
    let chunks = 0;
    async function* endless() {
      for (;;) {
        chunks += 1;
        yield new Uint8Array(64 * 1024);
      }
    }
    expect(await readLog({ stdin: endless() }, 1)).toEqual(problem('too-large', 'larger than 1 MB (limits.fileMegabytes)'));
    expect(chunks).toBe(17);
  });

  it('reads a file by the bytes of its name', async () => {
    const name = Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.md')]);
    writeFileSync(name, '# 2023-11-10\n');
    expect(await readLog({ path: name }, 20)).toBe('# 2023-11-10\n');
  });
});
