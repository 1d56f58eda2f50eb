/**
 * Which of a message's questions a set of replies answers, and how: inline under the quoted question, by taking up
 * its content (the sentence before counts for a short question that points back), by a yes/no answer, or — weakest —
 * a substantive reply to a one-question message. Shared by the thread facts (scan, report) and the draft check (lint).
 */
import type { Message } from '../model.js';
import type { Question } from '../text/questions.js';
import { keyTerms, sharedTerms } from '../text/terms.js';
import { splitSentences } from '../text/sentences.js';
import { answeredInline } from './inline.js';

export interface QuestionFact {
  message: Message;
  question: Question;
  answeredBy?: Message;
  how?: 'inline' | 'terms' | 'sole' | 'yes-no';
}

/** Three shared content words address a question, whatever its length. */
const ANSWER_MIN_SHARED_TERMS = 3;

export function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

/** Answers each question of `asked` from `replies` (oldest first). */
export function answerQuestions(asked: Message, questions: Question[], replies: Message[], answerOverlap: number): QuestionFact[] {
  const own = withoutCloser(questions, asked);
  return creditYesNo(own.map((q) => answerOf(asked, q, own.length, replies, answerOverlap)), replies);
}

/**
 * "Ik hoor het graag." / "Let me know." after a real question only repeats that an answer is wanted: with no content
 * words of its own it is not a second question (which no reply could ever "answer" by content). Alone, it stays.
 */
function withoutCloser(questions: Question[], asked: Message): Question[] {
  if (questions.length < 2) return questions;
  const real = questions.filter((q) => keyTerms(q.text, asked.language).size > 0);
  return real.length > 0 ? real : questions.slice(0, 1);
}

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

function answerOf(m: Message, q: Question, count: number, replies: Message[], answerOverlap: number): QuestionFact {
  const context = withContext(m, q);
  for (const r of replies) {
    if (answeredInline(q.text, r.text)) return { message: m, question: q, answeredBy: r, how: 'inline' };
    const own = sharedTerms(q.text, r.newText, m.language);
    const ctx = context ? sharedTerms(context, r.newText, m.language) : { hits: 0, total: 0 };
    const share = Math.max(own.total ? own.hits / own.total : 0, ctx.total ? ctx.hits / ctx.total : 0);
    // A reply that takes up enough of the question's content words, or three of them, addresses it.
    if (share >= answerOverlap || Math.max(own.hits, ctx.hits) >= ANSWER_MIN_SHARED_TERMS)
      return { message: m, question: q, answeredBy: r, how: 'terms' };
  }
  // Weakest evidence: a substantive reply to a message with one question.
  const substantive = replies.find((r) => wordCount(r.newText) >= 8);
  if (count === 1 && substantive) return { message: m, question: q, answeredBy: substantive, how: 'sole' };
  return { message: m, question: q };
}

/** A question that asks for yes or no: it opens with a verb ("Kunnen jullie…", "Is het…", "Could you…"). */
const YES_NO_QUESTION = /^\W*(kan|kun|kunt|kunnen|kon|konden|zou|zouden|wil|wilt|willen|is|zijn|ben|bent|heb|hebt|heeft|hebben|moet|moeten|mag|mogen|gaat|gaan|doe|doet|doen|klopt|weet|weten|staat|staan|komt|komen|can|could|would|will|is|are|do|does|did|have|has|should|may|shall|was|were|am)\b/i;
/** A reply sentence that answers yes or no: "Ja, dat kan.", "Helaas niet.", "Sure, no problem." */
const YES_NO_ANSWER = /^\W*(?:(?:en|and|also|ook|oh)\s+)?(ja|jawel|jazeker|zeker|uiteraard|natuurlijk|nee|neen|helaas|dat kan|dat klopt|klopt|akkoord|geen probleem|yes|yeah|yep|no|nope|sure|of course|certainly|absolutely|unfortunately|definitely|correct|that works|no problem)\b/i;

/**
 * "Kunnen jullie ook de hosting regelen?" — "Ja hoor, dat regelen we." shares a word; "Ja, dat kan." shares none.
 * Each yes/no answer sentence in a reply answers one still-open yes/no question, in order.
 */
function creditYesNo(facts: QuestionFact[], replies: Message[]): QuestionFact[] {
  const open = facts.filter((f) => !f.answeredBy && YES_NO_QUESTION.test(f.question.text));
  if (open.length === 0) return facts;
  for (const r of replies) {
    let answers = splitSentences(r.newText, r.language).filter((s) => YES_NO_ANSWER.test(s.text)).length;
    while (answers-- > 0 && open.length) {
      const f = open.shift()!;
      f.answeredBy = r;
      f.how = 'yes-no';
    }
  }
  return facts;
}
