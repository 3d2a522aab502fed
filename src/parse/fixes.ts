/** The edits that fix what the parser reports, found again on the line as written, and only where the edit is certain. */

import type { Diagnostic, Fix } from '../model/diagnostic.js';
import type { ParserRuleId } from '../model/finding-data.js';
import { markerByStatus, type StatusMarkers } from './checkbox.js';
import { gfmBox, readItemHead, readLineItem, type ItemHead } from './items.js';
import { lineStarts, withoutBom } from './source.js';

/** Replace `length` characters of one line from `column` (1-based) with `text`. */
interface LineEdit {
  column: number;
  length: number;
  text: string;
}

type LineFixer = (line: string, column: number, markers: StatusMarkers) => LineEdit | null;

/** An item's head read again from its line as written: its bullet, where the head starts and how long it is. */
interface WrittenHead {
  bullet: string;
  /** Characters from the item's column to the box (the bullet and its space, or a bullet glued to the box). */
  bulletLength: number;
  /** Characters from there up to its text: a priority before the box, the box and the white space after it. */
  headLength: number;
  head: ItemHead;
}

function readWrittenHead(line: string, column: number, markers: StatusMarkers): WrittenHead | null {
  const written = line.slice(column - 1);
  const listBullet = /^(\d{1,9}[.)]|[-*+])[ \t]+/.exec(written);
  const listHead = listBullet ? readItemHead(written.slice(listBullet[0].length), markers) : null;
  if (listBullet && listHead) {
    const after = written.length - listBullet[0].length;
    return { bullet: listBullet[1] ?? '-', bulletLength: listBullet[0].length, headLength: after - listHead.rest.length, head: listHead };
  }
  const lineItem = readLineItem(written, markers);
  if (!lineItem || lineItem.head.box.problems.includes('box-at-end')) return null;
  const after = written.length - lineItem.headStart;
  return { bullet: lineItem.bullet, bulletLength: lineItem.headStart, headLength: after - lineItem.head.rest.length, head: lineItem.head };
}

/** `- P1 [ ] text`, `-【 】text`, `1、 [√] text`, `☐ text` → `- [ ] P1 text`, `- [ ] text`, `1. [x] text`, `- [ ] text`. */
const gfmTask: LineFixer = (line, column, markers) => {
  const found = readWrittenHead(line, column, markers);
  // A marker worklog does not know has no certain GFM form; a sign-off (`产品：佟雪 ☑`) is a different way of writing.
  if (!found || found.head.box.status === null) return null;
  const { bullet, bulletLength, headLength, head } = found;
  const priority = head.leadingPriorityWritten ? ` ${head.leadingPriorityWritten}` : '';
  const text = `${bullet} ${gfmBox(head.box)}${priority}${head.rest === '' ? '' : ' '}`;
  const length = bulletLength + headLength;
  return line.slice(column - 1, column - 1 + length) === text ? null : { column, length, text };
};

/** A full-width marker whose ASCII form is known, from the built-in table or `statuses` (`[？]` with `"?": "open"`), becomes the standard marker for its status. */
const knownMarker: LineFixer = (line, column, markers) => {
  const found = readWrittenHead(line, column, markers);
  const marker = found?.head.box.marker ?? '';
  const ascii = marker.normalize('NFKC');
  const status = ascii !== marker && Object.hasOwn(markers, ascii) ? markers[ascii] : undefined;
  if (!found || !status) return null;
  const { box } = found.head;
  // The priority before the box, if any, then the box: `headLength` ends after the white space the box's length counts.
  const boxAt = column - 1 + found.bulletLength + found.headLength - box.length;
  const markerAt = box.written.indexOf(marker);
  return line.startsWith(box.written, boxAt) && markerAt >= 0 ? { column: boxAt + markerAt + 1, length: marker.length, text: markerByStatus[status] } : null;
};

/** A sequence message's `：` before its text, reported where it stands. */
const asciiColonHere: LineFixer = (line, column) => (line[column - 1] === '：' ? { column, length: 1, text: ':' } : null);

/** A gantt task whose only colon is one full-width `：`; a line cut at `#` or `;` is another problem. */
const asciiColonInTask: LineFixer = (line, column) => {
  const task = line.slice(column - 1);
  const colons = [...task.matchAll(/：/g)];
  if (/^[#;]/.test(task) || task.includes(':') || colons.length !== 1) return null;
  return { column: column + (colons[0]?.index ?? 0), length: 1, text: ':' };
};

/** The rules whose findings the parser can fix, and how; `fixable` in the catalog lists the same rules. */
export const parserFixers: Partial<Record<ParserRuleId, LineFixer>> = {
  'parse/lenient-checkbox': gfmTask,
  'parse/unknown-marker': knownMarker,
  'sequence/full-width-colon': asciiColonHere,
  'gantt/missing-colon': asciiColonInTask,
};

/** The parser's diagnostics, each with the edit that fixes it where there is a certain one, in offsets of `rawText` without its BOM. */
export function withFixes(diagnostics: readonly Diagnostic[], rawText: string, lines: readonly string[], markers: StatusMarkers): Diagnostic[] {
  let starts: number[] | null = null;
  return diagnostics.map((found) => {
    const edit = parserFixers[found.ruleId]?.(lines[found.line - 1] ?? '', found.column, markers);
    if (!edit) return found;
    starts ??= lineStarts(withoutBom(rawText));
    const start = (starts[found.line - 1] ?? 0) + edit.column - 1;
    const fix: Fix = { range: [start, start + edit.length], text: edit.text };
    return { ...found, fix };
  });
}
