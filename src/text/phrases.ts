/**
 * Phrase lists are data: rules/phrases/<lang>/<list>.txt, one phrase per line (see
 * rules/phrases/README.md). A plain line matches case-insensitively at word boundaries with any
 * whitespace between its words; a line written as /…/flags is a regular expression.
 * Users add their own per list via config `phrases` (setExtraPhrases).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../model.js';
import { ROOT } from '../meta.js';
import { splitSentences, type Span } from './sentences.js';
import { eachGapMatch } from './scan.js';
import { compileGapLine, gapLine, simplePattern, type LineMatcher } from './phrase-gaps.js';

type Extra = { nl: Record<string, string[]>; en: Record<string, string[]> };

let extra: Extra = { nl: {}, en: {} };
const fileCache = new Map<string, string[]>();
const regexCache = new Map<string, RegExp[]>();

export const PHRASES_DIR = join(ROOT, 'rules', 'phrases');

function readList(lang: Language, list: string): string[] {
  const key = `${lang}/${list}`;
  let lines = fileCache.get(key);
  if (!lines) {
    let raw = '';
    try {
      raw = readFileSync(join(PHRASES_DIR, lang, `${list}.txt`), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    lines = parsePhraseFile(raw);
    fileCache.set(key, lines);
  }
  return lines;
}

/** One phrase per line; blank lines and lines starting with "#" are skipped; surrounding spaces trimmed. */
export function parsePhraseFile(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** The built-in list plus the user's extras for it. */
export function phrases(lang: Language, list: string): string[] {
  const user = extra[lang]?.[list] ?? [];
  return user.length ? [...readList(lang, list), ...user] : readList(lang, list);
}

export function setExtraPhrases(e: Extra): void {
  extra = { nl: { ...(e?.nl ?? {}) }, en: { ...(e?.en ?? {}) } };
  regexCache.clear();
  matcherCache.clear();
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Throws when a line does not compile in its form (a plain phrase, a /regex/ line or a gap line with all its parts). */
export function checkPhraseLine(line: string): void {
  const g = gapLine(line);
  if (g) compileGapLine(g, true);
  else compilePhrase(line);
}

/** Compile one line: "/…/flags" is a regex (always case-insensitive and unicode), else a literal phrase. */
export function compilePhrase(line: string): RegExp {
  if (gapLine(line)) throw new Error(`a "/A/ [^…]* /B/" line is two patterns, not one RegExp: ${line}`);
  const m = /^\/(.+)\/([a-z]*)$/.exec(line);
  if (m) {
    const flags = new Set([...m[2].replace(/[gy]/g, ''), 'i', 'u']);
    return new RegExp(m[1], [...flags].join(''));
  }
  const body = line
    .split(/\s+/)
    .map((w) => escapeRe(w).replace(/[’']/g, "['’]"))
    .join('\\s+');
  // Word boundaries that understand accented letters (\b does not under /u for "é").
  const pre = /^[\p{L}\p{N}]/u.test(line) ? '(?<![\\p{L}\\p{N}])' : '';
  const post = /[\p{L}\p{N}]$/u.test(line) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(pre + body + post, 'iu');
}

export function phraseRegexes(lang: Language, list: string): RegExp[] {
  const key = `${lang}/${list}`;
  let res = regexCache.get(key);
  if (!res) {
    res = [];
    for (const line of phrases(lang, list)) {
      try {
        res.push(compilePhrase(line));
      } catch {
        // A broken user pattern must not stop a scan; it simply never matches.
      }
    }
    regexCache.set(key, res);
  }
  return res;
}

/*
 * Matching. `compilePhrase` gives one exact regex per line, but a list run that way is slow: with the `iu` flags and
 * a `\p{L}` look-behind V8 builds the case closure of `\p{L}` for every phrase and cannot skip ahead to a first
 * letter (~0.3 ms per phrase to build and run on a short mail, 10–15 ms per list; `lint` runs in a send hook).
 * So a list is matched on the lower-cased text: its plain phrases as one alternation (longest first) with the word
 * boundaries checked by hand, its /regex/ lines without `iu` when they hold no `\p{…}` and no capitals (they then
 * mean the same on lower-cased text). Other regex lines, or a text whose length changes when lower-cased ("İ"), use
 * the exact compiler. Same lists, same syntax, same hits.
 */
interface Matcher {
  /** All plain phrases, longest first, as one global alternation over lower-cased text. */
  plain?: RegExp;
  plainSources: string[];
  /** /regex/ lines (and gap lines); `lower`: run on the lower-cased text. */
  regexes: LineMatcher[];
  /** Every line compiled the exact way, built only for a text that changes length when lower-cased. */
  exact?: LineMatcher[];
  lines: string[];
}

const WORDCHAR = /[\p{L}\p{N}]/u;
const matcherCache = new Map<string, Matcher>();

function plainSource(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .map((w) => escapeRe(w).replace(/['’]/g, "['’]"))
    .join('\\s+');
}

const globalOf = (re: RegExp) => new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');

function matcher(lang: Language, list: string, extraLines: string[]): Matcher {
  const key = extraLines.length ? `${lang}/${list}\u0000${extraLines.join('\u0000')}` : `${lang}/${list}`;
  let m = matcherCache.get(key);
  if (m) return m;
  const lines = extraLines.length ? [...phrases(lang, list), ...extraLines] : phrases(lang, list);
  const plainLines: string[] = [];
  const regexes: Matcher['regexes'] = [];
  for (const line of lines) {
    const rx = /^\/(.+)\/([a-z]*)$/.exec(line);
    if (!rx) {
      plainLines.push(line);
      continue;
    }
    const body = rx[1]!;
    const simple = simplePattern(body);
    try {
      const g = gapLine(line);
      if (g) regexes.push(compileGapLine(g, false));
      else if (simple) regexes.push({ re: new RegExp(body, 'g' + rx[2]!.replace(/[gyiu]/g, '')), lower: true });
      else regexes.push({ re: globalOf(compilePhrase(line)), lower: false });
    } catch {
      // A broken user pattern must not stop a scan; it simply never matches.
    }
  }
  const plainSources = [...plainLines].sort((a, b) => b.length - a.length).map(plainSource);
  m = { plainSources, regexes, lines };
  if (plainSources.length) m.plain = new RegExp(plainSources.join('|'), 'g');
  matcherCache.set(key, m);
  return m;
}

const boundaryOk = (text: string, start: number, end: number) =>
  !(start > 0 && WORDCHAR.test(text[start - 1]!) && WORDCHAR.test(text[start]!)) &&
  !(end < text.length && WORDCHAR.test(text[end]!) && WORDCHAR.test(text[end - 1]!));

/** Every match of every line (they may overlap), in no particular order; with `one`, stops at the first. */
function rawHits(text: string, m: Matcher, one = false): Span[] {
  const lower = text.toLowerCase();
  const out: Span[] = [];
  const push = (start: number, end: number) => out.push({ text: text.slice(start, end), start, end });
  if (lower.length !== text.length) {
    m.exact ??= m.lines.flatMap((l): LineMatcher[] => {
      try {
        const g = gapLine(l);
        return [g ? compileGapLine(g, true) : { re: globalOf(compilePhrase(l)), lower: false }];
      } catch {
        return [];
      }
    });
    for (const lm of m.exact) if (eachLineMatch(lm, text, push, one) && one) return out;
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
      if (end > start) {
        push(start, end);
        if (one) return out;
      }
      m.plain.lastIndex = start + 1;
    }
  }
  for (const lm of m.regexes) if (eachLineMatch(lm, lm.lower ? lower : text, push, one) && one) return out;
  return out;
}

const eachLineMatch = (lm: LineMatcher, s: string, push: (start: number, end: number) => void, one: boolean) =>
  lm.then ? eachGapMatch(lm.re, lm.then, s, push, one) : eachMatch(lm.re, s, push, one);

/**
 * The non-empty matches of a global regex, as `matchAll` gives them, without the copy of the regex that `matchAll`
 * makes on every call (a phrase list runs each of its patterns on every sentence). True when something matched.
 */
function eachMatch(re: RegExp, s: string, push: (start: number, end: number) => void, one: boolean): boolean {
  let found = false;
  re.lastIndex = 0;
  let x: RegExpExecArray | null;
  while ((x = re.exec(s))) {
    if (x[0]) {
      push(x.index, x.index + x[0].length);
      found = true;
      if (one) break;
    } else {
      // an empty match: step past it (a whole code point under /u), as matchAll does
      const c = s.codePointAt(re.lastIndex);
      re.lastIndex += re.unicode && c !== undefined && c > 0xffff ? 2 : 1;
    }
  }
  re.lastIndex = 0;
  return found;
}

/** Every match of every phrase of the list, overlaps included (to blank them all out of a text). */
export function phraseSpans(text: string, lang: Language, list: string): Span[] {
  return rawHits(text, matcher(lang, list, []));
}

/** The hits of the list (plus `extra` lines) in text: non-overlapping, leftmost-longest, in text order. */
export function findPhrases(text: string, lang: Language, list: string, extra: string[] = []): Span[] {
  const raw = rawHits(text, matcher(lang, list, extra));
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of raw) if (!out.length || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}

export interface PhraseHit extends Span {
  /** The sentence around the hit, as evidence. */
  sentence: string;
}

/** `findPhrases` with the sentence around each hit. */
export function findPhraseHits(text: string, lang: Language, list: string, extra: string[] = []): PhraseHit[] {
  const found = findPhrases(text, lang, list, extra);
  if (!found.length) return [];
  const sentences = splitSentences(text, lang);
  // hits and sentences are both in text order: one walk through the sentences, not a search per hit
  let i = 0;
  return found.map((h) => {
    while (i < sentences.length && sentences[i]!.end <= h.start) i++;
    const s = sentences[i];
    return { ...h, sentence: s && s.start <= h.start ? s.text : h.text };
  });
}

/** The first (leftmost, and of those the longest) match of any phrase of the list in text. */
export function matchPhrase(text: string, lang: Language, list: string): Span | undefined {
  return findPhrases(text, lang, list)[0];
}

export function hasPhrase(text: string, lang: Language, list: string): boolean {
  return rawHits(text, matcher(lang, list, []), true).length > 0;
}
