/**
 * Message records: the compact, text-free facts that every report figure is computed from.
 *
 * A scan turns its ThreadFacts into one record per message (Message-ID, thread, date, direction, addresses,
 * whether it needed a reply, which message answered it, per question the answering message, per promise the
 * due time and follow-up). `scan --format json` carries them as `records`, and `report` computes its figures
 * from records only, both for a live scan and for `--merge`. So the merged figures of several mailboxes equal
 * those of one run over all their mail by construction: the same function sees the same records.
 * No message text is stored here (subjects, questions, promises stay out), so records are safe to publish.
 */
import type { ThreadFacts, NoReplyReason } from '../analyze/facts.js';
import type { Message } from '../model.js';
import { signOffNames } from '../text/sign-off.js';

export interface PromiseRecord {
  /** When the promise falls/fell due (ISO). */
  due: string;
  /** The due time was stated in the text (not the default). */
  explicit?: boolean;
  /** Message-ID of the message that delivered it (or, with `shown`, that shows a call or visit happened). */
  followUp?: string;
  /** A call or visit done off the mail, shown done by `followUp`: kept, whatever that message's date. */
  shown?: boolean;
}

export interface MessageRecord {
  /** RFC 5322 Message-ID. */
  id: string;
  /** Message-ID of the thread's root. */
  thread: string;
  /** ISO 8601 (UTC). */
  date: string;
  dir: 'in' | 'out';
  /** Sender address, lower-cased. */
  from: string;
  /** Sender display name, when the message had one. */
  name?: string;
  /** To and Cc addresses. */
  to: string[];
  /** Incoming: it needed a reply. */
  needsReply?: boolean;
  /** Incoming: why it did not need one. */
  noReply?: NoReplyReason;
  /** Incoming: Message-ID of the first later outgoing message in the thread (a holding reply counts). */
  response?: string;
  /** Incoming: Message-ID of the first outgoing message that was more than a holding reply. */
  answer?: string;
  /** Incoming: one entry per question in the new text: Message-ID of the answering message, or null. */
  questions?: (string | null)[];
  /** Outgoing: a holding reply ("I'll look into it"). */
  holding?: boolean;
  /** Outgoing: the promises made in it. */
  promises?: PromiseRecord[];
  /** Outgoing: sent by a machine (an out-of-office reply from our side). */
  auto?: boolean;
  /** Outgoing: the names it is signed with, nearest to the sign-off first ("Mila"): who wrote from a shared address. */
  signOff?: string[];
}

function base(m: Message, thread: string): MessageRecord {
  const r: MessageRecord = {
    id: m.messageId,
    thread,
    date: m.date.toISOString(),
    dir: m.direction,
    from: m.from.address,
    to: [...m.to, ...m.cc].map((a) => a.address),
  };
  if (m.from.name && m.from.name !== m.from.address) r.name = m.from.name;
  if (m.direction === 'out') {
    if (m.automated) r.auto = true;
    const names = signOffNames(m.newText, m.signature).slice(0, 3);
    if (names.length) r.signOff = names;
  }
  return r;
}

/** One record per message of the analysed threads, oldest first. */
export function recordsFromFacts(facts: ThreadFacts[]): MessageRecord[] {
  const out: MessageRecord[] = [];
  for (const f of facts) {
    const tid = f.thread.id;
    const byMessage = new Map<Message, MessageRecord>();
    for (const m of f.thread.messages) {
      const r = base(m, tid);
      byMessage.set(m, r);
      out.push(r);
    }
    for (const i of f.incoming) {
      const r = byMessage.get(i.message);
      if (!r) continue;
      r.needsReply = i.needsReply;
      if (i.reason) r.noReply = i.reason;
      if (i.firstResponse) r.response = i.firstResponse.messageId;
      if (i.answer) r.answer = i.answer.messageId;
      if (i.questions.length) r.questions = i.questions.map((q) => q.answeredBy?.messageId ?? null);
    }
    for (const o of f.outgoing) {
      const r = byMessage.get(o.message);
      if (r && o.holding) r.holding = true;
    }
    for (const c of f.commitments) {
      const r = byMessage.get(c.message);
      if (!r) continue;
      const p: PromiseRecord = { due: c.due.toISOString() };
      if (c.explicitDue) p.explicit = true;
      if (c.followUp) p.followUp = c.followUp.messageId;
      if (c.shown) p.shown = true;
      (r.promises ??= []).push(p);
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The earlier of two referenced messages (by the date of their records); either may be missing. */
function earlier(a: string | undefined, b: string | undefined, dateOf: (id: string) => string): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return dateOf(b) < dateOf(a) ? b : a;
}

/**
 * Union of record sets from several scans. A message seen in more than one (a customer who wrote to two
 * colleagues, a shared mailbox) counts once; when the scans saw different replies to it, the earliest reply any
 * of them saw counts, because one scan over all that mail would have seen that reply first.
 */
export function mergeRecords(sets: MessageRecord[][]): MessageRecord[] {
  const byId = new Map<string, MessageRecord>();
  const all = sets.flat();
  for (const r of all) if (!byId.has(r.id)) byId.set(r.id, structuredClone(r));
  const dateOf = (id: string) => byId.get(id)?.date ?? '9999';
  for (const r of all) {
    const m = byId.get(r.id)!;
    if (m === r) continue;
    if (r.dir === 'in') {
      m.needsReply = !!(m.needsReply || r.needsReply);
      if (m.needsReply) delete m.noReply;
      m.response = earlier(m.response, r.response, dateOf);
      m.answer = earlier(m.answer, r.answer, dateOf);
      if (r.questions && m.questions && r.questions.length === m.questions.length)
        m.questions = m.questions.map((q, i) => earlier(q ?? undefined, r.questions![i] ?? undefined, dateOf) ?? null);
      else if (r.questions && !m.questions) m.questions = [...r.questions];
    } else if (r.promises && m.promises && r.promises.length === m.promises.length) {
      m.promises = m.promises.map((p, i) => ({ ...p, followUp: earlier(p.followUp, r.promises![i]!.followUp, dateOf) }));
    }
    for (const k of ['response', 'answer'] as const) if (m[k] === undefined) delete m[k];
  }
  for (const m of byId.values()) for (const p of m.promises ?? []) if (p.followUp === undefined) delete p.followUp;
  return [...byId.values()].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
