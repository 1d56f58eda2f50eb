/**
 * What I asked of the other party, and whether they answered: the mirror of the incoming facts, for
 * awaiting-their-reply ("Waiting on others"). Decisions (as a person judges them):
 * - Only mail I wrote to someone in particular asks them something: my automated mail (an out-of-office), bulk
 *   mail (a newsletter of mine), a broadcast (no To or Cc, undisclosed recipients, or `analysis.broadcastRecipients`
 *   or more other recipients), an FYI ("Ter info:", "FYI"), mail to colleagues only (unless `checkInternal`) or to
 *   addresses the user ignores asks nobody. A calendar invitation wants an accept, not a mail.
 * - What it asks are the questions and requests of its own new text (src/text/questions.ts: "Kunt u de machtiging
 *   nog ondertekenen?", "Could you send me the login?"; a closer like "Laat maar weten als u vragen heeft" is none).
 * - Their later messages in the thread (not automated: an out-of-office answers nothing) are judged with the one
 *   answer module, src/analyze/answers.ts, the same judgement as for their questions to me.
 * - Someone who has written to me since in another thread is not silent (the mirror of awaiting-reply's
 *   `laterContact`): whatever they said there, a reminder in this thread is not what the morning list should ask
 *   for (`laterContact`). An answer that came there under another subject is often exactly that.
 * - A question that only asks them to call ("Bel me even", "Please call me on Monday") is answered off the mail.
 * - The clock runs from my last message to them in the thread after the question: a reminder of mine restarts it.
 * - A bounce in the thread after it (a delivery report, mail from mailer-daemon or postmaster) means my mail never
 *   reached them: nobody is silent, the address is wrong (`bounced`).
 */
import type { Message } from '../model.js';
import type { Question } from '../text/questions.js';
import { answerQuestions, type QuestionFact } from './answers.js';
import { isFyi } from './needs-reply.js';

export type NoAskReason = 'automated' | 'bulk' | 'calendar' | 'not-addressed' | 'broadcast' | 'internal' | 'ignored' | 'fyi' | 'no-question';

export interface AskedFact {
  /** My message that asks. */
  message: Message;
  /** Its questions and requests, each with the message of theirs that answered it, if one did. */
  questions: QuestionFact[];
  /** Their later messages in the thread (automated ones left out), oldest first. */
  replies: Message[];
  /** My last message to them in the thread from `message` on: the wait for an answer runs from here. */
  lastMine: Message;
  /** Their first later message to me in another thread: they are not silent. */
  laterContact?: Message;
  /** A delivery failure report after it in the thread: my mail did not arrive. */
  bounced?: Message;
}

export interface AskedEnv {
  /** All incoming messages of the run by sender address (incomingIndex): a sign of life may come in another thread. */
  incomingFrom?: Map<string, Message[]>;
  isMe: (address: string) => boolean;
  isTeam: (address: string) => boolean;
  options: {
    ignoreFrom: (address: string) => boolean;
    checkInternal: boolean;
    broadcastRecipients: number;
    isInternal: (address: string) => boolean;
    answerOverlap: number;
  };
}

/** Runs a text helper on a message within its analysis budget (src/analyze/budget.ts), else gives the fallback. */
type Within = <T>(m: Message, fallback: T, f: () => T) => T;

const unjudged = (m: Message, questions: Question[]): QuestionFact[] => questions.map((question) => ({ message: m, question }));

/** A request to call: answered by phone, not by mail. */
const CALL_ME = {
  nl: /(?<![\p{L}])(?:bel|belt|bellen)\s+(?:me|mij|ons)\b|(?<![\p{L}])bel\s+(?:even|gerust|maar)\b|(?<![\p{L}])(?:terugbellen|telefonisch contact)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:call|phone|ring)\s+(?:me|us)\b|(?<![\p{L}])give\s+(?:me|us)\s+a\s+(?:call|ring)\b/iu,
};

/** Index of all incoming messages by sender, for signs of life across threads. */
export function incomingIndex(messages: Iterable<Message>): Map<string, Message[]> {
  const idx = new Map<string, Message[]>();
  for (const m of messages) {
    if (m.direction !== 'in' || m.automated) continue;
    const l = idx.get(m.from.address);
    if (l) l.push(m);
    else idx.set(m.from.address, [m]);
  }
  return idx;
}

/** A delivery failure report: automated, and a multipart/report or from the mail system itself. */
function isBounce(x: Message): boolean {
  if (!x.automated) return false;
  return /^\s*multipart\/report\b/i.test(x.headers['content-type'] ?? '') || /^(?:mailer-daemon|postmaster)@/i.test(x.from.address);
}

const recipients = (m: Message) => [...m.to, ...m.cc].map((a) => a.address);

/** Why my message `m` asks nobody anything, if it does not (see the file comment). */
export function noAskReason(m: Message, questions: Question[], env: AskedEnv): NoAskReason | undefined {
  if (m.automated) return 'automated';
  if (m.bulk) return 'bulk';
  if (m.attachments.some((a) => a.contentType.toLowerCase().startsWith('text/calendar'))) return 'calendar';
  const all = recipients(m);
  if (all.length === 0) return 'not-addressed';
  if (m.to.some((a) => /undisclosed|verborgen|recipient list suppressed/i.test(`${a.name ?? ''} ${a.address}`))) return 'broadcast';
  const others = all.filter((a) => !env.isMe(a) && !env.isTeam(a));
  if (others.length === 0) return 'not-addressed';
  if (others.length >= env.options.broadcastRecipients) return 'broadcast';
  if (!env.options.checkInternal && others.every((a) => env.options.isInternal(a))) return 'internal';
  if (others.every((a) => env.options.ignoreFrom(a))) return 'ignored';
  if (isFyi(m.newText)) return 'fyi';
  if (questions.length === 0) return 'no-question';
  return undefined;
}

/**
 * What my messages in the thread ask, and what of it their later messages answered; one fact per message of mine
 * that asks (see noAskReason), oldest first.
 */
export function askedFacts(msgs: Message[], questionsOf: (m: Message) => Question[], env: AskedEnv, within: Within): AskedFact[] {
  const out: AskedFact[] = [];
  for (const [i, m] of msgs.entries()) {
    if (m.direction !== 'out') continue;
    const questions = questionsOf(m).filter((q) => !CALL_ME[m.language].test(q.text));
    if (noAskReason(m, questions, env)) continue;
    const later = msgs.slice(i + 1).filter((x) => x.date.getTime() >= m.date.getTime());
    const replies = later.filter((x) => x.direction === 'in' && !x.automated);
    const bounced = later.find((x) => x.direction === 'in' && isBounce(x));
    const people = new Set(recipients(m));
    const inThread = new Set(msgs);
    const laterContact = [...people]
      .flatMap((a) => env.incomingFrom?.get(a) ?? [])
      .filter((x) => !inThread.has(x) && x.date.getTime() > m.date.getTime())
      .sort((a, b) => a.date.getTime() - b.date.getTime())[0];
    const mine = later.filter((x) => x.direction === 'out' && recipients(x).some((a) => people.has(a)));
    out.push({
      ...(bounced && { bounced }),
      ...(laterContact && { laterContact }),
      message: m,
      questions: within(m, unjudged(m, questions), () => answerQuestions(m, questions, replies, env.options.answerOverlap)),
      replies,
      lastMine: mine.at(-1) ?? m,
    });
  }
  return out;
}
