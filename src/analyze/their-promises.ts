/**
 * Promises the other party made to me ("Ik stuur u vrijdag de stukken", "I'll send the signed form tomorrow"), and
 * whether something came from them since: for their-promise-due, in scan's "Waiting on others". The promise and its
 * due time are read by the same readers as my own promises (src/text/commitments.ts through promisesOf in
 * src/analyze/promises.ts); only who may deliver differs: a later message of theirs (the sender), in the thread or
 * in another one about the same thing, that is more than a status note ("I'm still working on it").
 * Decisions:
 * - Only mail a person wrote to me: not automated or bulk, not a broadcast, not to someone else (I am only in Cc,
 *   or the greeting names another recipient), not from a colleague (unless `checkInternal`), not ignored.
 * - Only a promise with a time in it: "I'll send it" without a day has no moment at which it is due.
 * - A promise to call or visit happens off the mail: whether they called is not in the mail, so it is left out.
 */
import type { Message, Thread } from '../model.js';
import type { NoReplyReason } from './needs-reply.js';
import { promisesOf, type CommitmentFact, type PromiseEnv } from './promises.js';

/** Reasons a mail needs no reply that also say it makes me no promise. */
const NOT_TO_ME: ReadonlySet<NoReplyReason> = new Set(['automated', 'bulk', 'ignored', 'calendar', 'internal', 'not-addressed', 'cc-only', 'broadcast', 'addressed-to-other']);

type Within = <T>(m: Message, fallback: T, f: () => T) => T;

/** The promises with a due time that incoming mail of the thread made to me, each with what became of it. */
export function theirPromises(thread: Thread, incoming: { message: Message; reason?: NoReplyReason }[], env: PromiseEnv & { incomingFrom?: Map<string, Message[]> }, within: Within): CommitmentFact[] {
  const laterOf = (m: Message, t: Thread): Message[] => {
    const after = (x: Message) => x.direction === 'in' && x.from.address === m.from.address && x.date.getTime() > m.date.getTime();
    const seen = new Set(t.messages.filter(after));
    for (const x of env.incomingFrom?.get(m.from.address) ?? []) if (after(x)) seen.add(x);
    return [...seen].sort((a, b) => a.date.getTime() - b.date.getTime());
  };
  const out: CommitmentFact[] = [];
  for (const f of incoming) {
    if (f.reason && NOT_TO_ME.has(f.reason)) continue;
    const m = f.message;
    const found = within(m, [], () => promisesOf(m, thread, { ...env, laterOf }));
    out.push(...found.filter((c) => c.explicitDue && !c.offMail));
  }
  return out;
}
