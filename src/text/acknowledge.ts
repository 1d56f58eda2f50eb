/**
 * Replies that acknowledge without answering, apologies for a delay, jobs handed over, aftercare.
 * All four are phrase lists (rules/phrases/<lang>/holding-replies|apologies|job-concluded|aftercare.txt),
 * matched per sentence so a match never spans two sentences.
 */
import type { Language } from '../model.js';
import { hasPhrase, matchPhrase } from './phrases.js';
import { splitSentences, type Span } from './sentences.js';
import { checkBudget } from './budget.js';

/** The first sentence of text that matches the list, with the span of the whole sentence. */
export function findSentence(text: string, lang: Language, list: string): Span | undefined {
  for (const s of splitSentences(text, lang)) {
    checkBudget();
    if (/^\s*>/.test(s.text)) continue;
    if (matchPhrase(s.text, lang, list)) return s;
  }
  return undefined;
}

/** "ik zoek het uit en kom er z.s.m. op terug", "Thanks, I'll look into it and get back to you". */
export function isHoldingReply(text: string, lang: Language): boolean {
  for (const s of splitSentences(text, lang)) {
    checkBudget();
    if (/\?\s*$/.test(s.text) || /^\s*>/.test(s.text)) continue;
    if (hasPhrase(s.text, lang, 'holding-replies')) return true;
  }
  return false;
}

/** A delay apology: "excuses voor de late reactie", "sorry for the delay". */
export function findApology(text: string, lang: Language): Span | undefined {
  return findSentence(text, lang, 'apologies');
}

/** "de website is opgeleverd", "hierbij de factuur", "invoice attached". */
export function findJobConcluded(text: string, lang: Language): Span | undefined {
  return findSentence(text, lang, 'job-concluded');
}

/** "Is alles naar wens?", "How is it working out?". */
export function findAftercare(text: string, lang: Language): Span | undefined {
  return findSentence(text, lang, 'aftercare');
}
