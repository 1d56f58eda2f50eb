/**
 * Questions and requests that need an answer, in the new text of one message.
 *
 * Per sentence (see splitSentences):
 *  1. Parts that are offers, polite closers or greetings (list `not-questions`: "Heb je vragen, laat het
 *     weten", "Any questions?", "How are you?") are cut out; the rest is judged.
 *  2. A "?" outside URLs → kind 'question'.
 *  3. Without "?": a question opening (list `question-starters`, inverted verb or question word), a
 *     request phrase anywhere (list `request-openers`: "Kunt u me laten weten…", "Please let me know…")
 *     or a sentence-initial imperative (list `imperatives`: "Stuur me de offerte.") → kind 'request'.
 *  A first inverted clause followed by a comma ("Heb je tijd, dan…", "Should you …, …") is a
 *  condition, not a question: only what follows it is judged.
 */
import type { Language } from '../model.js';
import { hasPhrase, phraseRegexes, phraseSpans } from './phrases.js';
import { maskUrls, splitLowerCaseStarts, splitSentences, type Span } from './sentences.js';
import { checkBudget } from './budget.js';

export interface Question extends Span {
  kind: 'question' | 'request';
}

/** Words that may stand before the real start of a sentence: vocatives are handled separately. */
const LEAD_IN: Record<Language, RegExp> = {
  nl: /^(?:(?:en|ook|verder|daarnaast|tevens|dus|maar|nog|nog een vraag|nog iets|overigens|trouwens|btw|ps|p\.s\.|oh|o|ok[eé]?|oké|prima|goed|top|helder|nou|ja|nee|tot slot|tenslotte|als laatste|vraagje|vraag|kortom|allereerst|ten eerste|ten tweede|ten derde|eerst)\b[\s,:;.!-]*)+/i,
  en: /^(?:(?:and|also|so|but|then|plus|further|furthermore|additionally|anyway|btw|by the way|ps|p\.s\.|oh|ok(?:ay)?|well|great|thanks|right|one more thing|quick question|question|first|second|third|finally|lastly|last|secondly|thirdly|also)\b[\s,:;.!-]*)+/i,
};

/** A bullet, number or quote marker at the start of a line. */
const MARKER = /^(?:[-*•·–>]+\s*|\d{1,2}[.)]\s+|[a-z][.)]\s+)+/i;

/** A header-ish line ("Onderwerp: …", "Subject: …") is not something the author asks. */
const HEADER = /^(?:subject|onderwerp|from|van|to|aan|cc|bcc|sent|verzonden|date|datum|re|fw|fwd|antw|doorst)\s*:/i;

/** "Piet, …", "Hi Jim, …", "Jan de Vries, …" (see coreStart). */
const VOCATIVE = /^(?:(?:hoi|hallo|hey|hi|hello|dear|beste|dag)\s+)?[A-ZÀ-Ý][\p{L}'-]*(?:\s+[A-ZÀ-Ý][\p{L}'-]*){0,2}\s*,\s*/u;

/** Strip the pieces before the real start: markers, lead-in words, a vocative ("Piet, ", "Hi Jim, "). */
function coreStart(s: string, lang: Language): string {
  let t = s.replace(MARKER, '');
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = t.replace(LEAD_IN[lang], '');
    // Vocative: one to three capitalised words, or a greeting + name, followed by a comma. The words are
    // separated by required spaces, so a run of capitals has one reading only (linear, not cubic).
    t = t.replace(VOCATIVE, (m) =>
      /^(?:ik|we|wij|je|jij|u|i|you|het|dat|dit|er|there|it|this|that)\s*,/i.test(m) ? m : '',
    );
    if (t === before) break;
  }
  return t.trim();
}

/**
 * After a condition, these are offers to be contacted, not requests. Only for a text without "?" (see
 * isContactOffer): that test stands in for a trailing `[^?]*$`, which backtracks quadratically.
 */
const CONTACT_OFFER: Record<Language, RegExp> = {
  nl: /^(?:laat|meld|bel|mail|app|neem|stel|vraag|horen|hoor|schroom|aarzel|dan)\b[^.!?]*\b(?:weten|contact|op|bellen|mailen|gerust|maar|horen|niet)\b|^(?:dan\s+)?(?:hoor|horen)\s+(?:ik|we)\s+(?:het|dat)\s+graag\b/i,
  en: /^(?:just\s+|please\s+|simply\s+)?(?:let\s+(?:me|us)\s+know|ask|call|contact|email|e-mail|get in touch|give\s+(?:me|us)\s+a\s+(?:call|ring|shout)|drop\s+(?:me|us)\s+a\s+line|reach out|shout|reply)\b/i,
};

const isContactOffer = (core: string, lang: Language) => !core.includes('?') && CONTACT_OFFER[lang].test(core);

/** Remove every part that is an offer or closer; what stays is judged. */
function withoutNotQuestions(s: string, lang: Language): string {
  // Every pattern runs on the original sentence (one removal must not hide a longer match), then all
  // matched stretches are blanked out at once.
  const blank = new Array<boolean>(s.length).fill(false);
  for (const m of phraseSpans(s, lang, 'not-questions')) for (let i = m.start; i < m.end; i++) blank[i] = true;
  let out = '';
  for (let i = 0; i < s.length; i++) out += blank[i] ? ' ' : s[i];
  return out;
}

/**
 * An inverted first clause ending in a comma is a condition ("Heb je vragen, …", "Is er iets, bel me",
 * "Should you need anything, …"): drop it and return the rest, else undefined.
 */
function afterCondition(core: string, lang: Language): string | undefined {
  const m = /^([^,?]{3,80}),\s*(.+)$/su.exec(core);
  if (!m) return undefined;
  const first = m[1];
  const cond =
    lang === 'nl'
      ? /^(?:heb|hebt|heeft|hebben|is|zijn|mocht|mochten|wil|wilt|ben|bent|kom|komt|lukt|gaat|zou|wordt|had|was)\s+(?:je|jij|u|jullie|het|er|dat|dit)\b/i
      : /^(?:should|had|were|do|does|is|are|if|in case)\s+(?:you|there|it|that|this)\b/i;
  if (!cond.test(first)) return undefined;
  // A question of the form "Heb je tijd, of zullen we…?" keeps its question mark in the rest anyway.
  return m[2];
}

/**
 * A quoted phrase with its own "?" — a title, a sign's text, someone's words: 'het boek "Waarom slapen we?" is
 * goed', 'the webinar “What changes in 2026?”' — asks the reader nothing. Each alternative is one pair of quotes
 * with no quote of the same kind inside (bounded, linear).
 */
const QUOTED_QUESTION = /"[^"\n]{1,120}\?"|“[^“”\n]{1,120}\?”|„[^„“”\n]{1,120}\?[“”]|‘[^‘’\n]{1,120}\?’|«[^«»\n]{1,120}\?»/g;

export function maskQuotedQuestions(s: string): string {
  return s.replace(QUOTED_QUESTION, (m) => ' '.repeat(m.length));
}

/** A Dutch topic-drop confirmation without "?": verb + ik/we first ("Doe ik.", "Regel ik vandaag."). */
const CONFIRMS = /^(?:doe|regel|stuur|bel|mail|maak|plan|zet|pak|breng|lever|check|ga|zoek|fix|pas)\s+(?:ik|we|wij)\b/i;

function judge(sentence: string, lang: Language): Question['kind'] | undefined {
  if (HEADER.test(sentence)) return undefined;
  // "?" inside a URL or inside a quoted phrase is not a question; offers and closers are cut out.
  const cleaned = withoutNotQuestions(maskQuotedQuestions(maskUrls(sentence)), lang);
  if (!/[\p{L}\p{N}]/u.test(cleaned)) return undefined;
  let core = coreStart(cleaned.trim(), lang);
  const rest = afterCondition(core, lang);
  if (rest !== undefined) {
    core = coreStart(rest, lang);
    // "Heb je vragen, laat het weten" / "Should you need anything, let me know": an offer.
    if (isContactOffer(core, lang)) return undefined;
  }
  if (!/[\p{L}\p{N}]{2,}/u.test(core)) return undefined;

  if (/\?/.test(core)) return 'question';
  // "Doe ik." / "Joris, regel ik." / "Stuur ik je morgen.": a confirmation with the object left out, not a question.
  if (CONFIRMS.test(core)) return undefined;
  // An exclamation is not a question ("Wat is het mooi geworden!"), unless it is a plain request.
  const exclaimed = /!\s*$/.test(core);
  // A question may also open after a colon: "Nog één ding: kunt u de factuur sturen."
  const clauses = [core, ...core.split(/[:;]\s+|\s[–—-]\s/).slice(1).map((c) => coreStart(c, lang))];
  if (!exclaimed && clauses.some((c) => hasPhrase(c, lang, 'question-starters'))) return 'request';
  if (hasPhrase(core, lang, 'request-openers')) return 'request';
  if (hasPhrase(core, lang, 'imperatives')) return 'request';
  return undefined;
}

export function findQuestions(text: string, lang: Language): Question[] {
  const out: Question[] = [];
  for (const s of splitSentences(text, lang).flatMap(splitLowerCaseStarts)) {
    checkBudget();
    // Quoted lines are the caller's business, but a stray "> " line is never new text.
    if (/^\s*>/.test(s.text)) continue;
    const kind = judge(s.text, lang);
    if (kind) out.push({ ...s, kind });
  }
  return out;
}

/**
 * A short closing message that needs no reply: "Top, dank je wel!", "Thanks, that's all!",
 * "Perfect, bedankt", "Super, tot dan!". No question or request; at most 30 words; each sentence,
 * once its thanks/closing words (list `closing-thanks`) are removed, keeps at most 3 words (a name).
 */
export function isClosingThanks(text: string, lang: Language): boolean {
  const t = text.trim();
  if (!t) return false;
  const words = t.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > 30) return false;
  if (findQuestions(t, lang).length) return false;
  const res = phraseRegexes(lang, 'closing-thanks');
  // The first list entry is the thanks itself; a closing message needs thanks or an approving word.
  if (!res.some((re) => re.test(t))) return false;
  for (const s of splitSentences(t, lang)) {
    let rest = s.text;
    for (const re of res) rest = rest.replace(new RegExp(re.source, re.flags + 'g'), ' ');
    const left = rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    if (left.length > 3) return false;
  }
  return true;
}

/** A question this short may be small talk; a longer one asks something real ("How is the Q3 forecast coming along…"). */
const CATCH_UP_MAX_WORDS = 8;
/** Small talk about the reader and their life: how they are, what is new (after an optional greeting or name). */
const CATCH_UP: Record<Language, RegExp> = {
  en: /^(?:[\p{L}' ]{0,20}[,-]\s*)?(?:how(?:'s|s| is| are| r| was| were| have| has)\s|(?:so\s+)?(?:what'?s|whats)\s+(?:up|new|the word)\b)|\b(?:any\s+(?:more\s+)?(?:news|updates?|word)\b|anything\s+(?:new|exciting|fun)\b|what\s+have\s+you\s+been\s+up\s+to\b|how\s+have\s+you\s+been\b)/iu,
  nl: /^(?:[\p{L}' ]{0,20}[,-]\s*)?(?:hoe\s+(?:gaat|is|was|staat|bevalt|gaan)\s|alles\s+(?:goed|ok|oké|prima|wel)\b|wat\s+is\s+er\s+nieuw\b)|\b(?:(?:nog|al)\s+nieuws\b|iets\s+(?:leuks|nieuws|spannends)\b|wat\s+heb\s+je\s+(?:allemaal\s+)?(?:gedaan|beleefd)\b)/iu,
};

/**
 * Small talk that a long personal reply takes up whatever it says: "How's Houston?", "whats up on the job front?",
 * "Hoe gaat het daar?", "Nog nieuws?". Only short questions: "How is the migration of the billing server going
 * for the Rotterdam office?" asks for a real answer.
 */
export function isCatchUp(question: string, lang: Language): boolean {
  const t = question.trim();
  const words = t.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.length > 0 && words.length <= CATCH_UP_MAX_WORDS && CATCH_UP[lang].test(t);
}
