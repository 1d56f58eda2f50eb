/**
 * Does a reply take up a question's words, without stemming? The stemmers cost ~75 ms to load, so the draft
 * check of unanswered-question tries this first and loads text/terms.ts (snowball) only for questions this
 * does not settle. Words match on their first five letters ("offerte"/"offertes", "beginnen"/"begin").
 */
import type { Language } from '../model.js';
import { STOPWORDS } from '../text/stopwords.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function roots(text: string): Set<string> {
  const out = new Set<string>();
  const clean = text.replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+/gi, ' ').toLowerCase();
  for (const w of clean.match(WORD) ?? []) {
    if (STOPWORDS.nl.has(w) || STOPWORDS.en.has(w)) continue;
    if (/^\d+$/.test(w)) out.add(w);
    else if (w.length >= 3) out.add(w.slice(0, 5));
  }
  return out;
}

/** Share (0..1) of the question's content words that the reply uses. */
export function plainOverlap(question: string, reply: string, _lang: Language): number {
  const q = roots(question);
  if (q.size === 0) return 0;
  const r = roots(reply);
  let hit = 0;
  for (const w of q) if (r.has(w)) hit++;
  return hit / q.size;
}
