/**
 * First-person promises in (new) text: "ik kom erop terug", "ik stuur de offerte uiterlijk woensdag",
 * "I'll get back to you tomorrow", "you'll hear from me within 48 hours".
 * A sentence counts when it matches the `commitments` list and not the `not-commitments` list, and
 * is not a question ("Will you…?", "Zal ik je bellen?"). Present tense as future ("ik bel u morgen")
 * needs a time word or a particle that makes it a plan. "Ik kom graag langs" is an offer, not a
 * promise to come back, and is not reported. Due dates: see due.ts.
 */
import type { Language } from '../model.js';
import { hasPhrase, matchPhrase } from './phrases.js';
import { splitSentences, type Span } from './sentences.js';
import { parseDue, type Due, type DueOptions } from './due.js';

export { parseDue };
export type { DueOptions };

export interface Commitment extends Span {
  /** The promise phrase ("kom erop terug", "I'll get back to you"), as offsets into the same text. */
  phrase: Span;
  dueText?: string;
  due?: Date;
  /** No time given ("ik kom erop terug"): rules fall back to a default term. */
  vague: boolean;
}

/** The commitment in one sentence, if any (the matched phrase as a span of the sentence). */
export function commitmentIn(sentence: string, lang: Language): Span | undefined {
  if (/\?\s*$/.test(sentence) || /^\s*>/.test(sentence)) return undefined;
  if (hasPhrase(sentence, lang, 'not-commitments')) return undefined;
  return matchPhrase(sentence, lang, 'commitments');
}

export function findCommitments(text: string, lang: Language, ref: Date, tz: string, opts: DueOptions = {}): Commitment[] {
  const out: Commitment[] = [];
  for (const s of splitSentences(text, lang)) {
    const p = commitmentIn(s.text, lang);
    if (!p) continue;
    const phrase = { text: p.text, start: s.start + p.start, end: s.start + p.end };
    const due = parseDue(s.text, lang, ref, tz, opts);
    out.push(due ? { ...s, phrase, dueText: due.text, due: due.date, vague: false } : { ...s, phrase, vague: true });
  }
  return out;
}
