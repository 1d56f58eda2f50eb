/**
 * Jargon in a draft, as classes and not only as a list (rule `jargon`):
 *  - `list`: the team's words (rules/phrases/<lang>/jargon.txt, plus the rule's extraTerms);
 *  - `abbreviation`: a short all-capitals token or a letter-and-digit code a customer cannot decode ("RPO", "ICP",
 *    "B2", "L2"), unless customers know it (rules/phrases/<lang>/known-terms.txt: btw, PDF, iDEAL, IBAN…), it is
 *    written out beside it ("service level agreement (SLA)"), or the line is shouted in capitals;
 *  - `clause`: a reference to an article, clause or section instead of what it says ("conform artikel 6.2",
 *    "art. 8 lid 3", "clause 7.3 of our terms");
 *  - `english`: an English trade word in a Dutch mail (rules/phrases/nl/english-trade.txt: "lead time",
 *    "fulfilment", "backorder"…);
 *  - `system`: the name of an internal system: a CamelCase word that is no known brand ("OrderDesk"), a capitalised
 *    name before "-systeem/-portaal/-tool" or after "ons"/"our … system".
 * A term the customer wrote in the original is theirs and never reported.
 */
import type { Language } from '../model.js';
import { findPhrases, phrases } from './phrases.js';
import type { Span } from './sentences.js';
import { STOPWORDS } from './stopwords.js';

export type JargonClass = 'list' | 'abbreviation' | 'clause' | 'english' | 'system';
export const JARGON_CLASSES: JargonClass[] = ['list', 'abbreviation', 'clause', 'english', 'system'];

export interface JargonHit extends Span {
  cls: JargonClass;
}

export interface JargonOptions {
  /** The customer's own text (the original's new text): their words are not jargon to them. */
  theirs?: string;
  /** The team's extra jargon (plain phrases or /regex/). */
  extra?: string[];
  /** Terms the team's customers know, on top of the built-in known-terms lists. */
  known?: string[];
  classes?: JargonClass[];
}

const CLAUSE = {
  nl: /(?<![\p{L}])(?:artikel|art\.|clausule|paragraaf|par\.|§|hoofdstuk|bepaling|lid)\s*\d+(?:[.:]\d+)*[a-z]?(?:,?\s+(?:lid|sub|onder)\s+\d+[a-z]?)?(?:\s+(?:van|uit)\s+(?:de|het|onze|ons|uw)\s+(?:[\p{L}-]+\s+){0,2}?(?:voorwaarden|algemene voorwaarden|overeenkomst|opdrachtbevestiging|contract|offerte|reglement|huurvoorwaarden|leveringsvoorwaarden))?/giu,
  en: /(?<![\p{L}])(?:clause|article|art\.|section|sect\.|§|paragraph|para\.)\s*\d+(?:[.:]\d+)*[a-z]?(?:\s*\([a-z0-9]+\))?(?:\s+of\s+(?:the|our|your)\s+(?:[\p{L}-]+\s+){0,2}?(?:terms(?: and conditions)?|conditions|agreement|contract|policy|quote|order confirmation|T&Cs))?/giu,
};

/** An all-capitals token (2–4 letters) or a short letter-and-digit code ("B2", "L2", "P1"). */
const ABBREVIATION = /(?<![\p{L}\p{N}@#&/.\\-]|\d-)(?:[A-Z]{2,4}|[A-Z]{1,2}\d{1,2})(?![\p{L}\p{N}@/\\]|[-.]\d|&)/gu;
const CAMEL = /(?<![\p{L}\p{N}.@/-])[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+(?![\p{L}\p{N}@])/gu;
const SYSTEM_SUFFIX = /(?<![\p{L}\p{N}])[A-Z][\p{L}\p{N}]{2,}-(?:systeem|portaal|portal|tool|dashboard|omgeving|module|platform|database|planning|app)(?![\p{L}])/gu;
const OUR_SYSTEM = {
  nl: /(?<![\p{L}])(?:in|uit|via|met)\s+ons\s+([A-Z][\p{L}\p{N}]{2,})(?![\p{L}])/gu,
  en: /(?<![\p{L}])our\s+([A-Z][\p{L}\p{N}]{2,})\s+(?:system|portal|tool|dashboard|platform|database|app)(?![\p{L}])/gu,
};

let knownCache: Set<string> | undefined;
function builtInKnown(): Set<string> {
  return (knownCache ??= new Set([...phrases('nl', 'known-terms'), ...phrases('en', 'known-terms')].map((t) => t.toLowerCase())));
}

/** The words of a text, lower-cased, for "did the customer write this?". */
function wordSet(text: string): Set<string> {
  const lower = text.toLowerCase();
  return new Set([...(lower.match(/[\p{L}\p{N}]+(?:[.&-][\p{L}\p{N}]+)*/gu) ?? []), ...(lower.match(/[\p{L}\p{N}]+/gu) ?? [])]);
}

/**
 * Whether the line around `at` is shouted: mostly capitals over three words or more (a heading, "LET OP: …").
 * Judged once per line (`memo`: line start → verdict), so a long line with many capitals stays linear.
 */
function shouted(text: string, at: number, memo: Map<number, boolean>, breaks: number[]): boolean {
  // the line start: the last line break before `at` (binary search; lastIndexOf would rescan a long line per token)
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? breaks[lo - 1]! + 1 : 0;
  let v = memo.get(start);
  if (v === undefined) {
    const end = text.indexOf('\n', at);
    const line = text.slice(start, end < 0 ? text.length : end);
    const letters = line.match(/\p{L}/gu)?.length ?? 0;
    const upper = line.match(/\p{Lu}/gu)?.length ?? 0;
    // three words or more (counted by a split: `/\S+\s+\S+\s+\S/` tries every start of a long word)
    v = line.trim().split(/\s+/).length >= 3 && upper / Math.max(1, letters) > 0.6;
    memo.set(start, v);
  }
  return v;
}

/** "service level agreement (SLA)" or "SLA (service level agreement)": written out beside it. */
function explained(text: string, start: number, end: number): boolean {
  if (/^\s*\(\s*\p{L}{2,}/u.test(text.slice(end, end + 30)) && !/^\s*\(\s*[A-Z]{2,}\s*\)/.test(text.slice(end, end + 12))) return true;
  return text[start - 1] === '(' && /\p{L}{3}\s*$/u.test(text.slice(Math.max(0, start - 40), start - 1));
}

/** "Shimano and KMC", "Bosch of AEG": listed beside a name, it is a brand the customer chose from, not jargon. */
function coordinatedWithName(text: string, start: number, end: number): boolean {
  return /(?<![\p{L}])\p{Lu}\p{Ll}{2,}\s*(?:,|\s(?:and|or|en|of|&))\s+$/u.test(text.slice(Math.max(0, start - 30), start)) ||
    /^\s*(?:,|(?:and|or|en|of|&)\s)\s*\p{Lu}\p{Ll}{2,}/u.test(text.slice(end, end + 30));
}

const ROMAN_OR_SIZE = /^(?:[IVX]+|XS|XL|XXL|XXXL)$/;

export function findJargon(text: string, lang: Language, opts: JargonOptions = {}): JargonHit[] {
  const classes = new Set(opts.classes ?? JARGON_CLASSES);
  const theirs = wordSet(opts.theirs ?? '');
  const theirText = (opts.theirs ?? '').toLowerCase().replace(/\s+/g, ' ');
  const known = new Set([...builtInKnown(), ...(opts.known ?? []).map((t) => t.toLowerCase())]);
  const isTheirs = (term: string) => {
    const t = term.toLowerCase().replace(/\s+/g, ' ');
    return theirs.has(t) || (t.includes(' ') && theirText.includes(t));
  };
  const hits: JargonHit[] = [];
  const add = (cls: JargonClass, start: number, end: number) => {
    const term = text.slice(start, end);
    if (!isTheirs(term) && !known.has(term.toLowerCase())) hits.push({ cls, start, end, text: term });
  };

  if (classes.has('list')) for (const h of findPhrases(text, lang, 'jargon', opts.extra ?? [])) add('list', h.start, h.end);
  if (classes.has('clause'))
    for (const m of text.matchAll(CLAUSE[lang])) add('clause', m.index!, m.index! + m[0].trimEnd().length);
  if (classes.has('english') && lang === 'nl') for (const h of findPhrases(text, 'nl', 'english-trade')) add('english', h.start, h.end);
  const lines = new Map<number, boolean>();
  const breaks = [...text.matchAll(/\n/g)].map((b) => b.index!);
  if (classes.has('abbreviation'))
    for (const m of text.matchAll(ABBREVIATION)) {
      const [tok, at] = [m[0], m.index!];
      if (ROMAN_OR_SIZE.test(tok) || STOPWORDS.nl.has(tok.toLowerCase()) || STOPWORDS.en.has(tok.toLowerCase())) continue;
      if (/\d{4}\s?$/.test(text.slice(Math.max(0, at - 5), at))) continue; // a Dutch postcode: "1234 AB"
      if (shouted(text, at, lines, breaks) || explained(text, at, at + tok.length) || coordinatedWithName(text, at, at + tok.length)) continue;
      add('abbreviation', at, at + tok.length);
    }
  if (classes.has('system')) {
    for (const re of [CAMEL, SYSTEM_SUFFIX])
      for (const m of text.matchAll(re)) if (!/^(?:Mc|Mac)[A-Z]/.test(m[0])) add('system', m.index!, m.index! + m[0].length); // McDonald is a name
    for (const m of text.matchAll(OUR_SYSTEM[lang])) {
      const name = m[1]!;
      if (STOPWORDS[lang].has(name.toLowerCase()) || known.has(name.toLowerCase())) continue;
      const at = m.index! + m[0].indexOf(name);
      add('system', at, lang === 'en' ? m.index! + m[0].length : at + name.length);
    }
  }
  // Non-overlapping, leftmost first; at the same start the longer hit (a list phrase holding an abbreviation) wins.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: JargonHit[] = [];
  for (const h of hits) if (!out.length || h.start >= out[out.length - 1]!.end) out.push(h);
  return out;
}
