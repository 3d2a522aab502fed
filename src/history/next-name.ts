/** Where a log of another day goes: named like its sibling, `2024-04-09.md`, `20240409.md`, `2024/04/09.md` or `standup-2024-04-09.md`. */

import { makeDate } from '../calendar/iso-date.js';
import type { IsoDate } from '../model/log.js';
import { rewriteDate } from './date-forms.js';

/** The date a log's path inside its folder says, `/`-separated: in its name (`standup-2024-04-09.md`) or across folders (`2024/04/09.md`). */
export function dateInLogPath(path: string): IsoDate | null {
  const matches = [...path.replace(/\.md$/i, '').matchAll(/(?<!\d)(\d{4})([-/._]?)(\d{2})\2(\d{2})(?!\d)/g)];
  const last = matches.at(-1);
  return last ? makeDate(Number(last[1]), Number(last[3]), Number(last[4])) : null;
}

/**
 * The path of the log of `to`, from its sibling's `path` (dated `from`): the date rewritten in the same form, and
 * folders named after the year or month (`2024/`, `2024-04/`) moved on with it; null when the path holds no such date.
 */
export function siblingPath(path: string, from: IsoDate, to: IsoDate): string | null {
  const { text, rewritten } = rewriteDate(path, from, to);
  if (!rewritten) return null;
  const folders = text.split('/');
  const name = folders.pop() ?? '';
  const moved = folders.map((folder) => {
    if (folder === from.slice(0, 4)) return to.slice(0, 4);
    return folder === from.slice(0, 7) ? to.slice(0, 7) : folder;
  });
  return [...moved, name].join('/');
}
