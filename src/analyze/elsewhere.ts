/**
 * Replies that sit in another thread. Without In-Reply-To / References, or when the subject was changed, my
 * answer to a mail can land outside its thread: a message of mine to the sender, soon after, that quotes the mail.
 * Such a message can answer the mail's questions (unanswered-question); it does not change when the mail was first
 * responded to (the speed rules keep to the thread and `laterContact`). Sharing a few content words is not enough:
 * on real mail, people who work together share names and terms in every message, whatever it is about.
 */
import type { Message } from '../model.js';
import type { Question } from '../text/questions.js';

/** How long after the mail a message in another thread may still be its answer. */
const ELSEWHERE_DAYS = 14;
/** The stretch of a sentence looked for in the quote. */
const PROBE_CHARS = 50;

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

/**
 * My later messages to the sender of `m`, outside `thread`, within ELSEWHERE_DAYS, that quote `m`; oldest first.
 */
export function repliesElsewhere(m: Message, questions: Question[], thread: Message[], outgoingTo: Map<string, Message[]>): Message[] {
  const t0 = m.date.getTime();
  const until = t0 + ELSEWHERE_DAYS * 86_400_000;
  const inThread = new Set(thread);
  return (outgoingTo.get(m.from.address) ?? [])
    .filter((x) => !inThread.has(x) && x.date.getTime() > t0 && x.date.getTime() <= until)
    .filter((x) => quotesMessage(x, m, questions))
    .sort((a, b) => a.date.getTime() - b.date.getTime());
}
