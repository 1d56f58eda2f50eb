/**
 * Replies that sit in another thread. Without In-Reply-To / References, or when the subject was changed, my
 * answer to a mail can land outside its thread. Two kinds count:
 *  - a message of mine to the sender, within ELSEWHERE_DAYS, that quotes the mail (`repliesElsewhere`): its text is
 *    judged like any reply, question by question;
 *  - a message of mine to the sender, within SAME_MATTER_DAYS, on the same matter (`answeredElsewhere`): a reply
 *    by subject ("Re:" + the same subject, an empty one too, which threading leaves apart), a new subject that takes
 *    up the old one ("whistler!" → "Whistler weekend"), or a text that takes up the questions' own content words.
 *    People who write to each other again that soon about the same matter have answered; the conversation went on.
 * Such a message answers the mail's questions (unanswered-question); it does not change when the mail was first
 * responded to (the speed rules keep to the thread and `laterContact`). Merely writing again is not enough: a mail
 * about something else the next day (an invoice after a question about the menu) leaves the question open, and on
 * real mail people who work together share names and terms in every message, whatever it is about.
 */
import type { Message } from '../model.js';
import type { Question } from '../text/questions.js';
import { normalizeSubject, hasReplyPrefix } from '../thread/subject.js';
import { keyTerms, sharedTerms } from '../text/terms.js';

/** How long after the mail a message in another thread may still be its answer. */
const ELSEWHERE_DAYS = 14;
/** How long after the mail a message on the same matter, quoting nothing, still answers it. */
const SAME_MATTER_DAYS = 7;
/** Content words of the questions a message must take up to be on their matter. */
const SAME_MATTER_TERMS = 2;
/** A message of mine to this many people is a broadcast, not my answer to one of them. */
const ANSWER_MAX_RECIPIENTS = 5;
/** The stretch of a sentence looked for in the quote. */
const PROBE_CHARS = 50;
const FORWARD = /^\s*(?:(?:fwd?|doorst|wg|tr|wtr)\s*:)/i;

const flat = (s: string) =>
  s
    .replace(/^[ \t]*(?:>[ \t]?)+/gm, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** `x` quotes `m`: one of its questions, or the first line of its new text, appears in x's quoted part. */
export function quotesMessage(x: Message, m: Message, questions: Question[]): boolean {
  if (!x.quotedText) return false;
  const quoted = flat(x.quotedText);
  const firstLine = m.newText.split('\n').find((l) => l.trim().length >= 25);
  const probes = [...questions.map((q) => q.text), firstLine ?? '']
    .map((p) => flat(p).slice(0, PROBE_CHARS))
    .filter((p) => p.length >= 20);
  return probes.some((p) => quoted.includes(p));
}

/** My messages to the sender of `m` outside `thread`, after it and within `days`, oldest first. */
function laterOutside(m: Message, thread: Message[], outgoingTo: Map<string, Message[]>, days: number): Message[] {
  const t0 = m.date.getTime();
  const until = t0 + days * 86_400_000;
  const inThread = new Set(thread);
  return (outgoingTo.get(m.from.address) ?? [])
    .filter((x) => !inThread.has(x) && x.date.getTime() > t0 && x.date.getTime() <= until)
    .sort((a, b) => a.date.getTime() - b.date.getTime());
}

/**
 * My later messages to the sender of `m`, outside `thread`, within ELSEWHERE_DAYS, that quote `m`; oldest first.
 */
export function repliesElsewhere(m: Message, questions: Question[], thread: Message[], outgoingTo: Map<string, Message[]>): Message[] {
  return laterOutside(m, thread, outgoingTo, ELSEWHERE_DAYS).filter((x) => quotesMessage(x, m, questions));
}

/** `x` is on the matter of `m`: a reply by subject, a subject that takes up m's, or a text that takes up its questions. */
export function onSameMatter(x: Message, m: Message, questions: Question[]): boolean {
  const subject = normalizeSubject(m.subject);
  const theirs = normalizeSubject(x.subject);
  if (hasReplyPrefix(x.subject) && !FORWARD.test(x.subject) && theirs === subject) return true;
  if (keyTerms(subject, m.language).size > 0 && sharedTerms(subject, theirs, m.language).hits > 0) return true;
  const asked = questions.map((q) => q.text).join(' ');
  return asked !== '' && sharedTerms(asked, x.newText, m.language).hits >= SAME_MATTER_TERMS;
}

/**
 * My first message to the sender of `m` outside `thread`, within SAME_MATTER_DAYS, that answers it by being on its
 * matter (onSameMatter): addressed to them (To), not a forward, not an automated mail, not to a crowd.
 */
export function answeredElsewhere(m: Message, questions: Question[], thread: Message[], outgoingTo: Map<string, Message[]>): Message | undefined {
  return laterOutside(m, thread, outgoingTo, SAME_MATTER_DAYS).find(
    (x) =>
      !x.automated &&
      x.to.some((a) => a.address === m.from.address) &&
      x.to.length + x.cc.length <= ANSWER_MAX_RECIPIENTS &&
      !FORWARD.test(x.subject) &&
      onSameMatter(x, m, questions),
  );
}

/** The stretch of a question compared with my own earlier text. */
const OWN_PROBE_CHARS = 60;
const OWN_MIN_CHARS = 20;

/**
 * The questions of an incoming mail that are not mine quoted back: a question whose text stands in the new text of
 * an earlier message of mine, in the thread or to the sender, is my question in their reply (an HTML reply or a
 * pasted answer quotes without "> "), not a question to me.
 */
export function notMine(m: Message, questions: Question[], earlier: Message[], toSender: Message[] | undefined): Question[] {
  if (questions.length === 0) return questions;
  const t0 = m.date.getTime();
  const mine = [...earlier.filter((x) => x.direction === 'out'), ...(toSender ?? []).filter((x) => x.date.getTime() < t0)];
  if (mine.length === 0) return questions;
  const probe = (q: Question) => flat(q.text).slice(0, OWN_PROBE_CHARS);
  const texts = new Map<Message, string>();
  const textOf = (x: Message) => texts.get(x) ?? (texts.set(x, flat(x.newText)), texts.get(x)!);
  return questions.filter((q) => {
    const p = probe(q);
    return p.length < OWN_MIN_CHARS || !mine.some((x) => textOf(x).includes(p));
  });
}
