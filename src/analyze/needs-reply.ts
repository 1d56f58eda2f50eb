/**
 * Does an incoming message need a reply from me? One judgement per message, made once, with its reason kept as
 * data so that every thread rule, the report figures and `--format json` agree and a user can see why a message
 * was left out.
 *
 * Real mail is mostly mail that needs no reply: FYIs, broadcasts, Cc copies, forwards, reports, an answer to my
 * own question. The judgement looks, in this order, at
 *  1. what the message is: automated or bulk, spam, an invitation, a sender or subject the user ignores, a
 *     colleague's mail when colleagues are not checked;
 *  2. its addressing: I am in To (only in Cc, or in neither, rarely needs me), not one of many recipients, not
 *     greeted while the greeting names another recipient;
 *  3. the thread: a colleague who took it up (wrote to the asker's side, or the asker's side went on with them);
 *  4. its content: a question or request directed at the reader, or a problem reported by someone who started
 *     the conversation; a message that asks nothing (a closing thank-you, an FYI, a forward, an answer to my own
 *     question) needs no reply.
 */
import type { Address, Message } from '../model.js';
import type { Question } from '../text/questions.js';
import { isClosingThanks } from '../text/questions.js';
import { wordCount } from './answers.js';
import { isMarkedSpam } from '../parse/noise.js';

export type NoReplyReason =
  | 'automated'
  | 'bulk'
  | 'ignored'
  | 'calendar'
  | 'internal'
  | 'not-addressed'
  | 'cc-only'
  | 'broadcast'
  | 'addressed-to-other'
  | 'closing'
  | 'no-content'
  | 'fyi'
  | 'forward'
  | 'answer-to-mine'
  | 'colleague'
  | 'informational'
  | 'no-question';

export interface NeedsReplyOptions {
  ignoreFrom: (address: string) => boolean;
  ignoreSubject: RegExp[];
  checkInternal: boolean;
  /** Other recipients (not me, not my team) from which a message is a broadcast unless it greets me by name. */
  broadcastRecipients: number;
  /** A colleague's address (config internalDomains): a colleague may take the mail up in the thread. */
  isInternal?: (address: string) => boolean;
}

export interface NeedsReplyEnv {
  options: NeedsReplyOptions;
  /** My own addresses (config `me`). */
  isMe: (address: string) => boolean;
  /** My team's addresses (config `team`): a message to a colleague of my team is addressed to us. */
  isTeam: (address: string) => boolean;
}

export interface NeedsReplyInput {
  message: Message;
  /** Questions and requests in the message's new text. */
  questions: Question[];
  /** Messages of the thread before this one, oldest first. */
  earlier: Message[];
  /** Messages of the thread after this one, oldest first (a colleague may have taken it up). */
  later?: Message[];
  /** Questions in an earlier message of mine (for "an answer to my question"). */
  questionsOf: (m: Message) => Question[];
}

/** A short follow-up without a question ("Ik stuur ze vanmiddag.", "Blauw en wit.") informs; it needs no reply. */
const INFORMATIONAL_MAX_WORDS = 40;
/** Recipients beyond which a message is a broadcast whatever its greeting. */
const MASS_RECIPIENTS = 15;

/** "FYI", "ter info", "see below", "for your information" opening the new text: it informs. */
const FYI = /^\W{0,3}(fyi\b|f\.y\.i\.?|for your (information|info|records|reference)\b|ter (info|informatie|kennisname)\b|zie (onder|hieronder)\b|see (below|attached)\b|ter info(rmatie)?\b|just so you know\b|heads[- ]up\b)/i;
/** The text opens as an FYI: it informs and asks nothing of the reader (also for my own mail: awaiting-their-reply). */
export function isFyi(text: string): boolean {
  return FYI.test(text.trim());
}

const FORWARD_SUBJECT = /^\s*((fwd?|fw|doorst|tr|wg|wtr)\s*:\s*)+/i;

/**
 * A problem reported in the message that starts a conversation wants an answer even without a "?":
 * "Mijn bestelling is nog steeds niet aangekomen.", "The login page doesn't work since this morning."
 */
const PROBLEM = {
  nl: /\b(niet (aangekomen|ontvangen|gelukt|goed|meer)|werkt (niet|nog steeds niet)|doet het niet|klopt (niet|iets niet)|kapot|defect|beschadigd|storing|probleem|problemen|foutmelding|klacht|vergeten|nog steeds (niet|geen)|nog (altijd|steeds) niets|helaas (niet|geen))\b/i,
  en: /\b(not (arrived|received|working|work(ing)?)|(does|did)n'?t (work|arrive|come)|doesn'?t|isn'?t working|broken|damaged|(an? )?(problem|issue|error|complaint)s?\b|still (haven'?t|not|no)|never (arrived|received|got))\b/i,
} as const;

function greetedNames(text: string): string[] {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '');
  if (!first) return [];
  const m = /^\s*(?:hi|hello|hey|dear|beste|hallo|hoi|dag|goedemorgen|goedemiddag|good (?:morning|afternoon)|geachte(?: heer| mevrouw)?)\s+([A-Z][\p{L}'-]*(?:(?:\s*[,&]\s*|\s+(?:and|en)\s+)[A-Z][\p{L}'-]*){0,4})\s*[,:!]/iu.exec(first);
  if (!m) {
    // "Jan," alone on the first line
    const bare = /^\s*([A-Z][\p{L}'-]{1,20})\s*[,:]\s*$/u.exec(first);
    return bare ? [bare[1]!.toLowerCase()] : [];
  }
  // ("and"/"en" stand apart from the names: "Jan and Piet", never "Janand")
  return m[1]!.split(/[,&]|\band\b|\ben\b/i).map((s) => s.trim().toLowerCase()).filter(Boolean);
}

/** The given names one address may be greeted by: "Kaminski, Vince" → vince, kaminski; jan.devries@… → jan. */
function namesOf(a: Address): string[] {
  const out = new Set<string>();
  const local = a.address.split('@')[0] ?? '';
  for (const part of local.split(/[._-]+/)) if (part.length >= 2) out.add(part.toLowerCase());
  for (const part of (a.name ?? '').split(/[\s,]+/)) if (part.length >= 2) out.add(part.toLowerCase().replace(/[^\p{L}'-]/gu, ''));
  return [...out];
}

/** Greets one of us by name: "Hallo Joan," to joan@…. */
function greetsUs(m: Message, env: NeedsReplyEnv): boolean {
  const us = [...m.to, ...m.cc].filter((a) => env.isMe(a.address) || env.isTeam(a.address));
  const mine = new Set(us.flatMap(namesOf));
  return greetedNames(m.newText).some((n) => mine.has(n));
}

/** How soon a colleague must take the mail up for it to be theirs. */
const COLLEAGUE_DAYS = 7;
/** Consumer mail hosts: two people there share nothing but the provider. */
const CONSUMER_HOST = /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|gmx|mail|protonmail|proton|ziggo|kpnmail|kpnplanet|planet|hetnet|home|xs4all|telfort|tele2|casema|chello|quicknet|online|hccnet|upcmail|zonnet|freeler|wanadoo|orange|comcast|earthlink|att|sbcglobal|swbell|verizon|cox|charter|juno|netzero|prodigy|rr|flash|excite|lycos|netscape|compuserve|web|t-online)\./i;

const domainOf = (a: string) => a.slice(a.lastIndexOf('@') + 1).toLowerCase();

/** `a` writes for the same side as `asker`: the same address, or the same organisation's domain. */
function sameSide(a: string, asker: string): boolean {
  if (a === asker) return true;
  const d = domainOf(asker);
  if (d === '' || domainOf(a) !== d) return false;
  // a consumer mailbox's host, also under a regional part (austin.rr.com): the provider, not an organisation
  const labels = d.split('.');
  return !labels.some((_, i) => CONSUMER_HOST.test(labels.slice(i).join('.')));
}

/**
 * A colleague took the mail up in the thread, within COLLEAGUE_DAYS: a colleague wrote to the asker's side, or the
 * asker's side went on with a colleague without me. It is theirs now ("Sara is out; instead of my number we can use
 * the general line", "From a commercial perspective this is fine").
 */
function takenUpByColleague(m: Message, later: Message[], env: NeedsReplyEnv): boolean {
  const internal = env.options.isInternal;
  if (!internal) return false;
  const colleague = (a: string) => internal(a) && !env.isMe(a);
  const until = m.date.getTime() + COLLEAGUE_DAYS * 86_400_000;
  const asker = m.from.address;
  return later.some((x) => {
    if (x.direction !== 'in' || x.date.getTime() < m.date.getTime() || x.date.getTime() > until) return false;
    const to = [...x.to, ...x.cc].map((a) => a.address);
    if (colleague(x.from.address)) return to.some((a) => sameSide(a, asker)) || repliesToAll(x, m, env);
    return sameSide(x.from.address, asker) && to.some(colleague) && !to.some((a) => env.isMe(a));
  });
}

/**
 * A colleague's reply to all on the mail: every other person it went to (not me, not the asker, not the colleague)
 * is on it again. The asker reads it even when their own address came back mangled by the mail system
 * ("russell'.'hackmann@…" for rhackman@…), so it takes the mail up like a reply to the asker.
 */
function repliesToAll(x: Message, m: Message, env: NeedsReplyEnv): boolean {
  const to = new Set([...x.to, ...x.cc].map((a) => a.address));
  if (![...to].some((a) => env.isMe(a))) return false;
  const others = [...m.to, ...m.cc].map((a) => a.address).filter((a) => !env.isMe(a) && a !== m.from.address && a !== x.from.address);
  return others.length > 0 && others.every((a) => to.has(a));
}

/** Why the addressing says the message is not mine to answer, if it does. */
function addressingReason(m: Message, env: NeedsReplyEnv): NoReplyReason | undefined {
  const us = (a: Address) => env.isMe(a.address) || env.isTeam(a.address);
  const all = [...m.to, ...m.cc];
  const undisclosed = m.to.some((a) => /undisclosed|verborgen|recipient list suppressed/i.test(`${a.name ?? ''} ${a.address}`));
  if (undisclosed) return 'broadcast';
  // No To and no Cc at all: it reached me as a blind copy, the way mass mailings are sent.
  if (all.length === 0) return 'not-addressed';
  const toUs = m.to.some(us);
  const ccUs = m.cc.some(us);
  if (!toUs && !ccUs) return 'not-addressed';
  const greeted = greetedNames(m.newText);
  const mine = new Set(all.filter(us).flatMap(namesOf));
  const greetsUs = greeted.some((n) => mine.has(n));
  // Copied in while someone else is addressed: theirs to answer, unless the mail greets me by name.
  if (!toUs && ccUs && !greetsUs) return 'cc-only';
  const others = all.filter((a) => !us(a) && a.address !== m.from.address);
  if (others.length >= MASS_RECIPIENTS) return 'broadcast';
  if (others.length >= env.options.broadcastRecipients && !greetsUs) return 'broadcast';
  if (greeted.length > 0 && !greetsUs) {
    // The greeting names another recipient ("Hi Sally," to Sally and me): the mail is hers to answer.
    const theirs = new Set(others.flatMap(namesOf));
    if (greeted.every((n) => theirs.has(n))) return 'addressed-to-other';
  }
  return undefined;
}

export function needsReplyReason(input: NeedsReplyInput, env: NeedsReplyEnv): NoReplyReason | undefined {
  const { message: m, questions, earlier } = input;
  const o = env.options;
  if (m.automated) return 'automated';
  if (m.bulk) return 'bulk';
  // Marked as spam by the server or Gmail: never a customer waiting.
  if (isMarkedSpam(m)) return 'ignored';
  // An invitation wants an accept in the calendar, not a mail.
  if (m.attachments.some((a) => a.contentType.toLowerCase().startsWith('text/calendar'))) return 'calendar';
  if (o.ignoreFrom(m.from.address)) return 'ignored';
  if (o.ignoreSubject.some((r) => r.test(m.subject))) return 'ignored';
  if (m.internal && !o.checkInternal) return 'internal';
  const addressing = addressingReason(m, env);
  if (addressing) return addressing;
  if (input.later && takenUpByColleague(m, input.later, env)) return 'colleague';
  const startsThread = !earlier.some((x) => x.direction === 'out');
  if (questions.length > 0) return undefined;
  // Nothing asked: the content decides.
  if (isClosingThanks(m.newText, m.language)) return 'closing';
  const words = wordCount(m.newText);
  if (words < 3) return 'no-content';
  if (isFyi(m.newText)) return 'fyi';
  if (FORWARD_SUBJECT.test(m.subject) && m.quotedText !== '') return 'forward';
  const lastMine = [...earlier].reverse().find((x) => x.direction === 'out');
  if (lastMine && input.questionsOf(lastMine).length > 0) return 'answer-to-mine';
  if (!startsThread && words < INFORMATIONAL_MAX_WORDS) return 'informational';
  if (startsThread && PROBLEM[m.language].test(m.newText)) return undefined;
  // Personal mail that opens a conversation with me alone ("Hallo Joan, in de map staan nu de foto's") wants at
  // least an acknowledgement; the same words to many, or without greeting me, inform.
  if (startsThread && m.to.length + m.cc.length <= 1 && greetsUs(m, env)) return undefined;
  return 'no-question';
}
