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
 * - Only a promise of something that comes to me by mail: to send, mail, forward, confirm, sign, answer or let me
 *   know ("Ik stuur u vrijdag de stukken", "I'll get back to you tomorrow"). Their plans for their own work ("We
 *   will post it on our own channels", "Wij passen vrijdag onze openingstijden aan") promise me nothing I could miss.
 */
import type { Message, Thread } from '../model.js';
import type { NoReplyReason } from './needs-reply.js';
import { promisesOf, type CommitmentFact, type PromiseEnv } from './promises.js';

/** Reasons a mail needs no reply that also say it makes me no promise. */
const NOT_TO_ME: ReadonlySet<NoReplyReason> = new Set(['automated', 'bulk', 'ignored', 'calendar', 'internal', 'not-addressed', 'cc-only', 'broadcast', 'addressed-to-other']);

/** A promise of something that reaches me by mail (see the file comment). Bounded gaps: linear. */
const COMES_TO_ME = {
  nl: /(?<![\p{L}])(?:stuur\w*|sturen|opsturen|toesturen|doorsturen|(?:na)?mail\w*|e-mail\w*|laat\s+(?:\S+\s+){0,3}?weten|laten\s+weten|kom\s+(?:\S+\s+){0,3}?terug|terugkomen|bevestig\w*|(?:onder)?teken\w*|lever\w*|antwoord\w*|geef\s+(?:\S+\s+){0,3}?door|doorgeven)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:send|sending|sent|mail|e-?mail|forward|reply|answer|get\s+back|come\s+back\s+to|let\s+(?:you|u)\s+know|confirm|sign|return|deliver|share|pass\s+(?:it\s+|them\s+)?on)(?![\p{L}])/iu,
};

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
    out.push(...found.filter((c) => c.explicitDue && !c.offMail && COMES_TO_ME[m.language].test(c.commitment.text)));
  }
  return out;
}
