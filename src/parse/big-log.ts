/** When a log is big: a module of its own, so a run can ask before it loads the markdown parser. */

/** From this size on a log is parsed in parts: the markdown parser's list handling slows down more than linearly with size. */
export const splitFromChars = 256_000;
