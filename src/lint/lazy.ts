/**
 * The stemmers (text/terms.ts, snowball: ~75 ms to import) for the draft check of unanswered-question, loaded
 * only when a draft needs them. Rule checks are synchronous, so `prepareDraft` decides and imports before the
 * rules run: only when the original asks a question that the draft neither answers inline nor takes up in plain
 * words (see overlap.ts). `lazyTerms()` is undefined otherwise.
 */
import type { Draft, Message } from '../model.js';
import { answeredInline } from '../analyze/inline.js';
import { findQuestions } from '../text/questions.js';
import { plainOverlap } from './overlap.js';

type Terms = typeof import('../text/terms.js');
let terms: Terms | undefined;

/** The incoming messages whose questions a draft should answer: the original, and later unanswered thread mail. */
export function askedOf(draft: Draft): Message[] {
  const asked: Message[] = [];
  const thread = draft.thread ?? [];
  const lastMine = thread.map((x) => x.direction).lastIndexOf('out');
  for (const x of thread.slice(lastMine + 1)) if (x.direction === 'in' && x !== draft.original) asked.push(x);
  if (draft.original) asked.push(draft.original);
  return asked.filter((m) => m.direction === 'in' && !m.automated);
}

/** Answered without the stemmers: inline under the quoted question, or its words taken up. */
export function answeredPlainly(question: string, draft: Draft, lang: Draft['message']['language'], overlap: number): boolean {
  return answeredInline(question, draft.message.text) || plainOverlap(question, draft.message.newText, lang) >= overlap;
}

export async function prepareDraft(draft: Draft, opts: { answerOverlap: number }): Promise<void> {
  if (terms) return;
  const open = askedOf(draft).some((m) => findQuestions(m.newText, m.language).some((q) => !answeredPlainly(q.text, draft, m.language, opts.answerOverlap)));
  if (open) terms = await import('../text/terms.js');
}

export const lazyTerms = (): Terms | undefined => terms;
