/** The report figures. All durations are business hours with the wall-clock hours beside them. */
import type { StatusFigure } from '../analyze/facts-asof.js';

/** Reply times of the messages that got a reply, and the ones that did not: never dropped silently. */
export interface Timing {
  /** Messages that needed a reply in the period. */
  needed: number;
  /** Of those, replied by the cutoff. */
  replied: number;
  /** Of those, not replied by the cutoff (their wait is not in the median/p90; see oldestUnanswered…). */
  unanswered: number;
  /** replied / needed × 100; null when nothing needed a reply. */
  repliedPercent: number | null;
  medianBusinessHours: number | null;
  p90BusinessHours: number | null;
  medianWallHours: number | null;
  p90WallHours: number | null;
  /** How long the longest-waiting unanswered message has waited at the cutoff. */
  oldestUnansweredBusinessHours: number | null;
  oldestUnansweredWallHours: number | null;
}

export interface Counted {
  address: string;
  name?: string;
  count: number;
}

export interface MemberStats {
  name: string;
  addresses: string[];
  /** Incoming messages in the period that needed a reply and were addressed to this member. */
  received: number;
  /** Of those, still without any reply at the cutoff. */
  unanswered: number;
  /** Replies this member sent in the period (signed by them, also from a shared address; see stats/team.ts). */
  repliesSent: number;
  /** Incoming messages whose first reply this member sent, and how fast. */
  firstResponses: number;
  medianBusinessHours: number | null;
  p90BusinessHours: number | null;
  promisesMade: number;
  promisesBroken: number;
}

export type DistributionBucket = 'under1h' | '1to4h' | '4hTo1d' | '1to3d' | 'over3d' | 'unanswered';

export interface PeriodStats {
  from: string;
  to: string;
  cutoff: string;
  /** True when there was no mail at all in the period. */
  empty: boolean;
  messages: { incoming: number; outgoing: number; automated: number; internal: number };
  /** Incoming messages that needed a reply, and what became of them. */
  incoming: { needingReply: number; replied: number; answered: number; noReply: Record<string, number> };
  /** Per thread: its first message that needed a reply → the first reply. */
  firstReply: Timing;
  /** Every incoming message that needed a reply → the first reply after it. */
  everyReply: Timing;
  /** Every-reply times in buckets, with the unanswered as a bucket of their own. */
  distribution: { bucket: DistributionBucket; count: number }[];
  questions: { asked: number; answered: number; unanswered: number; answeredPercent: number | null };
  /** Promises made in the period, and how many of them have each status at the cutoff (facts-asof.ts STATUS_FIGURE). */
  promises: { made: number } & Record<StatusFigure, number>;
  /** Threads waiting for a reply at the cutoff, by the age of their oldest waiting message (business days). */
  awaiting: { total: number; underOneDay: number; oneToThreeDays: number; overThreeDays: number };
  correspondents: { byMessages: Counted[]; byMyReplies: Counted[] };
  team: MemberStats[];
}

export interface Change {
  key: string;
  current: number | null;
  previous: number | null;
  /** current − previous; null when either is missing. */
  delta: number | null;
  /** Whether a rise is good (percentages) or bad (times, broken promises). */
  higherIsBetter: boolean;
}

export interface WeekPoint {
  /** ISO week, e.g. 2026-W46, in the configured time zone. */
  week: string;
  from: string;
  needed: number;
  replied: number;
  medianBusinessHours: number | null;
  p90BusinessHours: number | null;
}

export interface Breach {
  key: string;
  limit: number;
  actual: number;
  /** "max" = actual must stay at or under the limit; "min" = at or over. */
  kind: 'max' | 'min';
}
