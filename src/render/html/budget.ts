/** The mail size budget: what the HTML report leaves out, least important first, to stay under it, and the warning when it cannot. */

/** Under Gmail's 102 KB, past which the reader sees "[Message clipped]" and the rest is gone. */
export const mailBudgetBytes = 100 * 1024;

/** The parts of a report left out to fit the budget. */
export interface Cuts {
  /** Info findings: mostly coverage gaps the matrix already shows. */
  notes: boolean;
  /** The load charts' weeks before the current one. */
  pastWeeks: boolean;
  /** How many of each rule's findings are listed, the rest counted; null lists them all. */
  findingsPerRule: number | null;
  /** Items done or dropped since the previous log: counted, not listed. */
  changedItems: boolean;
  /** The page's size in KB when even every cut leaves it over the budget; null while it fits. */
  overBudgetKb: number | null;
}

export const noCuts: Cuts = { notes: false, pastWeeks: false, findingsPerRule: null, changedItems: false, overBudgetKb: null };

/** Enough of a rule's findings to see what it is about; `worklog check` has the rest. */
export const findingsPerRuleOverBudget = 3;

const notes: Cuts = { ...noCuts, notes: true };
const pastWeeks: Cuts = { ...notes, pastWeeks: true };
const firstFindings: Cuts = { ...pastWeeks, findingsPerRule: findingsPerRuleOverBudget };
const changedItems: Cuts = { ...firstFindings, changedItems: true };

/** Each step leaves out one more part than the one before; the open items are never left out. */
export const cutsInOrder: readonly Cuts[] = [noCuts, notes, pastWeeks, firstFindings, changedItems];

export const budgetWords = 'to keep this mail under 100 KB';

/** Rounded up, so a page a little over the budget never reads as "100 KB, over the 100 KB budget". */
function kilobytes(page: string): number {
  return Math.ceil(Buffer.byteLength(page) / 1024);
}

/** The one line that says a report will be clipped: on stderr and at the top of the page. */
export function overBudgetWords(kb: number): string {
  return `report is ${kb} KB, over the 100 KB mail budget: Gmail will clip it`;
}

/**
 * The first rendering that fits the budget; when none does, the one with every cut, saying at its top how big it is,
 * and `warn`ing the same.
 */
export function withinBudget(render: (cuts: Cuts) => string, warn: (message: string) => void = () => undefined): string {
  let page = '';
  for (const cuts of cutsInOrder) {
    page = render(cuts);
    if (Buffer.byteLength(page) <= mailBudgetBytes) return page;
  }
  // The note adds to the size it states: render again until the two agree (a digit more at most).
  let kb = kilobytes(page);
  for (let stated = 0; stated !== kb;) {
    stated = kb;
    page = render({ ...changedItems, overBudgetKb: stated });
    kb = kilobytes(page);
  }
  warn(overBudgetWords(kb));
  return page;
}
