/** The sequence diagram corpus: every `.mmd` under fixtures/sequence, with its name relative to that folder. */

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fixturesDir } from '../helpers.js';

export const sequenceDir = join(fixturesDir, 'sequence');

export interface SequenceFixture {
  /** e.g. `reference-1.mmd`, `lint/cut-text.mmd`. */
  name: string;
  path: string;
  source: string;
}

function diagramFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return diagramFiles(path);
    return entry.name.endsWith('.mmd') ? [path] : [];
  });
}

export function sequenceFixtures(): SequenceFixture[] {
  return diagramFiles(sequenceDir)
    .sort()
    .map((path) => ({ name: relative(sequenceDir, path), path, source: readFileSync(path, 'utf8') }));
}
