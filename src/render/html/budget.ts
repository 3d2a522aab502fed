/** The mail size budget: what the HTML report leaves out, least important first, to stay under it. */

/** Under Gmail's 102 KB, past which the reader sees "[Message clipped]" and the rest is gone. */
export const mailBudgetBytes = 100 * 1024;

/** The parts of a report left out to fit the budget. */
export interface Cuts {
  /** Info findings: mostly coverage gaps the matrix already shows. */
  notes: boolean;
  /** The load charts' weeks before the current one. */
  pastWeeks: boolean;
}

export const noCuts: Cuts = { notes: false, pastWeeks: false };

/** Each step leaves out one more part than the one before. */
export const cutsInOrder: readonly Cuts[] = [noCuts, { notes: true, pastWeeks: false }, { notes: true, pastWeeks: true }];

export const budgetWords = 'to keep this mail under 100 KB';

/** The first rendering that fits the budget, or the smallest one when none does. */
export function withinBudget(render: (cuts: Cuts) => string): string {
  let page = '';
  for (const cuts of cutsInOrder) {
    page = render(cuts);
    if (Buffer.byteLength(page) <= mailBudgetBytes) return page;
  }
  return page;
}
