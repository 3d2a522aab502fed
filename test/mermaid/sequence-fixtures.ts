/** The sequence diagram corpus: every `.mmd` under fixtures/sequence, with its name relative to that folder. */

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder, fixturesDir } from '../helpers.js';

export const sequenceDir = join(fixturesDir, 'sequence');

export interface SequenceFixture {
  /** e.g. `reference-1.mmd`, `lint/cut-text.mmd`. */
  name: string;
  path: string;
  source: string;
}

export function sequenceFixtures(): SequenceFixture[] {
  return filesUnder(sequenceDir, '.mmd')
    .map((path) => ({ name: relative(sequenceDir, path), path, source: readFileSync(path, 'utf8') }));
}
