/**
 * Promises in a draft and whether they name a moment, without chrono-node (~125 ms to import, too much for a
 * send hook). A promise is what text/commitments.ts calls one (same phrase lists, same exclusions); it names a
 * moment when it holds a number, a day, a part of a day or a span ("morgen", "vrijdag", "om 14:00", "binnen twee
 * werkdagen", "by Friday", "within 48 hours", "end of the week"). "Z.s.m.", "straks", "binnenkort", "soon",
 * "later" and "asap" are no moment: those are exactly what the vague-promise rule is for.
 */
import type { Language } from '../model.js';
import { firstHit, hasHit } from './match.js';
import { splitSentences, type Span } from '../text/sentences.js';

export interface DraftPromise extends Span {
  /** The promise phrase, as offsets into the same text. */
  phrase: Span;
  vague: boolean;
}

const MOMENT: Record<Language, RegExp> = {
  nl: /\d|(?<![a-zà-ÿ])(?:vandaag|morgen[a-zà-ÿ]*|overmorgen|vanmiddag|vanochtend|vanmorgen|vanavond|vannacht|maandag[a-zà-ÿ]*|dinsdag[a-zà-ÿ]*|woensdag[a-zà-ÿ]*|donderdag[a-zà-ÿ]*|vrijdag[a-zà-ÿ]*|zaterdag[a-zà-ÿ]*|zondag[a-zà-ÿ]*|(?:deze|volgende|komende|ene|andere) (?:week|maand)|(?:eind|einde|begin|midden) (?:van )?(?:de|deze|volgende) (?:dag|week|maand)|(?:een|twee|drie|vier|vijf|zes|zeven|acht|tien|paar|half|halve|anderhalf|anderhalve) (?:uur|uren|minuten|kwartier|dag|dagen|werkdag|werkdagen|week|weken)|(?:uiterlijk|voor) (?:het )?(?:eind|einde|weekend|middag|avond)|(?:uur|kwartier)|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?![a-zà-ÿ])/,
  en: /\d|(?<![a-zà-ÿ])(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this (?:morning|afternoon|evening|week|month)|next (?:week|month)|(?:end|beginning|start|middle) of (?:the |this |next )?(?:day|week|month)|eod|cob|noon|midday|o'clock|(?:an?|one|two|three|four|five|six|seven|eight|ten|few|couple of|half an?) (?:hours?|minutes?|days?|business days?|working days?|weeks?)|january|february|march|april|may|june|july|august|september|october|november|december)(?![a-zà-ÿ])/,
};

/** The promise phrase in one sentence, with the exclusions of text/commitments.ts (questions, not-commitments). */
export function promiseIn(sentence: string, lang: Language): Span | undefined {
  if (/\?\s*$/.test(sentence) || /^\s*>/.test(sentence)) return undefined;
  if (hasHit(sentence, lang, 'not-commitments')) return undefined;
  return firstHit(sentence, lang, 'commitments');
}

export function namesMoment(sentence: string, lang: Language): boolean {
  const lower = sentence.toLowerCase(); // the patterns are lower-case, without the costly `iu` flags
  return MOMENT[lang].test(lower) || MOMENT[lang === 'nl' ? 'en' : 'nl'].test(lower);
}

export function findPromises(text: string, lang: Language): DraftPromise[] {
  const out: DraftPromise[] = [];
  if (!hasHit(text, lang, 'commitments')) return out;
  for (const s of splitSentences(text, lang)) {
    const p = promiseIn(s.text, lang);
    if (!p) continue;
    out.push({ ...s, phrase: { text: p.text, start: s.start + p.start, end: s.start + p.end }, vague: !namesMoment(s.text, lang) });
  }
  return out;
}
