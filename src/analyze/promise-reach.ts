/**
 * Whom a promise reaches, and when it can be seen to break (for promisesOf, src/analyze/promises.ts). Decisions, as a
 * person reads a mailbox:
 * - A promise to act towards someone else ("I shall contact Mike Gorman", "I'll forward it to the traders", "I'll
 *   pass that along", "Ik bel de leverancier", "Ik stuur het door naar de boekhouding") never reaches the reader by
 *   mail: its keeping cannot be seen in this mailbox, so it is no promise to judge. When the same sentence also
 *   promises the reader something ("I'll discuss it with the landlord and come back to you", "Ik overleg met de
 *   monteur en laat je morgen weten wat het wordt") it stays.
 * - A task handed on ("I shall ask my assistant to forward you my itinerary", "Ik vraag Sanne om u te bellen"):
 *   the other person's mail or call is not the writer's, so it is left out too.
 * - An errand off the mail ("I'll drop off a check", "I'll get us some tickets", "Ik breng het morgen langs", "Ik
 *   haal de onderdelen op") is not visible in mail either.
 * Names are read case-sensitively (a capitalised word that is not a weekday, month or sentence word).
 */
import type { Language } from '../model.js';

/** The reader as an object or subject ("you", "u", "je", "jullie"); "your" / "uw" alone names someone else's. */
const READER: Record<Language, RegExp> = {
  en: /(?<![\p{L}'’])(?:you|ya|y'all)(?![\p{L}'’])/iu,
  nl: /(?<![\p{L}])(?:je|jou|jij|u|jullie)(?![\p{L}])/iu,
};

/** A verb aimed at a person, then (after at most three time words) the word after it, checked below. Linear. */
const AT_PERSON: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:contact|tell|remind|call|ring|phone|invite|check\s+with|talk\s+(?:to|with)|speak\s+(?:to|with)|reply\s+to|respond\s+to|write\s+to|get\s+in\s+touch\s+with|discuss\s+(?:it|this|that|them)\s+with|forward\s+(?:it|this|that|them|the\s+\p{L}+|your\s+\p{L}+)\s+to|send\s+(?:it|this|that|them)\s+(?:on\s+|over\s+)?to|pass\s+(?:it|this|that|them|the\s+\p{L}+)\s+(?:along\s+|on\s+)?to)\s+(?:(?:today|tomorrow|later|first|this\s+afternoon|again)\s+){0,3}(\p{L}[\p{L}'’-]*)/giu,
  nl: /(?<![\p{L}])(?:bel|bellen|benader|benaderen|contacteer|spreek|spreken|contact\s+op\s+met|overleg\s+met|overleggen\s+met|door\s+(?:naar|aan)|navragen\s+bij|na\s+bij)\s+(?:(?:morgen|vandaag|straks|even|nog|zo|vanmiddag|vanavond|direct|meteen|eerst|maandag|dinsdag|woensdag|donderdag|vrijdag)\s+){0,3}(\p{L}[\p{L}'’-]*)/giu,
};
/** Verbs that also take a thing ("email the figures", "vraag de prijs op"): only a name or "him" / "hem" is a person. */
const AT_NAMED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:ask|ping|e-?mail|message)\s+(?:(?:today|tomorrow|later|first|again)\s+){0,3}(\p{L}[\p{L}'’-]*)/giu,
  nl: /(?<![\p{L}])(?:vraag|vragen|mail|mailen|app|appen|informeer|informeren|herinner)\s+(?:(?:morgen|vandaag|straks|even|nog|zo|vanmiddag|vanavond|direct|meteen|eerst)\s+){0,3}(\p{L}[\p{L}'’-]*)/giu,
};
const NAMED_WORDS = new Set('him her them hem haar hen'.split(' '));

/** Handed on, or passed along without a name: no word check needed. */
const HANDED_ON: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:pass\s+(?:it|this|that|them|the\s+\p{L}+)\s+(?:along|on)(?![\p{L}])(?!\s+to\s+(?:you|u)\b)|ask\s+(?:\p{Lu}\p{Ll}+|him|her|them|my\s+\p{L}+|our\s+\p{L}+)(?:\s+\p{Lu}\p{Ll}+)?\s+to\s)/u,
  nl: /(?<![\p{L}])(?:vraag|vragen)\s+(?:ik\s+|we\s+)?(?:\p{Lu}\p{Ll}+|hem|haar|mijn\s+\p{L}+|onze\s+\p{L}+)\s+(?:\S+\s+){0,2}?(?:om|of)(?![\p{L}])|(?<![\p{L}])laat\s+(?:ik\s+|we\s+)?(?:\p{Lu}\p{Ll}+|hem|haar)\s+(?:je|jou|u|jullie)\s+(?:\S+\s+){0,3}?(?:bellen|mailen|sturen|weten)(?![\p{L}])/u,
};
/** Errands off the mail. */
const ERRAND: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:drop\s+(?:\S+\s+){0,4}?off|pick\s+(?:\S+\s+){0,3}?up|buy|get\s+(?:us|me|myself|ourselves)|write\s+(?:you\s+)?a\s+(?:check|cheque))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:breng\s+(?:\S+\s+){0,6}?langs|langsbrengen|ophalen|haal\s+(?:\S+\s+){0,4}?op|afgeven|geef\s+(?:\S+\s+){0,4}?af|koop|kopen)(?![\p{L}])/iu,
};
/** Words that follow such a verb and are no person: "call Monday", "ask around", "bel morgen". */
const NOT_PERSON = new Set(
  ('you u ya me us je jou jij jullie mij me ons around back again about if whether when what how why later soon today tomorrow tonight ' +
    'monday tuesday wednesday thursday friday saturday sunday morgen vandaag straks even nog maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ' +
    'eerst direct meteen zo het dat dit er daar hier terug na').split(' '),
);
const THIRD_WORDS = new Set('him her them the my our his their a an de het mijn onze hem haar hen ze zijn hun een'.split(' '));
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Januari|Februari|Maart|Mei|Juni|Juli|Augustus|Oktober)$/;

function thirdPartyWord(word: string, named: boolean): boolean {
  const w = word.toLowerCase();
  if ((named ? NAMED_WORDS : THIRD_WORDS).has(w)) return true;
  if (NOT_PERSON.has(w)) return false;
  return /^\p{Lu}\p{Ll}/u.test(word) && !MONTHS.test(word);
}

/** The sentence acts towards a third party and promises the reader nothing besides (see the file comment). */
export function towardsOthers(sentence: string, lang: Language): boolean {
  if (HANDED_ON[lang].test(sentence)) return true;
  if (ERRAND[lang].test(sentence)) return true;
  let rest = sentence;
  let found = false;
  for (const [re, named] of [[AT_PERSON[lang], false], [AT_NAMED[lang], true]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if (!thirdPartyWord(m[1]!, named)) continue;
      found = true;
      rest = rest.replace(m[0], ' ');
    }
  }
  return found && !READER[lang].test(rest);
}
