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
import type { Span } from './sentences.js';

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
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compile one line: "/…/flags" is a regex (always case-insensitive and unicode), else a literal phrase. */
export function compilePhrase(line: string): RegExp {
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

/** The first (leftmost) match of any phrase of the list in text, as a span of text. */
export function matchPhrase(text: string, lang: Language, list: string): Span | undefined {
  let best: Span | undefined;
  for (const re of phraseRegexes(lang, list)) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.start)) best = { text: m[0], start: m.index, end: m.index + m[0].length };
  }
  return best;
}

export function hasPhrase(text: string, lang: Language, list: string): boolean {
  return phraseRegexes(lang, list).some((re) => re.test(text));
}
