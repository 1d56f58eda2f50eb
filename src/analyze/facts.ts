/**
 * What happened in a thread, worked out once and shared by the rules and the report figures:
 * which incoming messages needed a reply and what answered them, which questions were answered, which promises
 * were kept. Rules decide what is a lapse; this file only states facts.
 */
import type { Address, Message, Thread, Waited } from '../model.js';
import type { BusinessTime } from '../text/business-time.js';
import type { Question } from '../text/questions.js';
import type { Span } from '../text/sentences.js';
import { needsReplyReason, type NeedsReplyOptions, type NoReplyReason } from './needs-reply.js';
import { promisesOf, type CommitmentFact, type PromiseEnv } from './promises.js';
import { answerQuestions, tellsWhereThingsStand, wordCount, type QuestionFact } from './answers.js';
import type { MessageBudgets } from './budget.js';
import { answeredElsewhere, notMine, repliesElsewhere } from './elsewhere.js';
import { askedFacts, type AskedFact } from './asked.js';
import { settledByPhone } from './phone.js';
import { handsOn } from './handed-on.js';
import { isCatchUp } from '../text/questions.js';
import { theirPromises } from './their-promises.js';
import { waitAsOf } from './facts-asof.js';
import { MessageText } from './facts-text.js';

export type { QuestionFact } from './answers.js';
export type { AskedFact } from './asked.js';

export interface FactsOptions extends NeedsReplyOptions {
  timezone: string;
  /** A promise without a date falls due this many business days after it was made. */
  defaultDueBusinessDays: number;
  /** Share of a question's key terms a reply must address to count as answering it. */
  answerOverlap: number;
  /** A colleague's address (config internalDomains): promises to colleagues count only with checkInternal. */
  isInternal: (address: string) => boolean;
}

export type { NoReplyReason } from './needs-reply.js';


export interface IncomingFact {
  message: Message;
  needsReply: boolean;
  reason?: NoReplyReason;
  /** First later outgoing message in the thread (a holding reply counts). */
  firstResponse?: Message;
  /** First later message of mine to the sender in any thread: they have heard from me since (a new subject). */
  laterContact?: Message;
  /** First later outgoing message that is more than a holding reply. */
  answer?: Message;
  /** Business/wall time until firstResponse, or until now when none. */
  responseWait: Waited;
  /** Business/wall time until answer, or until now when none. */
  answerWait: Waited;
  questions: QuestionFact[];
}

export type { CommitmentFact } from './promises.js';
export type { PromiseStatus } from './facts-asof.js';

export interface JobFact {
  message: Message;
  phrase: Span;
  checkIn?: Message;
}

export interface OutgoingFact {
  message: Message;
  holding: boolean;
  apology?: Span;
  /** The incoming messages this one is the first response to. */
  respondsTo: IncomingFact[];
}

export interface ThreadFacts {
  thread: Thread;
  incoming: IncomingFact[];
  outgoing: OutgoingFact[];
  commitments: CommitmentFact[];
  jobs: JobFact[];
  /** What my messages asked of the other party and what of it they answered (src/analyze/asked.ts). */
  asked: AskedFact[];
  /** Promises with a due time the other party made to me, and whether something came from them since. */
  theirCommitments: CommitmentFact[];
  /** The other party of the thread (first external address). */
  correspondent: Address | undefined;
}

export interface FactsEnv {
  now: Date;
  bt: BusinessTime;
  options: FactsOptions;
  /** All outgoing messages of the run by recipient address: a follow-up may come in another thread. */
  outgoingTo: Map<string, Message[]>;
  /** All incoming messages of the run by sender (awaiting-their-reply: they wrote since, in another thread). */
  incomingFrom?: Map<string, Message[]>;
  /** My own addresses (config `me`). */
  isMe: (address: string) => boolean;
  /** My team's addresses (config `team`). */
  isTeam: (address: string) => boolean;
  /** The per-message analysis budget (src/analyze/budget.ts); none: unbounded. */
  budget?: MessageBudgets;
  /** The text helpers per message, read from the analysis cache when there is one (facts-text.ts). */
  text?: MessageText;
}

const DIRECT = new MessageText();


const HOLDING_MAX_WORDS = 60;
const SUBSTANTIVE_HOLDING_WORDS = 25;
/** A reply this long takes up the small talk of the mail it answers (isCatchUp). */
const CATCH_UP_REPLY_WORDS = 50;

export function correspondentOf(m: Message): Address | undefined {
  if (m.direction === 'in') return m.from;
  return m.to[0] ?? m.cc[0];
}

export function recipients(m: Message): string[] {
  return [...m.to, ...m.cc].map((a) => a.address);
}

export function analyzeThread(thread: Thread, env: FactsEnv): ThreadFacts {
  const { bt, now, options } = env;
  const text = env.text ?? DIRECT;
  // What the text helpers find in a message, within its analysis budget; once that is spent, nothing more is found.
  const within = <T>(m: Message, fallback: T, f: () => T): T => (env.budget ? env.budget.run(m, fallback, f) : f());
  const msgs = thread.messages;
  const outgoing: OutgoingFact[] = [];
  const incoming: IncomingFact[] = [];
  const holdingOf = new Map<Message, boolean>();
  for (const m of msgs)
    if (m.direction === 'out') {
      // A long message that also says "I'll get back to you on the rest" is an answer, not a holding reply.
      const holding = within(m, false, () => text.holding(m) && wordCount(m.newText) < HOLDING_MAX_WORDS);
      holdingOf.set(m, holding);
      outgoing.push({ message: m, holding, apology: within(m, undefined, () => text.apology(m)), respondsTo: [] });
    }

  const questionsMemo = new Map<Message, Question[]>();
  const questionsOf = (m: Message) => {
    let q = questionsMemo.get(m);
    if (!q) questionsMemo.set(m, (q = within(m, [], () => text.questions(m))));
    return q;
  };
  for (const [i, m] of msgs.entries()) {
    if (m.direction !== 'in') continue;
    // my own questions quoted back without quote marks (an HTML reply, a pasted answer) are not theirs
    const questions = notMine(m, questionsOf(m), msgs.slice(0, i), env.outgoingTo.get(m.from.address));
    const reason = within(m, undefined, () => needsReplyReason({ message: m, questions, earlier: msgs.slice(0, i), later: msgs.slice(i + 1), questionsOf }, env));
    // A reply goes to the person who wrote: forwarding their mail to a colleague answers nobody.
    const later = msgs.slice(i + 1).filter((x) => x.direction === 'out' && x.date.getTime() >= m.date.getTime() && reaches(x, senders(m)));
    const firstResponse = later[0];
    const laterContact = firstResponse ?? (env.outgoingTo.get(m.from.address) ?? []).find((x) => x.date.getTime() > m.date.getTime());
    const answer = later.find((x) => !holdingOf.get(x));
    const fact: IncomingFact = {
      message: m,
      needsReply: reason === undefined,
      reason,
      firstResponse,
      laterContact,
      answer,
      responseWait: waitAsOf(bt, m.date, firstResponse?.date, now),
      answerWait: waitAsOf(bt, m.date, answer?.date, now),
      questions: [],
    };
    if (fact.needsReply) {
      // A holding reply with real content ("I can see the same thing: the consent event fires… I'll get back to
      // you tomorrow") can answer a question; a bare "we'll look into it" cannot.
      const replies = later.filter((x) => !holdingOf.get(x) || wordCount(x.newText) >= SUBSTANTIVE_HOLDING_WORDS || tellsWhereThingsStand(x));
      // With no answer in the thread, my answer may sit in another one (the subject changed, or no threading headers).
      if (!answer) replies.push(...repliesElsewhere(m, questions, msgs, env.outgoingTo).filter((x) => !text.holding(x)));
      const unjudged = questions.map((question) => ({ message: m, question }));
      fact.questions = within(m, unjudged, () => answerQuestions(m, questions, replies, options.answerOverlap));
      // No answer in the thread, but I wrote to them again soon on the same matter: the conversation went on there.
      // Small talk ("How's Houston?", "Hoe gaat het daar?") is taken up by any long personal reply.
      if (answer && wordCount(answer.newText) >= CATCH_UP_REPLY_WORDS)
        for (const q of fact.questions) if (!q.answeredBy && isCatchUp(q.question.text, m.language)) Object.assign(q, { answeredBy: answer, how: 'catch-up' });
      // My reply says I passed the mail on to whoever handles it: for my part, its questions are dealt with.
      const handOff = later.find((x) => within(x, false, () => handsOn(x)));
      if (handOff) for (const q of fact.questions) if (!q.answeredBy) Object.assign(q, { answeredBy: handOff, how: 'handed-on' });
      const open = fact.questions.filter((q) => !q.answeredBy);
      const there = !answer && open.length > 0 ? within(m, undefined, () => answeredElsewhere(m, questions, msgs, env.outgoingTo)) : undefined;
      if (there) for (const q of open) Object.assign(q, { answeredBy: there, how: 'elsewhere' });
      // The matter moved to the phone ("I'll call you at 3", "zoals telefonisch besproken"): talked, not written.
      const still = fact.questions.filter((q) => !q.answeredBy);
      const phone = still.length > 0 ? within(m, undefined, () => settledByPhone(m, msgs, env.outgoingTo, env.incomingFrom)) : undefined;
      if (phone) for (const q of still) Object.assign(q, { answeredBy: phone, how: 'phone' });
      if (firstResponse) outgoing.find((o) => o.message === firstResponse)?.respondsTo.push(fact);
    }
    incoming.push(fact);
  }

  const commitments: CommitmentFact[] = [];
  const jobs: JobFact[] = [];
  const promiseEnv: PromiseEnv = {
    now, bt, timezone: options.timezone, defaultDueBusinessDays: options.defaultDueBusinessDays, outgoingTo: env.outgoingTo,
    text,
  };
  for (const o of outgoing) {
    const m = o.message;
    // A promise or a delivery to colleagues only is theirs to chase, unless colleagues are checked like customers.
    if (!options.checkInternal && recipients(m).length > 0 && recipients(m).every((a) => options.isInternal(a) || env.isMe(a))) continue;
    const later = followUps(m, thread, env);
    commitments.push(...within(m, [], () => promisesOf(m, thread, promiseEnv)));
    const job = within(m, undefined, () => text.jobConcluded(m));
    if (job) jobs.push({ message: m, phrase: job, checkIn: later.find((x) => within(x, undefined, () => text.aftercare(x))) });
  }

  const asked = askedFacts(msgs, questionsOf, env, within);
  const theirCommitments = theirPromises(thread, incoming, { ...promiseEnv, incomingFrom: env.incomingFrom }, within);
  const first = msgs.find((m) => m.direction === 'in') ?? msgs[0];
  return { thread, incoming, outgoing, commitments, jobs, asked, theirCommitments, correspondent: first ? correspondentOf(first) : undefined };
}

/** Later outgoing messages in the thread, or to the same person in another thread, oldest first. */
function followUps(m: Message, thread: Thread, env: FactsEnv): Message[] {
  const t = m.date.getTime();
  const seen = new Set<Message>();
  const promisees = new Set(recipients(m));
  for (const x of thread.messages) if (x.direction === 'out' && x.date.getTime() > t && reaches(x, promisees)) seen.add(x);
  for (const addr of recipients(m))
    for (const x of env.outgoingTo.get(addr) ?? []) if (x.date.getTime() > t && x !== m) seen.add(x);
  return [...seen].sort((a, b) => a.date.getTime() - b.date.getTime());
}


/** Who a reply to `m` should reach: its sender and any Reply-To. */
function senders(m: Message): Set<string> {
  return new Set([m.from.address, ...(m.replyTo ?? []).map((a) => a.address)].filter(Boolean));
}

/** `out` is addressed (To or Cc) to one of `people`, or — with no recipients known at all — assumed to be. */
function reaches(out: Message, people: Set<string>): boolean {
  const to = recipients(out);
  if (to.length === 0 || people.size === 0) return true;
  return to.some((a) => people.has(a));
}

/** Index of all outgoing messages by recipient, for follow-ups across threads. */
export function outgoingIndex(messages: Iterable<Message>): Map<string, Message[]> {
  const idx = new Map<string, Message[]>();
  for (const m of messages) {
    if (m.direction !== 'out') continue;
    for (const a of recipients(m)) {
      const l = idx.get(a);
      if (l) l.push(m);
      else idx.set(a, [m]);
    }
  }
  return idx;
}
