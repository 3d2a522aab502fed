/** Whether to colour: `--color`/`--no-color`, then FORCE_COLOR, then NO_COLOR, then the terminal. */

import { Chalk, type ChalkInstance, type ColorSupportLevel } from 'chalk';

export interface ColorEnvironment {
  /** `--color` (true), `--no-color` (false), or neither. */
  flag: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
}

export function colorLevel({ flag, env, isTTY }: ColorEnvironment): ColorSupportLevel {
  if (flag === false) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as ColorSupportLevel;
    return 1;
  }
  if (flag === true) return 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return env.TERM?.includes('256') ? 2 : 1;
}

export function paint(level: ColorSupportLevel): ChalkInstance {
  return new Chalk({ level });
}
