/**
 * Content words, stemmed (snowball, nl + en), to decide whether a reply addresses a question:
 * "Wanneer wordt de offerte verstuurd?" and "De offerte verstuur ik morgen" share "offert" and "verstuur".
 */
import { createRequire } from 'node:module';
import type { Language } from '../model.js';
import { STOPWORDS } from './stopwords.js';
import { checkBudget } from './budget.js';

type Stemmer = { stem(w: string): string };
let stemmers: Record<Language, Stemmer> | undefined;

/**
 * The snowball stemmers, made on first use. snowball-stemmers is one 850 KB CommonJS file: an ESM `import` of it
 * costs ~85 ms (Node scans it for named exports), `require` ~11 ms; `lint` only needs it for an open question.
 */
function stemmer(lang: Language): Stemmer {
  if (!stemmers) {
    const { newStemmer } = createRequire(import.meta.url)('snowball-stemmers') as typeof import('snowball-stemmers');
    stemmers = { nl: newStemmer('dutch'), en: newStemmer('english') };
  }
  return stemmers[lang];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * URLs and e-mail addresses. An address is only tried from the start of a token (the look-behind): the
 * leftmost match starts there anyway, and a long token without "@" is then scanned once, not once per letter.
 */
const LINKISH = /\b(?:https?:\/\/|www\.)\S+|(?<!\S)\S+@\S+/gi;
/** Dashes at either end of a word; the end one again only from the start of the run of dashes. */
const EDGE_DASHES = /^-+|(?<!-)-+$/g;

/** Tokens of a text without URLs and e-mail addresses (their parts would match anything). */
function words(text: string): string[] {
  const clean = text.replace(LINKISH, ' ');
  return (clean.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/, '').replace(EDGE_DASHES, ''));
}

/**
 * Dutch snowball leaves plural "-es" after a vowel ("offertes") and keeps verb endings apart
 * ("verstuurd" vs "verstur"). For matching only, we also drop that "s", collapse doubled vowels and
 * strip a final d/t, the same on both sides of a comparison.
 */
function looseDutch(w: string): string {
  const base = /[^s]es$/.test(w) && w.length > 5 ? w.slice(0, -1) : w;
  let s = stemmer('nl').stem(base).replace(/([aeiou])\1/g, '$1');
  if (s.length > 4) s = s.replace(/[dt]$/, '');
  return s;
}

/** Stems of words seen before (a mailbox uses the same words again and again); emptied when full. */
const STEMS_KEPT = 50_000;
const stems: Record<Language, Map<string, string>> = { nl: new Map(), en: new Map() };
function stemOf(w: string, lang: Language): string {
  const seen = stems[lang];
  let s = seen.get(w);
  if (s === undefined) {
    s = lang === 'nl' ? looseDutch(w) : stemmer('en').stem(w);
    if (seen.size >= STEMS_KEPT) seen.clear();
    seen.set(w, s);
  }
  return s;
}

/**
 * The key terms of the texts read last. A reply is compared with every question of the message it answers: its
 * terms are worked out once, not once per question (a mail of 5,000 questions made that 10 s). Keyed by the text
 * itself (V8 keeps a string's hash, so a long text is not hashed again per lookup); callers only read the sets.
 * Short texts are not kept (KEPT_FROM_CHARS).
 */
const TEXTS_KEPT = 32;
/** Shorter texts (a question, a sentence) are cheap to read again and would only push the long ones out. */
const KEPT_FROM_CHARS = 400;
const termsOf: Record<Language, Map<string, TermIndex>> = { nl: new Map(), en: new Map() };

interface TermIndex {
  terms: Set<string>;
  /** Built on first need: the terms of 5+ letters, and their prefixes and (Dutch) suffixes of 5+ letters. */
  long?: { terms: Set<string>; prefixes: Set<string>; suffixes: Set<string> };
}

function indexOf(text: string, lang: Language): TermIndex {
  if (text.length < KEPT_FROM_CHARS) return { terms: computeKeyTerms(text, lang) };
  const seen = termsOf[lang];
  let ix = seen.get(text);
  if (!ix) {
    ix = { terms: computeKeyTerms(text, lang) };
    if (seen.size >= TEXTS_KEPT) seen.clear();
    seen.set(text, ix);
  }
  return ix;
}

function longIndex(ix: TermIndex, lang: Language): NonNullable<TermIndex['long']> {
  if (ix.long) return ix.long;
  const long = { terms: new Set<string>(), prefixes: new Set<string>(), suffixes: new Set<string>() };
  for (const u of ix.terms) {
    if (u.length < 5) continue;
    long.terms.add(u);
    for (let n = 5; n <= u.length; n++) {
      long.prefixes.add(u.slice(0, n));
      if (lang === 'nl') long.suffixes.add(u.slice(u.length - n));
    }
  }
  return (ix.long = long);
}

/** No word or number a person types is longer (Dutch compounds included); a longer token is a hash, a blob. */
const MAX_TERM_CHARS = 64;

/** The content words of text, stemmed (a set shared with other callers: read it, do not change it). */
export function keyTerms(text: string, lang: Language): ReadonlySet<string> {
  return indexOf(text, lang).terms;
}

function computeKeyTerms(text: string, lang: Language): Set<string> {
  const out = new Set<string>();
  const other: Language = lang === 'nl' ? 'en' : 'nl';
  let n = 0;
  for (const w of words(text)) {
    if ((++n & 1023) === 0) checkBudget();
    if (!w || w.length > MAX_TERM_CHARS || STOPWORDS[lang].has(w) || STOPWORDS[other].has(w)) continue;
    if (/^\d+$/.test(w)) {
      out.add(w); // numbers (amounts, order numbers, dates) are strong evidence
      continue;
    }
    if (w.length < 3) continue;
    out.add(stemOf(w, lang));
  }
  return out;
}

/**
 * How much of the question's content the reply takes up, 0..1: the share of the question's key terms
 * that occur in the reply. A term counts as shared when the stems are equal or one stem is a prefix of
 * the other of at least 5 letters (compounds: "offerte" / "offerteaanvraag"). 0 when the question has none.
 */
export function answersQuestion(question: string, reply: string, lang: Language): number {
  const { hits, total } = sharedTerms(question, reply, lang);
  return total === 0 ? 0 : hits / total;
}

/**
 * How many of the question's key terms the reply takes up. Stems match when equal, when one is a prefix of the
 * other (both ≥ 5 letters: "offerte" / "offerteaanvraag") or, in Dutch, a suffix ("afspraak" / "testafspraken").
 */
export function sharedTerms(question: string, reply: string, lang: Language): { hits: number; total: number } {
  const q = keyTerms(question, lang);
  if (q.size === 0) return { hits: 0, total: 0 };
  const rix = indexOf(reply, lang);
  const r = rix.terms;
  if (r.size === 0) return { hits: 0, total: q.size };
  let hits = 0;
  for (const t of q) {
    if (r.has(t)) {
      hits++;
      continue;
    }
    if (t.length < 5) continue;
    // A reply term u (5+ letters) that t starts or (Dutch) ends, or that starts or ends t: in a long reply looked
    // up in its index, in a short one searched.
    if (reply.length < KEPT_FROM_CHARS ? partOfAny(t, r, lang) : partOfIndexed(t, longIndex(rix, lang), lang)) hits++;
  }
  return { hits, total: q.size };
}

/** Whether some u of 5+ letters starts with t or t with u (in Dutch: or ends). */
function partOfAny(t: string, terms: ReadonlySet<string>, lang: Language): boolean {
  for (const u of terms) {
    if (u.length < 5) continue;
    if (u.startsWith(t) || t.startsWith(u) || (lang === 'nl' && (u.endsWith(t) || t.endsWith(u)))) return true;
  }
  return false;
}

/** partOfAny through the index: t is a prefix (suffix) of a term, or a prefix (suffix) of t of 5+ letters is one. */
function partOfIndexed(t: string, long: NonNullable<TermIndex['long']>, lang: Language): boolean {
  if (long.prefixes.has(t) || (lang === 'nl' && long.suffixes.has(t))) return true;
  for (let n = 5; n <= t.length; n++) if (long.terms.has(t.slice(0, n)) || (lang === 'nl' && long.terms.has(t.slice(t.length - n)))) return true;
  return false;
}
