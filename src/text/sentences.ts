/**
 * Sentence splitting for mail text: Intl.Segmenter does the hard part; we add what mail needs.
 * - URLs and e-mail addresses are masked first, so "…/a?b=1" or "jan.de.vries@x.nl" never end a sentence.
 * - Known abbreviations ("dhr.", "bijv.", "o.a.", "z.s.m.", "Mr.", "e.g.") and initials do not end one.
 * - Lines: hard-wrapped prose is joined, but a short greeting line ("Hoi Piet,"), a bullet or a
 *   line after a blank line starts a sentence of its own.
 * Every span's text is exactly input.slice(start, end) (trimmed at both ends).
 */
import type { Language } from '../model.js';
import { checkBudget } from './budget.js';

export interface Span {
  text: string;
  start: number;
  end: number;
}

/** URLs, bare domains with a path, and e-mail addresses: masked before segmenting. */
// Each alternative starts only where a word starts (lookbehind), so a 40 KB run of letters is
// scanned once instead of once per position.
const URLISH =
  // A URL never ends in sentence punctuation: "zie https://x.example. Ik stuur…" ends a sentence after the link.
  /(?<![\w.+-])(?:(?:https?:\/\/|www\.)[^\s<>"')\]]*[^\s<>"')\].,;:!?]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)+\/(?:[^\s<>"')\]]*[^\s<>"')\].,;:!?])?)/gi;

/** Abbreviations that end with a dot but rarely end a sentence (lower-case, with the final dot). */
const ABBREVIATIONS = new Set(
  [
    // Dutch
    'dhr.', 'mevr.', 'mw.', 'bijv.', 'bv.', 'o.a.', 'z.s.m.', 'i.v.m.', 'm.b.t.', 't.a.v.', 'n.a.v.', 'm.v.g.',
    'a.s.', 'jl.', 'ca.', 'evt.', 'incl.', 'excl.', 'nr.', 'tel.', 'd.w.z.', 'o.b.v.', 'i.c.m.', 'z.o.z.', 'm.i.', 'vnl.',
    'resp.', 'bijv.', 'blz.', 'p.', 'pag.', 't.z.t.', 'i.p.v.', 'vs.', 'zgn.', 'ivm.', 'mbt.', 'tav.', 'nav.', 'ong.',
    'mr.', 'drs.', 'ir.', 'ing.', 'prof.', 'dr.', 'st.', 'art.', 'afd.', 'max.', 'min.', 'gem.', 'div.', 'wo.', 'do.', 'vr.',
    'ma.', 'di.', 'za.', 'zo.', 'jan.', 'feb.', 'mrt.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'okt.', 'nov.', 'dec.',
    // English
    'mrs.', 'ms.', 'e.g.', 'i.e.', 'etc.', 'approx.', 'no.', 'vs.', 'inc.', 'ltd.', 'co.', 'corp.', 'dept.', 'jr.', 'sr.',
    'a.m.', 'p.m.', 'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thur.', 'thurs.', 'fri.', 'sat.', 'sun.', 'est.', 'fig.',
  ],
);

/** Abbreviations after which a capital letter still means a new sentence ("… etc. Then …"). */
const WEAK_ABBREVIATIONS = new Set(['etc.', 'a.m.', 'p.m.', 'incl.', 'excl.', 'resp.', 'ca.', 'max.', 'min.', 'a.s.', 'jl.']);

const BULLET = /^\s*(?:[-*•·–>]\s+|\d{1,2}[.)]\s+|[a-z][.)]\s+)/;

/** Mask URLs and addresses with letters of the same length, so offsets stay the same. */
export function maskUrls(text: string): string {
  return text.replace(URLISH, (m) => 'x'.repeat(m.length));
}

interface Line {
  start: number;
  end: number; // exclusive, without the newline
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  for (const raw of text.split('\n')) {
    const t = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    out.push({ start: pos, end: pos + t.length, text: t });
    pos += raw.length + 1;
  }
  return out;
}

/**
 * Blocks: runs of lines that belong together. A block boundary comes at a blank line, before a
 * bullet, and after a short line that does not read like wrapped prose (greetings, sign-offs, headers).
 */
function blocks(text: string): Array<[number, number]> {
  const ls = lines(text);
  const out: Array<[number, number]> = [];
  let cur: [number, number] | undefined;
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i];
    const trimmed = l.text.trim();
    if (!trimmed) {
      if (cur) out.push(cur);
      cur = undefined;
      continue;
    }
    if (cur) {
      const prev = ls[i - 1].text.trim();
      const startsLower = /^[a-zà-ÿ(]/.test(trimmed);
      const prevShort = prev.length < 45;
      const breakHere =
        BULLET.test(l.text) ||
        (!startsLower && (prevShort || (/,\s*$/.test(prev) && prev.length < 60)));
      if (breakHere) {
        out.push(cur);
        cur = undefined;
      }
    }
    if (cur) cur[1] = l.end;
    else cur = [l.start, l.end];
  }
  if (cur) out.push(cur);
  return out;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: Language): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/**
 * ICU's sentence iterator in V8 costs more per step the longer the string it walks (a 240 KB paragraph: seconds).
 * A paragraph longer than a window is segmented window by window: every sentence of a window but its last is
 * kept, and the next window starts where that last one did, so each sentence is found in a window that holds it
 * whole, with what follows it. Only a "sentence" longer than a window is cut at the window's end.
 */
const SEGMENT_WINDOW = 4096;

/** ICU's sentences of one paragraph, as [start, end) offsets; `window` is for the test that compares with one pass. */
export function segmentPieces(lang: Language, chunk: string, window = SEGMENT_WINDOW): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let pos = 0;
  while (pos < chunk.length) {
    checkBudget();
    let end = Math.min(chunk.length, pos + window);
    const last = chunk.charCodeAt(end - 1);
    if (end < chunk.length && last >= 0xd800 && last <= 0xdbff) end--; // never cut a surrogate pair
    const found: Array<[number, number]> = [];
    for (const s of segmenter(lang).segment(end === chunk.length && pos === 0 ? chunk : chunk.slice(pos, end)))
      found.push([pos + s.index, pos + s.index + s.segment.length]);
    if (end === chunk.length || found.length === 1) {
      pieces.push(...found);
      pos = end;
    } else {
      const cut = found.pop()!;
      pieces.push(...found);
      pos = cut[0];
    }
  }
  return pieces;
}

/** The last characters of a piece that the abbreviation check reads (a piece grown by merges is not read again). */
const ABBREVIATION_TAIL = 256;

/** Does this piece end with an abbreviation that should not end a sentence, given what follows? */
function endsWithAbbreviation(piece: string, next: string): boolean {
  const m = /(?:^|[\s(])((?:[A-Za-zÀ-ÿ]{1,6}\.)+)\s*$/.exec(piece);
  if (!m) return false;
  const word = m[1].toLowerCase();
  const nextStartsLower = /^\s*[a-zà-ÿ0-9]/.test(next);
  if (ABBREVIATIONS.has(word)) return !WEAK_ABBREVIATIONS.has(word) || nextStartsLower;
  // A single capital initial ("J. de Vries"), or dotted letters ("a.u.b.").
  if (/^[A-Z]\.$/.test(m[1])) return true;
  if (/^(?:[a-z]\.){2,}$/i.test(m[1])) return nextStartsLower || m[1].length <= 4;
  return false;
}

/**
 * 'Doet u mee met ons webinar "Wat verandert er?" op 18 maart?': a "?" or "!" just inside closing quotes, followed
 * by a lower-case word, ends the quoted phrase, not the sentence.
 */
function endsInQuotedQuestion(piece: string, next: string): boolean {
  return /[?!]["”’»]\s*$/.test(piece) && /^\s*[a-zà-ÿ0-9]/.test(next);
}

/**
 * "…geen warm water. kan er vandaag iemand komen?": ICU does not end a sentence before a lower-case word, but in mail
 * a ". " after a word that is no abbreviation does. Splits one span there (for question detection: the question is
 * the last part).
 */
export function splitLowerCaseStarts(span: Span): Span[] {
  const out: Span[] = [];
  let from = 0;
  // Find the break first, then look back for the word before it: a leading `[\p{L}.]+` would be retried from every
  // letter of a long token (quadratic).
  const re = /[.!]\s+(?=\p{Ll})/gu;
  for (let m = re.exec(span.text); m; m = re.exec(span.text)) {
    let w = m.index;
    while (w > 0 && w > m.index - 40 && /[\p{L}\p{N}.]/u.test(span.text[w - 1]!)) w--;
    const before = span.text.slice(w, m.index);
    if (ABBREVIATIONS.has(`${before.toLowerCase()}.`) || before.includes('.') || before.length < 2 || !/[\p{L}\p{N}]/u.test(span.text[m.index - 1] ?? '')) continue;
    const end = m.index + m[0].length;
    const piece = trimSpan(span.text, from, m.index + 1);
    if (piece) out.push({ text: piece.text, start: span.start + piece.start, end: span.start + piece.end });
    from = end;
  }
  if (from === 0) return [span];
  const last = trimSpan(span.text, from, span.text.length);
  if (last) out.push({ text: last.text, start: span.start + last.start, end: span.start + last.end });
  return out;
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return undefined;
  return { text: text.slice(start, end), start, end };
}

/**
 * The sentences of the long texts split last. Detectors and the answer judgement each read a message by sentence,
 * and a question pointing back ("Kunt u daarnaar kijken?") reads its message again for the sentence before it: a
 * mail of thousands of such questions was split thousands of times (quadratic). Keyed by the text itself (V8 keeps a
 * string's hash); the shared lists are frozen, so no caller can change another's. Short texts are not kept.
 */
const SPLITS_KEPT = 32;
const SPLIT_KEPT_FROM_CHARS = 400;
const splits: Record<Language, Map<string, readonly Span[]>> = { nl: new Map(), en: new Map() };

export function splitSentences(text: string, lang: Language): readonly Span[] {
  const seen = splits[lang];
  if (text.length < SPLIT_KEPT_FROM_CHARS || !seen) return split(text, lang);
  let out = seen.get(text);
  if (!out) {
    out = Object.freeze(split(text, lang).map((s) => Object.freeze(s)));
    if (seen.size >= SPLITS_KEPT) seen.clear();
    seen.set(text, out);
  }
  return out;
}

function split(text: string, lang: Language): Span[] {
  const masked = maskUrls(text);
  const out: Span[] = [];
  for (const [bs, be] of blocks(masked)) {
    checkBudget();
    // ICU breaks at every line feed; inside a block the lines are one paragraph, so blank them out.
    const chunk = masked.slice(bs, be).replace(/[\r\n]/g, ' ');
    const pieces = segmentPieces(lang, chunk);
    // Merge pieces that end in an abbreviation with the next one.
    const merged: Array<[number, number]> = [];
    for (const p of pieces) {
      const last = merged[merged.length - 1];
      const tail = last && chunk.slice(Math.max(last[0], last[1] - ABBREVIATION_TAIL), last[1]);
      const next = chunk.slice(p[0], p[1]);
      if (tail && (endsWithAbbreviation(tail, next) || endsInQuotedQuestion(tail, next))) last[1] = p[1];
      else merged.push([p[0], p[1]]);
    }
    for (const [s, e] of merged) {
      const span = trimSpan(text, bs + s, bs + e);
      if (span) out.push(span);
    }
  }
  return out;
}
