/**
 * Per team member figures. A message counts for the member who wrote it: the sign-off name matched to config
 * `team` ("Groet, Mila" from info@ is Mila's), else the owner of the sending address. Replies sent counts what a
 * person calls a reply: an outgoing message, not automated (our out-of-office), to someone outside the team, in a
 * thread where someone outside wrote before it. Mail among colleagues and a thread we opened ourselves until the
 * other side writes back are no replies.
 */
import type { MessageRecord } from './records.js';
import type { MemberStats } from './types.js';
import { quantile } from './quantile.js';

export interface TeamInput {
  /** Every record (a reply's thread may have started before the window). */
  records: MessageRecord[];
  needing: MessageRecord[];
  outgoing: MessageRecord[];
  /** Every incoming message that needed a reply in the window, with its first reply (if any). */
  every: Array<{ record: MessageRecord; reply?: MessageRecord; business: number }>;
  /** Outgoing records with the number of their promises that are broken at the cutoff. */
  brokenIn: Map<MessageRecord, number>;
  isMine: (address: string) => boolean;
}

const firstWord = (s: string) => s.trim().split(/\s+/)[0]!.toLowerCase();

/** The team member (name as in config `team`) who wrote an outgoing record, or undefined. */
export function memberOf(r: MessageRecord, team: Record<string, string>): string | undefined {
  const names = [...new Set(Object.values(team))];
  const byFirst = new Map(names.map((n) => [firstWord(n), n]));
  for (const s of r.signOff ?? []) {
    const m = byFirst.get(firstWord(s));
    if (m) return m;
  }
  return team[r.from.toLowerCase()];
}

/** Outgoing records that are replies (see the file comment). */
export function isReply(r: MessageRecord, firstIncoming: Map<string, string>, isMine: (a: string) => boolean): boolean {
  if (r.dir !== 'out' || r.auto || !r.to.some((a) => !isMine(a))) return false;
  const first = firstIncoming.get(r.thread);
  return first !== undefined && first < r.date;
}

/** Per thread the date of its first message from outside (ISO strings compare in time order). */
function firstIncomingByThread(records: MessageRecord[], isMine: (a: string) => boolean): Map<string, string> {
  const first = new Map<string, string>();
  for (const r of records) {
    if (r.dir !== 'in' || isMine(r.from) || r.noReply === 'internal') continue;
    const d = first.get(r.thread);
    if (d === undefined || r.date < d) first.set(r.thread, r.date);
  }
  return first;
}

export function teamStats(team: Record<string, string>, t: TeamInput): MemberStats[] {
  const members = new Map<string, string[]>();
  for (const [address, name] of Object.entries(team)) members.set(name, [...(members.get(name) ?? []), address.toLowerCase()]);
  const firstIn = firstIncomingByThread(t.records, t.isMine);
  const by = new Map<MessageRecord, string | undefined>();
  const who = (r: MessageRecord) => {
    if (!by.has(r)) by.set(r, memberOf(r, team));
    return by.get(r);
  };
  return [...members.entries()].map(([name, addresses]) => {
    const has = (a: string) => addresses.includes(a);
    const received = new Set(t.needing.filter((r) => r.to.some(has)));
    const firsts = t.every.filter((w) => w.reply && who(w.reply) === name);
    const biz = firsts.map((w) => w.business).sort((a, b) => a - b);
    const mine = t.outgoing.filter((r) => who(r) === name);
    return {
      name,
      addresses,
      received: received.size,
      unanswered: t.every.filter((w) => !w.reply && received.has(w.record)).length,
      repliesSent: mine.filter((r) => isReply(r, firstIn, t.isMine)).length,
      firstResponses: firsts.length,
      medianBusinessHours: quantile(biz, 0.5),
      p90BusinessHours: quantile(biz, 0.9),
      promisesMade: mine.reduce((n, r) => n + (r.promises?.length ?? 0), 0),
      promisesBroken: mine.reduce((n, r) => n + (t.brokenIn.get(r) ?? 0), 0),
    };
  });
}
