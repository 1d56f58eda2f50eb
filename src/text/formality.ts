/** Dutch forms of address in a draft's own text: formal "u/uw" and informal "je/jij/jou/jouw". */
import type { Span } from './sentences.js';

export interface AddressForms {
  formal: Span[];
  informal: Span[];
}

// Run on lower-cased text with Latin letter classes: `\p{L}` with `iu` costs milliseconds to build (send hook).
const L = 'a-z0-9à-öø-ÿ';
// "a.u.b." and "s.v.p." carry a lone "u" that is no form of address; masked before counting.
const MASK = new RegExp(`(?<![${L}])(?:a\\.u\\.b\\.?|aub|s\\.v\\.p\\.?)(?![${L}])`, 'g');
const FORMAL = new RegExp(`(?<![${L}.'’-])(?:u|uw|uzelf|uwe)(?![${L}'’-]|\\.[${L}])`, 'g');
const INFORMAL = new RegExp(`(?<![${L}.'’-])(?:je|jij|jou|jouw|jezelf)(?![${L}'’-])`, 'g');

export function addressForms(text: string): AddressForms {
  const lower = text.toLowerCase();
  const masked = (lower.length === text.length ? lower : text).replace(MASK, (m) => ' '.repeat(m.length));
  const spans = (re: RegExp): Span[] => [...masked.matchAll(re)].map((m) => ({ text: text.slice(m.index!, m.index! + m[0].length), start: m.index!, end: m.index! + m[0].length }));
  return { formal: spans(FORMAL), informal: spans(INFORMAL) };
}

/** The form a draft mostly uses; formal when there is none (the safe default towards a customer). */
export function dominantForm(text: string): 'formal' | 'informal' {
  const f = addressForms(text);
  return f.informal.length > f.formal.length ? 'informal' : 'formal';
}
