/**
 * A time budget for the analysis of one message, checked from inside the text helpers: a message whose analysis
 * runs past its budget is stopped at the next sentence, not after it has held the run for minutes. The analysis
 * side (src/analyze/budget.ts) sets the deadline around each helper call for a message and catches OverBudget;
 * without a deadline (lint, tests, scripts) checkBudget costs one comparison.
 */
export class OverBudget extends Error {
  constructor() {
    super('the analysis of this message ran over its time budget');
    this.name = 'OverBudget';
  }
}

let overDeadline: (() => boolean) | undefined;

/** Called once per sentence (or window, or chunk of words) by the text helpers. */
export function checkBudget(): void {
  if (overDeadline?.()) throw new OverBudget();
}

/** Runs f with `over` as the deadline check (none: no deadline), and puts the previous one back afterwards. */
export function withDeadline<T>(over: (() => boolean) | undefined, f: () => T): T {
  const prev = overDeadline;
  overDeadline = over;
  try {
    return f();
  } finally {
    overDeadline = prev;
  }
}
