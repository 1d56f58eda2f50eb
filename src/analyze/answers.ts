/**
 * Which of a message's questions a set of replies answers, and how: inline under the quoted question, by taking up
 * its content (the sentence before counts for a short question that points back), by the kind of answer it asks for
 * (a date for "wanneer", an amount for "wat kost", yes or no, "is aangepast" for a request: answer-kinds.ts), or —
 * weakest — a substantive reply on the same subject to a one-question message. A sentence that only defers ("ik zoek
 * het uit", "I'll get back to you") answers nothing, and an automated reply (out of office) answers nothing. Each part
 * of a two-part question is a question of its own. Shared by the thread facts (scan, report) and the draft check (lint).
 */
import type { Message } from '../model.js';
import type { Question } from '../text/questions.js';
import { keyTerms, sharedTerms } from '../text/terms.js';
import { splitSentences } from '../text/sentences.js';
import { inlineAnswer } from './inline.js';
import { checkBudget } from '../text/budget.js';
import { asksFor, asksSpecific, asksWhenWordComes, isDeferral, namesMoment, NOT_YET, POLAR, questionCore, readReply, type AnswerKind, type ReplySentence } from './answer-kinds.js';

export interface QuestionFact {
  message: Message;
  question: Question;
  answeredBy?: Message;
  /** elsewhere: a message of mine in another thread on the same matter (elsewhere.ts, set by the thread facts). */
  how?: 'inline' | 'terms' | 'kind' | 'sole' | 'yes-no' | 'elsewhere' | 'phone' | 'catch-up' | 'handed-on';
}

/** Three shared content words address a question, whatever its length. */
const ANSWER_MIN_SHARED_TERMS = 3;
/** The weakest evidence needs a reply of some substance. */
const SOLE_MIN_WORDS = 8;

export function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

/**
 * Answers each question of `asked` from `replies` (oldest first). `draft`: the one reply is a draft being linted (its
 * attachment may still come).
 */
export function answerQuestions(asked: Message, questions: Question[], replies: Message[], answerOverlap: number, draft = false): QuestionFact[] {
  const own = withoutCloser(questions, asked);
  const facts: QuestionFact[] = own.map((q) => ({ message: asked, question: q }));
  const asks = new Map(facts.map((f) => [f, asksFor(f.question.text, f.question.kind)]));
  const context = new Map(facts.map((f) => [f, withContext(asked, f.question)]));
  for (const r of replies) {
    checkBudget();
    // An out-of-office or other automated reply answers nothing.
    if (r.automated) continue;
    const sentences = readReply(r, draft);
    const substance = sentences.filter((s) => !s.deferral && !s.trivial);
    const said = substance.map((s) => s.text).join(' ');
    const credit = (f: QuestionFact, how: NonNullable<QuestionFact['how']>) => {
      f.answeredBy = r;
      f.how = how;
    };
    const open = () => facts.filter((f) => !f.answeredBy);
    // Questions this reply puts off: a deferral that takes up the question, or a reply that is nothing but one.
    const deferred = new Set(open().filter((f) => defers(sentences, substance, f, context.get(f), asked)));
    for (const f of open()) {
      const inline = inlineAnswer(f.question.text, r.text);
      if (inline !== undefined && !isDeferral(inline, r.language)) credit(f, 'inline');
      else if (said && takesUp(f.question.text, context.get(f), said, asked, answerOverlap)) credit(f, 'terms');
    }
    // "Wanneer kan ik een reactie verwachten?" — "… en mail je vrijdag.": the deferral's moment is the answer.
    for (const f of open()) if (asksWhenWordComes(f.question.text) && sentences.some((s) => s.deferral && namesMoment(s.text))) credit(f, 'kind');
    creditKinds(open(), asks, substance, (f) => context.get(f) ?? f.question.text, asked.language, (f) => credit(f, 'kind'));
    // A choice is answered by a sentence that takes up either option ("Die aangifte verzorgen wij").
    for (const f of open())
      if (asks.get(f)!.includes('choice') && substance.some((s) => sharedTerms(f.question.text, s.text, asked.language).hits > 0)) credit(f, 'kind');
    creditYesNo(facts, new Set(open().filter((f) => !deferred.has(f))), substance, asked.language, (f) => credit(f, 'yes-no'));
    // Weakest evidence: a substantive reply to a message with one question, on its subject.
    // Not for a question that asks for a date, an amount, a duration or a number: a reply without one did not give it.
    const sole = open();
    const specific = sole.length === 1 && asksSpecific(sole[0]!.question.text);
    if (own.length === 1 && sole.length === 1 && !specific && !deferred.has(sole[0]!) && wordCount(said) >= SOLE_MIN_WORDS && onSubject(asked, said))
      credit(sole[0]!, 'sole');
  }
  return facts;
}

/**
 * A holding reply that may still answer: it tells where things stand ("Not yet, but I'll check first thing tomorrow"
 * to "Has it arrived yet?") or names the moment word will come ("Ik kijk er deze week naar en mail je vrijdag" to
 * "Wanneer kan ik een reactie verwachten?"). Which question it answers, if any, answerQuestions judges.
 */
export function tellsWhereThingsStand(r: Message): boolean {
  return !r.automated && readReply(r).some((s) => (!s.deferral && NOT_YET.test(s.text)) || (s.deferral && namesMoment(s.text)));
}

/**
 * "Ik hoor het graag." / "Let me know." after a real question only repeats that an answer is wanted: with no content
 * words of its own it is not a second question (which no reply could ever "answer" by content). Alone, it stays. A
 * question that asks for a kind of answer with a question word stays whatever its words ("Is dat normaal? Wat kunnen
 * we eraan doen?", "Waarom?"): "Klopt dat?" or "Wat denk je?" after a real question adds nothing of its own.
 */
function withoutCloser(questions: Question[], asked: Message): Question[] {
  if (questions.length < 2) return questions;
  // "Wat kunnen we eraan doen?" has no content words either, but its "?" asks something of its own.
  const real = questions.filter((q) => keyTerms(q.text, asked.language).size > 0 || asksWh(q));
  return real.length > 0 ? real : questions.slice(0, 1);
}

const WH_KINDS = new Set<AnswerKind>(['when', 'duration', 'amount', 'number', 'place', 'person', 'how', 'why', 'advice']);
const asksWh = (q: Question) => q.kind === 'question' && asksFor(q.text, q.kind).some((k) => WH_KINDS.has(k));

/**
 * A short question often points back ("Kunnen jullie daarnaar kijken?", "Could you fix that?"): its content is in the
 * sentence before. For questions with few key terms, that sentence counts too.
 */
const POINTS_BACK = /\b(daar\w*|er(naar|op|van|aan|bij|mee|over|in|uit)|dit|dat|deze|it|this|that|these|those|them)\b/i;

function withContext(m: Message, q: Question): string | undefined {
  if (!POINTS_BACK.test(q.text) || keyTerms(q.text, m.language).size >= 4) return undefined;
  const prev = lastBefore(splitSentences(m.newText, m.language), q.start);
  // Another question before it is its own question, not this one's context.
  if (!prev || /\?\s*$/.test(prev.text)) return undefined;
  return `${prev.text} ${q.text}`;
}

/** The last sentence that ends by `offset` (sentences are in text order: a binary search, not a pass per question). */
function lastBefore<T extends { end: number }>(sentences: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = sentences.length; // the first index whose sentence ends after offset
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo - 1];
}

/** A reply that takes up enough of the question's content words, or three of them, addresses it. */
function takesUp(question: string, context: string | undefined, said: string, asked: Message, answerOverlap: number): boolean {
  const own = sharedTerms(question, said, asked.language);
  const ctx = context ? sharedTerms(context, said, asked.language) : { hits: 0, total: 0 };
  const share = Math.max(own.total ? own.hits / own.total : 0, ctx.total ? ctx.hits / ctx.total : 0);
  return share >= answerOverlap || Math.max(own.hits, ctx.hits) >= ANSWER_MIN_SHARED_TERMS;
}

/**
 * The reply defers this question: one of its deferrals shares a content word with it ("Wat het voorrijden kost moet
 * ik even navragen"), or the reply says nothing but deferrals ("Let me look into this and come back to you.").
 */
function defers(sentences: ReplySentence[], substance: ReplySentence[], f: QuestionFact, context: string | undefined, asked: Message): boolean {
  const deferrals = sentences.filter((s) => s.deferral);
  if (deferrals.length === 0) return false;
  // "Ja. Ik zoek het uit." is nothing but a deferral; "Not yet, but I'll check tomorrow" tells where things stand.
  if (substance.every((s) => s.gives.size === 1 && s.gives.has('yes-no') && wordCount(s.text) <= 3 && !NOT_YET.test(s.text))) return true;
  const about = context ?? f.question.text;
  return deferrals.some((d) => sharedTerms(about, d.text, asked.language).hits > 0);
}

/**
 * The reply is not demonstrably about something else: it shares a content word with the mail's new text, or none
 * with the earlier mail it quotes ("Could you also look at the projector?" — "New power supply fitted" goes on with
 * the quoted power supply, not the projector).
 */
function onSubject(asked: Message, said: string): boolean {
  if (sharedTerms(asked.newText, said, asked.language).hits > 0) return true;
  return !asked.quotedText.trim() || sharedTerms(asked.quotedText, said, asked.language).hits === 0;
}

/**
 * "Wanneer kunnen jullie beginnen?" — "Week 23."; "Wat kost dat?" — "€ 120 incl. btw". A sentence that gives the kind
 * of answer a question asks for answers it; each sentence answers one question per kind, in order, so "Wanneer kun
 * je komen en wat kost dat?" — "Dinsdag." leaves the price open.
 */
function creditKinds(open: QuestionFact[], asks: Map<QuestionFact, AnswerKind[]>, substance: ReplySentence[], about: (f: QuestionFact) => string, lang: Message['language'], credit: (f: QuestionFact) => void): void {
  const used = new Set<string>();
  for (const f of open) {
    const kinds = (asks.get(f) ?? []).filter((k) => k !== 'yes-no');
    // "Done" is weak: it answers a request in a short sentence ("Is aangepast.", "Doe ik.", "Ordered, …") or in one
    // that names what the request is about ("De offerte stuur ik je maandag."), not in one about something else.
    const fits = (s: ReplySentence, k: AnswerKind) => k !== 'done' || wordCount(s.text) <= 8 || sharedTerms(about(f), s.text, lang).hits > 0;
    const hit = substance.findIndex((s, i) => kinds.some((k) => s.gives.has(k) && !used.has(`${i}:${k}`) && fits(s, k)));
    if (hit < 0) continue;
    for (const k of kinds) if (substance[hit]!.gives.has(k)) used.add(`${hit}:${k}`);
    credit(f);
  }
}

/**
 * "Kunnen jullie ook de hosting regelen?" — "Ja hoor, dat regelen we." shares a word; "Ja, dat kan." shares none.
 * Each yes/no answer sentence in a reply answers one still-open yes/no question, in order.
 */
function creditYesNo(facts: QuestionFact[], open: Set<QuestionFact>, substance: ReplySentence[], lang: Message['language'], credit: (f: QuestionFact) => void): void {
  const polar = facts.filter((f) => POLAR.test(questionCore(f.question.text)));
  const taken = new Set<QuestionFact>();
  const free: ReplySentence[] = [];
  // "Yes: go to Invoices and choose CSV." belongs to the question about CSV, even when its words answered it already.
  for (const s of substance.filter((x) => x.gives.has('yes-no'))) {
    const own = polar.find((f) => !taken.has(f) && sharedTerms(f.question.text, s.text, lang).hits > 0);
    if (!own) free.push(s);
    else {
      taken.add(own);
      if (open.has(own)) credit(own);
    }
  }
  for (const f of polar) if (!taken.has(f) && open.has(f) && free.shift()) credit(f);
}
