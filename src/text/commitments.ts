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
import { checkBudget } from './budget.js';
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

/**
 * A colleague named as the subject, verb straight after ("Ruben komt morgen langs", "Sanne mailt u vrijdag",
 * "Zij belt u straks terug"): case matters here, so this is code and not a phrase list. Pronouns and
 * words that start a sentence ("Dat komt…", "Morgen komt…") are not names.
 */
const NOT_NAMES = new Set(
  'dat dit het die deze er wat alles niemand iemand men morgen vandaag dan daarna vervolgens zo nu ook u je jij jullie ik we wij ze the it this that there he she they we you'.split(' '),
);
const TEAM_SUBJECT: Record<Language, RegExp> = {
  nl: /(?:^|[,;:]\s+|\b(?:en|dan|daarna|vervolgens)\s+)(\p{Lu}\p{Ll}+|hij|zij|Hij|Zij)\s+(belt|mailt|stuurt|verstuurt|komt|neemt|laat|kijkt|zoekt|regelt|levert|brengt|appt|informeert|meldt|maakt|past|plant|vervangt|repareert)\b/u,
  en: /(?:^|[,;:]\s+|\b(?:and|then)\s+)(\p{Lu}\p{Ll}+|he|she|He|She)\s+(will|'ll|’ll|is going to)\s+(call|ring|phone|email|e-mail|send|come|pop|drop|get back|contact|visit|fix|set|install|replace|check|look)\b/u,
};

function teamSubject(sentence: string, lang: Language): Span | undefined {
  const m = TEAM_SUBJECT[lang].exec(sentence);
  if (!m || NOT_NAMES.has(m[1]!.toLowerCase())) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  return { text: sentence.slice(start, m.index + m[0].length), start, end: m.index + m[0].length };
}

/** A clause that is a promise only when the sentence gives a time (see the file comment). */
function timedCommitmentIn(sentence: string, lang: Language): Span | undefined {
  if (/\?\s*$/.test(sentence) || /^\s*>/.test(sentence)) return undefined;
  if (hasPhrase(sentence, lang, 'not-commitments')) return undefined;
  return matchPhrase(sentence, lang, 'timed-commitments') ?? teamSubject(sentence, lang);
}

export function findCommitments(text: string, lang: Language, ref: Date, tz: string, opts: DueOptions = {}): Commitment[] {
  const out: Commitment[] = [];
  for (const s of splitSentences(text, lang)) {
    checkBudget();
    // A due date is read only for a sentence that holds a promise phrase (the cheap test first): most do not.
    let p = commitmentIn(s.text, lang);
    let due: Due | undefined;
    if (p) due = parseDue(s.text, lang, ref, tz, opts);
    else if ((p = timedCommitmentIn(s.text, lang))) {
      due = parseDue(s.text, lang, ref, tz, opts);
      if (!due) continue;
    }
    if (!p) continue;
    const phrase = { text: p.text, start: s.start + p.start, end: s.start + p.end };
    out.push(due ? { ...s, phrase, dueText: due.text, due: due.date, vague: false } : { ...s, phrase, vague: true });
  }
  return out;
}
