/**
 * What a thread's facts mean as of one moment: the one judgement shared by the rules and the report's figures.
 *
 * facts.ts and promises.ts work out once what happened in a thread: which message replied to which, which one
 * answered a question, which one delivered a promise and when it fell due. The rules judge those events as of the
 * scan's `now`; the report judges the same events, carried as message records (src/stats/records.ts), as of each
 * period's cutoff. Both go through the functions below, so a rule's finding and a report figure cannot disagree
 * on whether a promise was kept or how long someone waited, and the statuses have one set of names.
 */
import type { Waited } from '../model.js';

/** Business time (src/text/business-time.ts), as far as a wait needs it. */
interface Clock {
  between(a: Date, b: Date): Waited;
}

/** What became of a promise as of a moment. */
export type PromiseStatus = 'kept' | 'kept-late' | 'broken' | 'open';

export const PROMISE_STATUSES: readonly PromiseStatus[] = ['kept', 'kept-late', 'broken', 'open'];

/**
 * The report's JSON spells each status as a field of its `promises` figures (`keptLate` for `kept-late`): the
 * one place where that spelling is made, so the figures count exactly the statuses the rules judge.
 */
export const STATUS_FIGURE = { kept: 'kept', 'kept-late': 'keptLate', broken: 'broken', open: 'open' } as const satisfies Record<PromiseStatus, string>;

export type StatusFigure = (typeof STATUS_FIGURE)[PromiseStatus];

/** What is known of a promise: when it fell due and, if it was followed up by the moment, how. */
export interface PromiseEvents {
  due: Date;
  /** When the message that delivered it (or showed a call or visit happened) was sent, if it was by the moment. */
  followUp?: Date;
  /** The follow-up shows a call or visit done off the mail: kept, whatever its date (a person does not call late). */
  shown?: boolean;
}

/** Kept (by the due time), kept late, broken (nothing by a past due time) or open (not yet due) as of `asOf`. */
export function promiseStatusAsOf(p: PromiseEvents, asOf: Date): PromiseStatus {
  if (p.followUp && p.shown) return 'kept';
  if (p.followUp) return p.followUp.getTime() <= p.due.getTime() ? 'kept' : 'kept-late';
  return asOf.getTime() > p.due.getTime() ? 'broken' : 'open';
}

/** How long a message waited for its reply: until the reply, or until `asOf` when there was none by then. */
export function waitAsOf(bt: Clock, sent: Date, reply: Date | undefined, asOf: Date): Waited {
  return bt.between(sent, reply ?? asOf);
}

/** A message counts as sent by a moment when it is dated at or before it: later mail has not happened yet. */
export function sentBy(date: Date | number | string, asOf: Date | number): boolean {
  const t = typeof date === 'string' ? Date.parse(date) : typeof date === 'number' ? date : date.getTime();
  return t <= (typeof asOf === 'number' ? asOf : asOf.getTime());
}
