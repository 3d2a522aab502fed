/** An open item's age as a terminal cell: working days since it was first seen, or `new` for today's. */

import type { ItemAge } from '../../history/aging.js';
import { cell, type Cell } from './columns.js';
import type { TextStyle } from './style.js';

/** Five working days open is a week of carrying it: worth a colour. */
const agedDays = 5;

/** Blank for an item that is not open (only open items have an age). */
export function ageCell(age: ItemAge | undefined, style: TextStyle, open = true): Cell {
  if (!open) return cell('');
  if (!age?.carriedOver) return cell('new', style.chalk.cyan, 'right');
  return cell(`${age.age}d`, age.age >= agedDays ? style.chalk.yellow : undefined, 'right');
}
