/**
 * Promise facts: which promises an outgoing message makes and whether they were kept, for broken-promise and the
 * report's promise figures. Decisions (as a person judges them):
 * - Kept means delivered. A later message of ours (any colleague: a promise kept by a colleague is kept) to the
 *   person promised keeps it when it delivers: not an automated reply, not a progress note that only says it is
 *   still under way ("Ik ben er nog mee bezig", "Quick update: still waiting on the supplier", a holding reply)
 *   and says little else,
 *   unless it also hands something over (an attachment, "hierbij", "here is"). In another thread it must also be
 *   about the same thing (it shares a content word with the promise or its thread's subject) and not only promise
 *   again.
 * - A deferral without any time ("Ik vraag het even na bij de leverancier", "Leave it with me", "I'll look into
 *   it") is no promise here: there is no moment at which it breaks. It leaves the question open and the thread
 *   waiting, which unanswered-question and awaiting-reply report.
 * - A message can make several promises with different due times ("Kees komt dinsdag opmeten. Daarna ontvangt u
 *   binnen een week de offerte."): each is judged. Promises of one message with the same due day are one.
 * - A promise to call or visit ("ik bel je morgen", "Ruben komt vanochtend langs", "I'll pop round Thursday")
 *   happens off the mail. It is kept when a later message of either side shows it happened ("zoals telefonisch
 *   besproken", "hij doet het weer", "thanks for coming round"); without such a trace it is reported as not seen
 *   in the mail (`offMail`), which broken-promise words as a check, not as a certainty.
 * - A promise towards a third party, a task handed on or an errand off the mail ("I shall contact Mike Gorman",
 *   "Ik bel de leverancier", "I'll drop off a check") cannot be seen kept or broken in the mailbox: it is left out
 *   unless the sentence also promises the reader something (promise-reach.ts).
 */
import type { Message, Thread } from '../model.js';
import type { BusinessTime } from '../text/business-time.js';
import { findCommitments, type Commitment } from '../text/commitments.js';
import { isHoldingReply } from '../text/acknowledge.js';
import { hasPhrase } from '../text/phrases.js';
import { splitSentences } from '../text/sentences.js';
import { keyTerms, sharedTerms } from '../text/terms.js';
import type { MessageText } from './facts-text.js';
import { promiseStatusAsOf, type PromiseStatus } from './facts-asof.js';
import { towardsOthers } from './promise-reach.js';

export type { PromiseStatus } from './facts-asof.js';

export interface CommitmentFact {
  message: Message;
  commitment: Commitment;
  due: Date;
  /** The due time was given in the text (otherwise the default). */
  explicitDue: boolean;
  /** The message that delivered it (or, for a call or visit, the one that shows it happened). */
  followUp?: Message;
  /** As of the scan's now (facts-asof.ts: the judgement the report's figures use too). */
  status: PromiseStatus;
  /** A promise to call or visit: done off the mail. */
  offMail?: boolean;
  /** `followUp` shows the call or visit happened (rather than delivering something): kept, whatever its date. */
  shown?: boolean;
}

export interface PromiseEnv {
  now: Date;
  bt: BusinessTime;
  timezone: string;
  /** A promise without a date falls due this many business days after it was made. */
  defaultDueBusinessDays: number;
  /** All outgoing messages of the run by recipient address: a delivery may come in another thread. */
  outgoingTo: Map<string, Message[]>;
  /** What the text helpers find in a message, from the analysis cache when there is one (facts-text.ts). */
  text?: MessageText;
  /**
   * The later messages that may deliver the promise, oldest first. Default: ours to the person promised (in the
   * thread or another one); for a promise the other party made (their-promise-due), theirs.
   */
  laterOf?: (m: Message, thread: Thread) => Message[];
}

/** f() for message x, through the analysis cache when there is one: `name` says what f finds in x's text. */
const cached = (env: PromiseEnv, x: Message, name: string, f: () => boolean): boolean => (env.text ? env.text.flag(x, name, f) : f());

const recipients = (m: Message) => [...m.to, ...m.cc].map((a) => a.address);

/** The promises `m` makes, each with its due time and what became of it. */
export function promisesOf(m: Message, thread: Thread, env: PromiseEnv): CommitmentFact[] {
  const found = env.text ? env.text.commitments(m, env.timezone, env.bt) : findCommitments(m.newText, m.language, m.date, env.timezone, { businessTime: env.bt });
  const cs = distinctPromises(
    found.filter((c) => !(c.vague && (isDeferral(c.text, m.language) || noMoment(c.text, m.language))) && !towardsOthers(c.text, m.language)),
  );
  if (cs.length === 0) return [];
  const later = env.laterOf ? env.laterOf(m, thread) : followUps(m, thread, env);
  return cs.map((c) => {
    const due = c.due ?? env.bt.addBusinessDays(m.date, env.defaultDueBusinessDays);
    const offMail = isOffMail(c.text, m.language);
    const shown = offMail ? happened(m, thread, env) ?? resumedAfter(m, due, thread, later) : undefined;
    // a later mail delivers nothing of a call or visit: only a sign that it happened, or talk going on, counts
    const delivery = offMail ? undefined : later.find((x) => delivers(x, c, thread, env));
    const byShown = !!shown;
    const followUp = byShown ? shown : delivery;
    const status = promiseStatusAsOf({ due, followUp: followUp?.date, shown: byShown }, env.now);
    const fact: CommitmentFact = { message: m, commitment: c, due, explicitDue: !!c.due, status };
    if (followUp) fact.followUp = followUp;
    if (offMail) fact.offMail = true;
    if (byShown) fact.shown = true;
    return fact;
  });
}

/**
 * "Ik kijk even in de planning. Ik laat het u morgen weten." is one promise, not two: the dated ones count, one per
 * due day; with none dated, the first.
 */
function distinctPromises(cs: Commitment[]): Commitment[] {
  const dated = cs.filter((c) => c.due).sort((a, b) => a.due!.getTime() - b.due!.getTime());
  if (dated.length === 0) return cs.slice(0, 1);
  const days = new Set<string>();
  return dated.filter((c) => {
    const day = c.due!.toISOString().slice(0, 10);
    if (days.has(day)) return false;
    days.add(day);
    return true;
  });
}

/** A deferral: the sentence is a holding reply's ("ik vraag het even na", "I'll look into it"). */
function isDeferral(sentence: string, lang: Message['language']): boolean {
  return hasPhrase(sentence, lang, 'holding-replies');
}

/**
 * A promise with no time that names no moment at which it could break (the same reading as a deferral):
 * - hypothetical, it may never be due: "I'll give you a ring if anything comes up", "I shall contact you if the
 *   situation changes", "Otherwise, I'll let you know", "Mocht er iets veranderen, dan bel ik je", "Indien nodig
 *   stuur ik het na" (Dutch "als" is also "when", so it does not count);
 * - ongoing: "I'll keep you posted", "Ik houd je op de hoogte" (an update whenever there is news).
 * A promise with a time ("I'll send it tomorrow, if that's all right") keeps its due time.
 */
const NO_MOMENT = {
  nl: /(?<![\p{L}])(?:indien|mocht|mochten|tenzij|anders|zo\s+nodig|op\s+de\s+hoogte\s+(?:houden|houd|hou|blijven))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?<!(?:check|see|ask|know|out|wonder|confirm|whether|tell\syou)\s)if|unless|in\s+case|otherwise|should\s+(?:anything|something|there|you|it)|keep\s+(?:you|u|y'all|everyone|everybody)\s+(?:posted|informed|updated|in\s+the\s+loop))(?![\p{L}])/iu,
};

function noMoment(sentence: string, lang: Message['language']): boolean {
  return NO_MOMENT[lang].test(sentence);
}

/**
 * Talk between the two sides that went on after a call or visit fell due (a later mail of either side in the
 * thread, or one of ours to them elsewhere): a person does not chase a call the conversation has carried past,
 * and the mail cannot show whether it happened late.
 */
function resumedAfter(m: Message, due: Date, thread: Thread, later: Message[]): Message | undefined {
  const promisees = new Set(recipients(m));
  const after = (x: Message) => x.date.getTime() > due.getTime() && x.date.getTime() > m.date.getTime() && !x.automated;
  const theirs = thread.messages.find((x) => x.direction === 'in' && after(x) && promisees.has(x.from.address));
  const ours = later.find(after);
  if (!theirs || !ours) return theirs ?? ours;
  return theirs.date.getTime() < ours.date.getTime() ? theirs : ours;
}

const OFF_MAIL = {
  nl: /(?<![\p{L}])(?:bel|belt|bellen|terugbellen|langs|komt\s+(?:\S+\s+){0,5}?(?:kijken|opmeten|repareren|monteren|installeren|vervangen)|kom\s+(?:\S+\s+){0,5}?(?:kijken|opmeten)|telefonisch)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:call|ring|phone|give\s+(?:you\s+)?a\s+(?:buzz|shout|holler)|talk\s+(?:to|with)\s+you|catch\s+up|pop\s+(?:round|by|over|in)|come\s+(?:round|by|over)|drop\s+by|visit|be\s+with\s+you|be\s+there)(?![\p{L}])/iu,
};

/** A promise to call or visit: it happens off the mail. */
function isOffMail(sentence: string, lang: Message['language']): boolean {
  return OFF_MAIL[lang].test(sentence) && !/\b(?:mail|e-mail|email|stuur|send|sturen)\b/i.test(sentence);
}

/** A later message in the thread, of either side, that shows the call or visit happened. */
function happened(m: Message, thread: Thread, env: PromiseEnv): Message | undefined {
  return thread.messages.find((x) => x.date.getTime() > m.date.getTime() && !x.automated && cached(env, x, 'off-mail-done', () => hasSentence(x, 'off-mail-done')));
}

function hasSentence(x: Message, list: string): boolean {
  return splitSentences(x.newText, x.language).some((s) => !/^\s*>/.test(s.text) && hasPhrase(s.text, x.language, list));
}

const STATUS_LISTS = ['holding-replies', 'progress-updates', 'apologies'];
/** Content words a message must carry beside its status sentences to be more than a status note. */
const SUBSTANCE_TERMS = 6;

/**
 * Only a status note: it says the work is under way or will follow ("Ik ben er nog mee bezig", "I'll get back to
 * you", "Sorry for the wait") and says little else: its other sentences hold fewer than SUBSTANCE_TERMS content words
 * (a greeting and a sign-off hold two or three). "Kleine update: …, ik ben nog met je proefpakket bezig." is one;
 * an answer that ends with "ik wacht nog op de maten van de keuken" is not.
 */
function statusOnly(x: Message): boolean {
  let status = false;
  const rest: string[] = [];
  for (const s of splitSentences(x.newText, x.language)) {
    if (/^\s*>/.test(s.text)) continue;
    if (STATUS_LISTS.some((l) => hasPhrase(s.text, x.language, l))) status = true;
    else rest.push(s.text);
  }
  return status && keyTerms(rest.join(' '), x.language).size < SUBSTANCE_TERMS;
}

/** Something handed over: an attachment, "hierbij", "in de bijlage", "here is", "attached". */
const HANDED_OVER = /(?<![\p{L}])(?:hierbij|bijgaand|in de bijlage|als bijlage|bijgevoegd|here(?:'s|’s| is| are)|attached|enclosed|please find)(?![\p{L}])/iu;

/** `x` delivers what was promised in `c`, made in `thread` (see the file comment). */
function delivers(x: Message, c: Commitment, thread: Thread, env: PromiseEnv): boolean {
  if (x.automated) return false;
  const handsOver = x.attachments.length > 0 || HANDED_OVER.test(x.newText);
  if (!handsOver && cached(env, x, 'status-only', () => statusOnly(x))) return false;
  if (thread.messages.includes(x)) return true;
  // in another thread, a message that only promises again ("Ik stuur je maandag het overzicht") delivers nothing
  const again = () => findCommitments(x.newText, x.language, x.date, env.timezone).length > 0;
  if (!handsOver && cached(env, x, `promises-again ${x.date.toISOString()} ${env.timezone}`, again)) return false;
  const topic = `${c.text} ${thread.subject}`;
  return sharedTerms(topic, `${x.subject} ${x.newText}`, x.language).hits > 0;
}

/** Later outgoing messages in the thread to the person promised, or to them in another thread, oldest first. */
function followUps(m: Message, thread: Thread, env: PromiseEnv): Message[] {
  const t = m.date.getTime();
  const seen = new Set<Message>();
  const promisees = new Set(recipients(m));
  for (const x of thread.messages) if (x.direction === 'out' && x.date.getTime() > t && reaches(x, promisees)) seen.add(x);
  for (const addr of recipients(m)) for (const x of env.outgoingTo.get(addr) ?? []) if (x.date.getTime() > t && x !== m) seen.add(x);
  return [...seen].sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** `out` is addressed (To or Cc) to one of `people`, or — with no recipients known at all — assumed to be. */
function reaches(out: Message, people: Set<string>): boolean {
  const to = recipients(out);
  if (to.length === 0 || people.size === 0) return true;
  return to.some((a) => people.has(a));
}
