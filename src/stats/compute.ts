/**
 * Figures from message records for one window. Everything is taken "as of the cutoff": a reply that came after
 * the end of the period does not count for that period, so the previous period is judged by the same clock.
 * The records carry the rules' facts (who replied, what answered, which message delivered a promise); this file
 * counts them and leaves the judgement (a promise's status, a wait) to src/analyze/facts-asof.ts, the one the
 * rules use, so a figure and a finding cannot disagree.
 */
import { DateTime } from 'luxon';
import type { BusinessTime } from '../text/business-time.js';
import { promiseStatusAsOf, sentBy, STATUS_FIGURE, waitAsOf, type PromiseStatus } from '../analyze/facts-asof.js';
import type { MessageRecord, PromiseRecord } from './records.js';
import type { Window } from './period.js';
import type { Change, Counted, DistributionBucket, PeriodStats, Timing, WeekPoint } from './types.js';
import { teamStats } from './team.js';
import { quantile } from './quantile.js';

export interface StatsEnv {
  bt: BusinessTime;
  /** Team members: address → name (config `team`). */
  team: Record<string, string>;
  /** My own addresses (config `me`, wildcards allowed); outgoing senders count as mine too. */
  isMine: (address: string) => boolean;
  /** How many correspondents to list. */
  top?: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const percent = (part: number, whole: number) => (whole === 0 ? null : round2((part / whole) * 100));

/** Indexes records once; the window functions below reuse it. */
export class RecordIndex {
  readonly byId = new Map<string, MessageRecord>();
  readonly mine = new Set<string>();
  constructor(readonly records: MessageRecord[]) {
    for (const r of records) {
      this.byId.set(r.id, r);
      if (r.dir === 'out') this.mine.add(r.from);
    }
  }
  /** The record's date when the referenced message exists and was sent by `cutoff`. */
  at(id: string | null | undefined, cutoff: number): MessageRecord | undefined {
    if (!id) return undefined;
    const r = this.byId.get(id);
    return r && sentBy(r.date, cutoff) ? r : undefined;
  }
}

interface Wait {
  record: MessageRecord;
  reply?: MessageRecord;
  business: number;
  wall: number;
}

function waits(items: MessageRecord[], idx: RecordIndex, cutoff: number, bt: BusinessTime): Wait[] {
  return items.map((record) => {
    const reply = idx.at(record.response, cutoff);
    const w = waitAsOf(bt, new Date(record.date), reply ? new Date(reply.date) : undefined, new Date(cutoff));
    return { record, reply, business: w.businessHours, wall: w.wallHours };
  });
}

function timing(ws: Wait[]): Timing {
  const replied = ws.filter((w) => w.reply);
  const open = ws.filter((w) => !w.reply);
  const biz = replied.map((w) => w.business).sort((a, b) => a - b);
  const wall = replied.map((w) => w.wall).sort((a, b) => a - b);
  const oldest = open.reduce<Wait | undefined>((o, w) => (!o || w.business > o.business ? w : o), undefined);
  return {
    needed: ws.length,
    replied: replied.length,
    unanswered: open.length,
    repliedPercent: percent(replied.length, ws.length),
    medianBusinessHours: quantile(biz, 0.5),
    p90BusinessHours: quantile(biz, 0.9),
    medianWallHours: quantile(wall, 0.5),
    p90WallHours: quantile(wall, 0.9),
    oldestUnansweredBusinessHours: oldest ? round2(oldest.business) : null,
    oldestUnansweredWallHours: oldest ? round2(oldest.wall) : null,
  };
}

function bucketOf(w: Wait, day: number): DistributionBucket {
  if (!w.reply) return 'unanswered';
  if (w.business < 1) return 'under1h';
  if (w.business < 4) return '1to4h';
  if (w.business < day) return '4hTo1d';
  if (w.business <= 3 * day) return '1to3d';
  return 'over3d';
}

const BUCKETS: DistributionBucket[] = ['under1h', '1to4h', '4hTo1d', '1to3d', 'over3d', 'unanswered'];

function inWindow(r: MessageRecord, from: number, end: number): boolean {
  const t = Date.parse(r.date);
  return t >= from && t < end;
}

function top(counts: Map<string, number>, names: Map<string, string>, n: number): Counted[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([address, count]) => ({ address, ...(names.has(address) && { name: names.get(address) }), count }));
}

/** The first record of each thread that needed a reply: the conversation opener for first-reply time. */
function openers(idx: RecordIndex): Set<MessageRecord> {
  const first = new Map<string, MessageRecord>();
  for (const r of idx.records) if (r.dir === 'in' && r.needsReply && !first.has(r.thread)) first.set(r.thread, r);
  return new Set(first.values());
}

export function computeStats(idx: RecordIndex, win: Window, env: StatsEnv): PeriodStats {
  const { bt } = env;
  const from = win.from.getTime();
  const cutoff = win.cutoff.getTime();
  // Messages after the cutoff have not happened yet as far as this window is concerned.
  const end = Math.min(win.to.getTime(), cutoff + 1);
  const inside = idx.records.filter((r) => inWindow(r, from, end));
  const incoming = inside.filter((r) => r.dir === 'in');
  const outgoing = inside.filter((r) => r.dir === 'out');
  const needing = incoming.filter((r) => r.needsReply);
  const isMine = (a: string) => idx.mine.has(a) || a in env.team || env.isMine(a);

  const every = waits(needing, idx, cutoff, bt);
  const firstOf = openers(idx);
  const first = every.filter((w) => firstOf.has(w.record));
  const day = bt.hoursPerDay;
  const dist = new Map<DistributionBucket, number>(BUCKETS.map((b) => [b, 0]));
  for (const w of every) dist.set(bucketOf(w, day), dist.get(bucketOf(w, day))! + 1);

  const noReply: Record<string, number> = {};
  for (const r of incoming) if (!r.needsReply && r.noReply) noReply[r.noReply] = (noReply[r.noReply] ?? 0) + 1;

  let asked = 0;
  let answered = 0;
  for (const r of needing)
    for (const q of r.questions ?? []) {
      asked++;
      if (idx.at(q, cutoff)) answered++;
    }

  const promises: PeriodStats['promises'] = { made: 0, kept: 0, keptLate: 0, broken: 0, open: 0 };
  const brokenIn = new Map<MessageRecord, number>();
  for (const r of outgoing)
    for (const p of r.promises ?? []) {
      promises.made++;
      const s = promiseStatusAt(p, idx, cutoff);
      promises[STATUS_FIGURE[s]]++;
      if (s === 'broken') brokenIn.set(r, (brokenIn.get(r) ?? 0) + 1);
    }

  const awaiting = awaitingAt(idx, cutoff, bt);

  // Busiest correspondents: the other party of each non-automated message; "my replies" = my messages to them.
  const msgCount = new Map<string, number>();
  const replyCount = new Map<string, number>();
  const names = new Map<string, string>();
  const bump = (m: Map<string, number>, a: string) => m.set(a, (m.get(a) ?? 0) + 1);
  for (const r of incoming) {
    if (r.noReply === 'automated' || isMine(r.from)) continue;
    bump(msgCount, r.from);
    if (r.name) names.set(r.from, r.name);
  }
  for (const r of outgoing)
    for (const a of new Set(r.to.filter((x) => !isMine(x)))) {
      bump(msgCount, a);
      bump(replyCount, a);
    }
  const n = env.top ?? 5;

  return {
    from: win.from.toISOString(),
    to: win.to.toISOString(),
    cutoff: win.cutoff.toISOString(),
    empty: inside.length === 0,
    messages: {
      incoming: incoming.length,
      outgoing: outgoing.length,
      automated: incoming.filter((r) => r.noReply === 'automated').length,
      internal: incoming.filter((r) => r.noReply === 'internal').length,
    },
    incoming: {
      needingReply: needing.length,
      replied: every.filter((w) => w.reply).length,
      answered: needing.filter((r) => idx.at(r.answer, cutoff)).length,
      noReply,
    },
    firstReply: timing(first),
    everyReply: timing(every),
    distribution: BUCKETS.map((bucket) => ({ bucket, count: dist.get(bucket)! })),
    questions: { asked, answered, unanswered: asked - answered, answeredPercent: percent(answered, asked) },
    promises,
    awaiting,
    correspondents: { byMessages: top(msgCount, names, n), byMyReplies: top(replyCount, names, n) },
    team: teamStats(env.team, { records: idx.records, needing, outgoing, every, brokenIn, isMine }),
  };
}

/** A promise record's status as of the cutoff: its follow-up counts only when it was sent by then. */
export function promiseStatusAt(p: PromiseRecord, idx: RecordIndex, cutoff: number): PromiseStatus {
  const followUp = idx.at(p.followUp, cutoff);
  return promiseStatusAsOf({ due: new Date(p.due), followUp: followUp && new Date(followUp.date), shown: p.shown }, new Date(cutoff));
}

/** Threads whose customer is waiting at the cutoff, by the business-time age of the oldest waiting message. */
function awaitingAt(idx: RecordIndex, cutoff: number, bt: BusinessTime) {
  const oldest = new Map<string, MessageRecord>();
  for (const r of idx.records) {
    if (r.dir !== 'in' || !r.needsReply || !sentBy(r.date, cutoff)) continue;
    if (idx.at(r.response, cutoff)) continue;
    if (!oldest.has(r.thread)) oldest.set(r.thread, r); // records are sorted by date
  }
  const day = bt.hoursPerDay;
  const a = { total: 0, underOneDay: 0, oneToThreeDays: 0, overThreeDays: 0 };
  for (const r of oldest.values()) {
    const h = waitAsOf(bt, new Date(r.date), undefined, new Date(cutoff)).businessHours;
    a.total++;
    if (h < day) a.underOneDay++;
    else if (h <= 3 * day) a.oneToThreeDays++;
    else a.overThreeDays++;
  }
  return a;
}

/** The key figures side by side with the previous period. */
export function changes(cur: PeriodStats, prev: PeriodStats): Change[] {
  const rows: [string, (s: PeriodStats) => number | null, boolean][] = [
    ['firstReplyMedianBusinessHours', (s) => s.firstReply.medianBusinessHours, false],
    ['firstReplyP90BusinessHours', (s) => s.firstReply.p90BusinessHours, false],
    ['everyReplyMedianBusinessHours', (s) => s.everyReply.medianBusinessHours, false],
    ['everyReplyP90BusinessHours', (s) => s.everyReply.p90BusinessHours, false],
    ['needingReply', (s) => s.incoming.needingReply, false],
    ['repliedPercent', (s) => s.everyReply.repliedPercent, true],
    ['questionsAnsweredPercent', (s) => s.questions.answeredPercent, true],
    ['promisesBroken', (s) => s.promises.broken, false],
    ['awaitingOverThreeDays', (s) => s.awaiting.overThreeDays, false],
  ];
  return rows.map(([key, get, higherIsBetter]) => {
    const c = get(cur);
    const p = get(prev);
    return { key, current: c, previous: p, delta: c === null || p === null ? null : round2(c - p), higherIsBetter };
  });
}

/** Weekly every-reply figures (ISO weeks in the zone) from `from` up to the cutoff, oldest first. */
export function weeklyTrend(idx: RecordIndex, from: Date, cutoff: Date, env: StatsEnv): WeekPoint[] {
  const zone = env.bt.zone;
  const points: WeekPoint[] = [];
  let week = DateTime.fromJSDate(from, { zone }).startOf('week');
  const end = cutoff.getTime();
  for (let guard = 0; guard < 60 && week.toMillis() < end; guard++) {
    const next = week.plus({ weeks: 1 });
    const wCut = Math.min(next.toMillis(), end);
    const needing = idx.records.filter((r) => r.dir === 'in' && r.needsReply && inWindow(r, week.toMillis(), wCut));
    const t = timing(waits(needing, idx, wCut, env.bt));
    points.push({
      week: `${week.weekYear}-W${String(week.weekNumber).padStart(2, '0')}`,
      from: week.toJSDate().toISOString(),
      needed: t.needed,
      replied: t.replied,
      medianBusinessHours: t.medianBusinessHours,
      p90BusinessHours: t.p90BusinessHours,
    });
    week = next;
  }
  return points;
}
