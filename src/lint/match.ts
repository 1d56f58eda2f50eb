/**
 * Phrase-list matching for the draft rules: every hit (phrases.ts gives the first only), and fast enough for a
 * send hook. Same lists and the same phrase syntax as text/phrases.ts (rules/phrases/README.md); what differs is
 * only how the regexes are built:
 * - phrases.ts compiles each line with the `iu` flags and a `\p{L}` look-behind as word boundary. V8 builds the
 *   case closure of `\p{L}` for each of them and cannot skip ahead to a first letter: ~0.3 ms per phrase to build
 *   and run on a short mail, 10–15 ms for one list.
 * - Here the plain phrases of a list become one alternation run on the lower-cased text, with the word boundary
 *   checked by hand; /regex/ lines without `\p{…}` or capitals run without `iu` on the lower-cased text too.
 *   Anything else (or a text whose length changes when lower-cased) falls back to phrases.ts's compiler.
 */
import type { Language } from '../model.js';
import { compilePhrase, phrases } from '../text/phrases.js';
import { splitSentences, type Span } from '../text/sentences.js';

export interface PhraseHit extends Span {
  /** The sentence around the hit, as evidence. */
  sentence: string;
}

interface Matcher {
  /** All plain phrases, longest first, as one global alternation over lower-cased text. */
  plain?: RegExp;
  plainSources: string[];
  /** /regex/ lines: `lower` = run on the lower-cased text. */
  regexes: Array<{ re: RegExp; lower: boolean }>;
  /** Every line compiled the slow, exact way (for texts that change length when lower-cased). */
  exact?: RegExp[];
  lines: string[];
}

const WORDCHAR = /[\p{L}\p{N}]/u;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cache = new Map<string, Matcher>();

function plainSource(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .map((w) => escapeRe(w).replace(/['’]/g, "['’]"))
    .join('\\s+');
}

function matcher(lang: Language, list: string, extra: string[]): Matcher {
  const key = `${lang}/${list}\u0000${extra.join('\u0000')}`;
  let m = cache.get(key);
  if (m) return m;
  const lines = [...phrases(lang, list), ...extra];
  const plainLines: string[] = [];
  const regexes: Matcher['regexes'] = [];
  for (const line of lines) {
    const rx = /^\/(.+)\/([a-z]*)$/.exec(line);
    if (!rx) {
      plainLines.push(line);
      continue;
    }
    const body = rx[1]!;
    const simple = !/\\[pPuk]/.test(body) && !/[A-Z]/.test(body.replace(/\\./g, ''));
    try {
      if (simple) regexes.push({ re: new RegExp(body, 'g' + rx[2]!.replace(/[gyiu]/g, '')), lower: true });
      else {
        const r = compilePhrase(line);
        regexes.push({ re: new RegExp(r.source, r.flags + 'g'), lower: false });
      }
    } catch {
      /* a broken user pattern never matches */
    }
  }
  const plainSources = plainLines.sort((a, b) => b.length - a.length).map(plainSource);
  m = { plainSources, regexes, lines };
  if (plainSources.length) m.plain = new RegExp(plainSources.join('|'), 'g');
  cache.set(key, m);
  return m;
}

const boundaryOk = (text: string, start: number, end: number) =>
  !(start > 0 && WORDCHAR.test(text[start - 1]!) && WORDCHAR.test(text[start]!)) &&
  !(end < text.length && WORDCHAR.test(text[end]!) && WORDCHAR.test(text[end - 1]!));

function rawHits(text: string, m: Matcher): Span[] {
  const lower = text.toLowerCase();
  const out: Span[] = [];
  const push = (start: number, end: number) => out.push({ text: text.slice(start, end), start, end });
  if (lower.length !== text.length) {
    // rare (e.g. "İ"): use the exact compiler for every line
    m.exact ??= m.lines.flatMap((l) => {
      try {
        const r = compilePhrase(l);
        return [new RegExp(r.source, r.flags + 'g')];
      } catch {
        return [];
      }
    });
    for (const re of m.exact) for (const x of text.matchAll(re)) if (x[0]) push(x.index!, x.index! + x[0].length);
    return out;
  }
  if (m.plain) {
    m.plain.lastIndex = 0;
    let x: RegExpExecArray | null;
    while ((x = m.plain.exec(lower))) {
      const start = x.index;
      let end = start + x[0].length;
      if (!boundaryOk(lower, start, end)) {
        // the longest alternative failed its word boundary: a shorter one may still fit here
        end = -1;
        for (const src of m.plainSources) {
          const y = new RegExp(src, 'y');
          y.lastIndex = start;
          const z = y.exec(lower);
          if (z && boundaryOk(lower, start, start + z[0].length)) {
            end = start + z[0].length;
            break;
          }
        }
      }
      if (end > start) push(start, end);
      m.plain.lastIndex = start + 1;
    }
  }
  for (const { re, lower: onLower } of m.regexes) {
    re.lastIndex = 0;
    for (const x of (onLower ? lower : text).matchAll(re)) if (x[0]) push(x.index!, x.index! + x[0].length);
  }
  return out;
}

/** Non-overlapping hits, leftmost-longest, in text order. */
function hits(text: string, lang: Language, list: string, extra: string[]): Span[] {
  const raw = rawHits(text, matcher(lang, list, extra));
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of raw) if (!out.length || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}

/** Every hit of the list (plus extra phrases), with the sentence around it. */
export function findAll(text: string, lang: Language, list: string, extra: string[] = []): PhraseHit[] {
  const found = hits(text, lang, list, extra);
  if (!found.length) return [];
  const sentences = splitSentences(text, lang);
  return found.map((h) => ({ ...h, sentence: sentences.find((s) => s.start <= h.start && h.start < s.end)?.text ?? h.text }));
}

/** The leftmost hit of the list in text. */
export function firstHit(text: string, lang: Language, list: string): Span | undefined {
  return hits(text, lang, list, [])[0];
}

export function hasHit(text: string, lang: Language, list: string): boolean {
  return hits(text, lang, list, []).length > 0;
}
