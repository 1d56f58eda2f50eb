/**
 * What kind of answer a question asks for, and what a reply's sentences give: a date or time ("Wanneer kunnen jullie
 * beginnen?" → "Week 23."), an amount ("Wat kost dat?" → "€ 120 incl. btw"), a duration, a number, a place, a person,
 * yes or no, the confirmation of an action ("Is aangepast.", "Done."), or only a deferral ("Ik vraag het na bij de
 * leverancier", "Let me look into this"), which answers nothing yet. Used by answers.ts (scan, report and lint alike).
 *
 * Every pattern runs on one sentence of untrusted text: alternations of fixed words, no nested quantifiers.
 */
import type { Language, Message } from '../model.js';
import { hasPhrase } from '../text/phrases.js';
import { splitSentences } from '../text/sentences.js';

export type AnswerKind = 'when' | 'amount' | 'duration' | 'number' | 'place' | 'person' | 'yes-no' | 'done' | 'how' | 'choice' | 'why' | 'advice';

export interface ReplySentence {
  text: string;
  /** Puts the answer off ("ik zoek het uit", "I'll get back to you"): it answers nothing. */
  deferral: boolean;
  /** A greeting, sign-off, thanks or a name: no content either way. */
  trivial: boolean;
  /** The kinds of answer this sentence gives (empty for a deferral). */
  gives: Set<AnswerKind>;
}

const WEEKDAY = '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)';

/** A moment: a weekday (also "dinsdagmiddag"), a date, a clock time, "morgen", "next week", "week 23". */
const WHEN = new RegExp(
  [
    `\\b${WEEKDAY}`,
    `\\b\\d{1,2}(?:e|ste|de|st|nd|rd|th)?\\s+${MONTH}\\b`,
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
    '\\b\\d{1,2}[-/]\\d{1,2}(?:[-/]\\d{2,4})?\\b',
    '\\b\\d{1,2}[:.]\\d{2}\\b',
    '\\b\\d{1,2}\\s*(?:uur|u|am|pm|a\\.m|p\\.m|o\'clock)\\b',
    '\\b(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)\\b',
    '\\bde\\s+\\d{1,2}e\\b',
    '\\b(?:na|voor|before|after)\\s+(?:de|het|the)\\s+(?:lunch|middag|ochtend|lunchtime)\\b',
    '\\b(?:in\\s+de\\s+loop\\s+van|rond|around|later)\\s+(?:de|het|the|this)?\\s*(?:ochtend|middag|middaguur|avond|morning|afternoon|evening|noon|today|vandaag)\\b',
    '\\b(?:morgen|overmorgen|vandaag|vanmiddag|vanavond|vanochtend|vanmorgen|vannacht|straks|zometeen|tomorrow|today|tonight)\\b',
    '\\b(?:deze|volgende|komende|aanstaande|this|next|coming)\\s+(?:week|maand|month|morning|afternoon|evening|weekend|' + WEEKDAY.slice(3, -1) + ')\\b',
    '\\bweek\\s+\\d{1,2}\\b',
    '\\b(?:begin|eind|midden|half|einde|early|late|end\\s+of|mid)\\s+(?:volgende\\s+|deze\\s+|next\\s+|this\\s+)?(?:week|maand|month|' + MONTH.slice(3, -1) + ')\\b',
    '\\b(?:na|after)\\s+(?:het|de|the)\\s+(?:weekend|feestdagen|vakantie|holidays|bank\\s+holiday)\\b',
    '\\b(?:uiterlijk|voor|vóór|before|by|tot|until|vanaf|from)\\s+(?:\\d{1,2}|' + WEEKDAY.slice(3, -1) + '|morgen|tomorrow|eind|end)\\b',
    '\\b(?:binnen|within|over|in)\\s+(?:\\d+|een|twee|drie|vier|vijf|a|one|two|three|four|five)\\s+(?:werk)?(?:dagen|dag|weken|week|uur|days|day|weeks|week|hours|working\\s+days)\\b',
    '\\b(?:direct|meteen|right\\s+away|straight\\s+away)\\b',
  ].join('|'),
  'i',
);

/** Money: "€ 120", "£540", "120 euro", "gratis", "free of charge". */
const AMOUNT = /[€£$]\s?\d|\b(?:eur|euro)\s?\d|\b\d+(?:[.,]\d+)?\s?(?:euro|eur|pond|pounds?|dollars?|gbp|usd|p\/m|per\s+(?:uur|maand|jaar|hour|month|year))\b|,-|\b(?:gratis|kosteloos|free\s+of\s+charge|no\s+charge|at\s+no\s+(?:extra\s+)?cost|for\s+free|kost\s+(?:u\s+|je\s+|jullie\s+)?niets|costs?\s+nothing|geen\s+(?:extra\s+)?kosten|inbegrepen|included)\b/i;

const NUMBER_WORD =
  '(?:\\d+(?:[.,]\\d+)?|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|half|halve|anderhalf|paar|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|few|couple\\s+of|half\\s+an?)';
/** A duration: "drie dagen", "een dag of drie", "een uurtje", "ten minutes", "a day or two". */
const DURATION = new RegExp(
  `\\b${NUMBER_WORD}\\s+(?:\\S+\\s+)?(?:minuten|minuut|kwartier|uur|uren|uurtje|dag|dagen|dagje|werkdag|werkdagen|week|weken|maand|maanden|jaar|jaren|ochtend|middag|minutes?|hours?|days?|working\\s+days?|weeks?|months?|years?|morning|afternoon)\\b|\\b(?:een|a)\\s+(?:dag|week|uur|maand|jaar|day|week|hour|month|year)\\s+(?:of|or)\\s+${NUMBER_WORD}\\b`,
  'i',
);

const NUMBER = /\b\d+(?:[.,]\d+)?\b|\b(?:een|twee|drie|vier|vijf|zes|tien|twintig|honderd|duizend|one|two|three|four|five|six|ten|twenty|hundred|thousand|geen|none|unlimited|onbeperkt)\b/i;

/** A place: a street address, or an answer that opens with a preposition of place ("Bij de receptie."). */
const PLACE = /(?<![\p{L}-])\p{Lu}[\p{L}-]{0,40}(?:straat|weg|laan|plein|gracht|kade|singel|dijk|hof|park|street|road|lane|avenue|square)\s+\d+|^\W*(?:in|op|bij|aan|onder|naast|achter|via|at|on|under|next\s+to|behind|upstairs|downstairs|boven|beneden)\b/iu;

/** A person: a name or a role that takes it on ("Sanne komt bij u", "My colleague Tom", "ik zelf"). */
const PERSON = /^\W*(?:(?:mijn|onze|my|our)\s+(?:collega|colleague|monteur|engineer|technician)|(?!(?:You|We|They|It|He|She|Je|Jij|Wij|We|Ze|Zij|Het|Hij|Dat|Dit|Er|Die)\b)[\p{Lu}][\p{Ll}]+\s+(?:komt|doet|neemt|belt|mailt|gaat|is|will|is\s+going|'ll|can|kan))\b|\b(?:ik\s+zelf|ikzelf|myself)\b/u;

/** Yes or no, at the start ("Ja, dat kan.", "No need.") or at the end ("…, dus helaas niet.", "…, so yes."). */
const YES_NO_START = /^\W*(?:(?:en|and|also|ook|oh)\s+)?(?:ja|jawel|jazeker|zeker|uiteraard|natuurlijk|nee|neen|helaas|dat kan|dat klopt|klopt|akkoord|geen probleem|inderdaad|prima|is goed|dat mag|yes|yeah|yep|no|nope|sure|of course|certainly|absolutely|unfortunately|definitely|correct|indeed|that works|no problem|not at all|fine|that's fine|that's right|you can|we can|it is|it does|it can)\b/i;
const YES_NO_END = /\b(?:dus|so|then|dan|en\s+dat|and\s+that)\s+(?:helaas\s+|unfortunately\s+|zeker\s+|ook\s+)?(?:niet|nee|ja|wel|no|yes|not|prima|fine|kan\s+het|mag\s+het)\s*[.!]*$|\b(?:helaas\s+niet|niet\s+nodig|no\s+need|not\s+needed|not\s+necessary|geen\s+probleem|no\s+problem|dat\s+kan|dat\s+klopt|dat\s+mag|that's\s+fine|that\s+works|that's\s+right|is\s+correct|klopt\s+helemaal)\b/i;

/** "Nog niet." / "Not yet.": where things stand, an answer to "Is het al binnen?" / "Has it arrived yet?". */
export const NOT_YET = /^\W*(?:nog\s+(?:steeds\s+)?niet|helaas\s+nog\s+niet|not\s+yet|still\s+not|not\s+so\s+far|unfortunately\s+not\s+yet)\b/i;

/** An action done or accepted: "Is aangepast.", "Staat online.", "Done!", "Doe ik.", "Ordered, …". */
const DONE = /\b(?:gedaan|geregeld|aangepast|verstuurd|verzonden|gestuurd|doorgestuurd|bijgewerkt|aangemaakt|ingepland|ingediend|betaald|besteld|gerepareerd|opgelost|vervangen|toegevoegd|gewijzigd|verwerkt|staat\s+(?:online|klaar|erin|erop|gepland|ingepland)|doe\s+ik|regel\s+ik|komt\s+goed|done|sorted|fixed|updated|sent|ordered|scheduled|booked|arranged|changed|added|replaced|will\s+do|on\s+its\s+way|consider\s+it\s+done)\b/i;
/** A reply that opens with a participle: "Besteld, ze zijn er donderdag.", "Ordered, they'll be with you Thursday." */
const OPENS_DONE = /^\W*(?:(?:is|zijn|staat|heb\s+ik|hebben\s+we)\s+)?(?:\p{L}{0,6}ge\p{L}{2,30}[dt]|[a-z]{3,30}ed)(?=\s*[,.!:;]|\s*$)/iu;
/** Delivery by attachment: "Hierbij de factuur", "zie bijlage", "Here's the invoice", "attached". */
const ATTACHED = /\b(?:in\s+de\s+bijlage|zie\s+bijlage|bijgevoegd|hierbij|bij\s+deze|attached|enclosed|here'?s|here\s+(?:is|are)|please\s+find)\b/i;
/** A cause: "dat kan gebeuren als er glas in de band zit", "omdat", "it's because the router restarted". */
const BECAUSE = /\b(?:omdat|doordat|want|komt\s+door|komt\s+doordat|ligt\s+aan|oorzaak|gebeuren\s+als|because|since|due\s+to|caused\s+by|the\s+reason|that\s+happens\s+when|happens\s+if|it's\s+the)\b/i;
/** Instructions for "Hoe kan ik …?" / "How do I …?": an imperative or "you can …". */
const HOW = /^\W*(?:ga|klik|kies|open|log|installeer|download|vul|druk|voer|gebruik|tik|selecteer|herstart|zet|go|click|choose|log|install|download|fill|press|enter|use|tap|select|type|restart|sign|navigate|turn|switch)\b|\b(?:you\s+can|you\s+need\s+to|you'll\s+need\s+to|je\s+kunt|u\s+kunt|je\s+moet|u\s+moet|dat\s+kan\s+via|het\s+kan\s+via|dat\s+doe\s+je|dat\s+doet\s+u)\b/i;

/** Advice: "Ik raad u aan …", "Het beste is …", "I'd suggest …", "You're best off …". */
const ADVICE = /\b(?:raad\s+(?:ik|we|wij)\s+(?:je|u|jullie)|(?:ik|we|wij)\s+(?:raad|raden|adviseer|adviseren)|het\s+beste\s+(?:is|kun|kunt|kunnen)|(?:je|u)\s+(?:kunt|kun)\s+(?:het\s+)?beste|(?:i|we)(?:'d|\s+would)\s+(?:suggest|recommend|advise)|(?:i|we)\s+(?:suggest|recommend|advise)|(?:you're|you\s+are|you'd\s+be)\s+best\s+off|the\s+best\s+(?:thing|option|way)\s+is)\b/i;

/** A first-person promise with a moment accepts a request: "Die stuur ik je maandag.", "I'll fix it on Thursday." */
const FIRST_PERSON = /\b(?:ik|we|wij|i|i'll|we'll|i'm|we're)\b|\b(?:je|u|jullie|you)\s+(?:krijgt|ontvangt|heeft|hebt|will\s+(?:get|receive|have)|'ll\s+(?:get|receive|have))\b/i;

/** "Ik laat u weten dat …", "I can let you know that …" tells something; it does not defer. */
const TELLS = /\b(?:weten|know)\s+(?:dat|that)\b|\bhierbij\b/i;

const THANKS = /^\W*(?:thanks|thank\s+you|many\s+thanks|dank|bedankt|hartelijk\s+dank|dankjewel|dank\s+je|dank\s+u)\b/i;

/** A promise with no moment: "ik stuur het u zo spoedig mogelijk", "I'll send you a quote shortly". Both must hold. */
const PROMISES = /\b(?:ik|we|wij|u|je)\s+(?:stuur|sturen|krijgt|ontvangt|hoort|mail|mailen|bel|bellen)\b|\b(?:i|we)(?:'ll|\s+will)\b/i;
const VAGUE_MOMENT = /\b(?:zo\s+spoedig\s+mogelijk|zo\s+snel\s+mogelijk|z\.s\.m|zsm|binnenkort|spoedig|op\s+korte\s+termijn|zodra\s+(?:ik|we|wij)|shortly|asap|soon|as\s+soon\s+as\s+(?:possible|i\s+can|we\s+can)|in\s+due\s+course|once\s+(?:i|we)(?:'ve|\s+have))\b/i;

function defersClause(clause: string, lang: Language): boolean {
  if (/\?\s*$/.test(clause) || TELLS.test(clause)) return false;
  if (PROMISES.test(clause) && VAGUE_MOMENT.test(clause)) return true;
  return hasPhrase(clause, lang, 'holding-replies') || hasPhrase(clause, lang, 'deferrals');
}

/** "We're fully booked today, but we'll be in touch shortly": the clause before "but" answers, the rest defers. */
const CLAUSE_BREAK = /[;:]\s+|(?<![\s,]),?\s+(?=(?:but|maar|though|however|echter|alleen)\s)/i;

/** The parts of a sentence that do not defer, or undefined when it defers as a whole. */
function answeringPart(sentence: string, lang: Language): string | undefined {
  if (!defersClause(sentence, lang)) return sentence;
  // A short clause counts when it says where things stand ("Not yet, but I'll check tomorrow morning").
  const rest = sentence.split(CLAUSE_BREAK).filter((c) => (words(c) >= 3 || NOT_YET.test(c)) && !defersClause(c, lang));
  return rest.length ? rest.join('; ') : undefined;
}

/** The sentence only puts the answer off. */
export function isDeferral(sentence: string, lang: Language): boolean {
  return answeringPart(sentence, lang) === undefined;
}

function gives(s: string, attachments: boolean): Set<AnswerKind> {
  const out = new Set<AnswerKind>();
  if (WHEN.test(s)) out.add('when');
  if (AMOUNT.test(s)) out.add('amount');
  if (DURATION.test(s)) out.add('duration');
  if (NUMBER.test(s)) out.add('number');
  if (PLACE.test(s)) out.add('place');
  if (PERSON.test(s)) out.add('person');
  if (YES_NO_START.test(s) || YES_NO_END.test(s) || NOT_YET.test(s)) out.add('yes-no');
  // "Zie bijlage" delivers only with something attached.
  // A plan with a moment, ours or a colleague's ("Ruben komt maandag kijken"), accepts a request.
  const planned = (FIRST_PERSON.test(s) || PERSON.test(s)) && WHEN.test(s);
  if (DONE.test(s) || OPENS_DONE.test(s) || (attachments && ATTACHED.test(s)) || planned) out.add('done');
  if (HOW.test(s)) out.add('how');
  // What to do about it: instructions, advice or a plan of ours.
  if (HOW.test(s) || ADVICE.test(s) || planned) out.add('advice');
  if (BECAUSE.test(s)) out.add('why');
  return out;
}

const words = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;

const memo = new WeakMap<Message, ReplySentence[]>();

/**
 * The reply's own sentences (quoted lines left out), each read once. `draft`: the reply is a draft, whose attachment
 * may still be added (missing-attachment is another rule's business).
 */
export function readReply(r: Message, draft = false): ReplySentence[] {
  let hit = draft ? undefined : memo.get(r);
  if (hit) return hit;
  hit = splitSentences(r.newText, r.language)
    .filter((s) => !/^\s*>/.test(s.text))
    .map((s) => {
      const part = answeringPart(s.text, r.language);
      const deferral = part === undefined;
      const trivial = !deferral && (THANKS.test(s.text) || (words(s.text) <= 3 && !/[.!?]\s*$/.test(s.text)));
      // A question back ("Bedoelt u de grote of de kleine?") gives no answer either.
      const asks = /\?\s*$/.test(s.text);
      return { text: part ?? s.text, deferral, trivial, gives: deferral || asks ? new Set<AnswerKind>() : gives(part, draft || r.attachments.length > 0) };
    });
  if (!draft) memo.set(r, hit);
  return hit;
}

const ASKS_WHEN = /\b(?:wanneer|hoe\s+laat|welke\s+dag|welke\s+datum|per\s+wanneer|tot\s+wanneer|vanaf\s+wanneer|op\s+welke\s+(?:dag|datum)|om\s+hoe\s+laat|when|what\s+time|which\s+day|what\s+date|how\s+soon|by\s+when)\b/i;
/** A polar question about a moment: "Kan er deze week nog iemand komen?", "Could you do it by Friday?" */
const ASKS_AT_TIME = new RegExp(WHEN.source, 'i');
const ASKS_AMOUNT = /\b(?:hoeveel\s+(?:kost|kosten|bedraagt|rekenen|betaal|moet\s+ik\s+betalen)|wat\s+(?:kost|kosten|rekenen|vragen|betaal|is\s+de\s+prijs|zijn\s+de\s+kosten|is\s+het\s+tarief|bedraagt)|wat\s+(?:\S+\s+){0,3}?(?:kost|kosten|prijs|tarief)|how\s+much|what\s+(?:does|do|would|will)\s+(?:it|that|this|you)\s+(?:cost|charge)|what(?:'s|\s+is|\s+are|\s+would\s+be)\s+(?:the|your)\s+(?:\S+\s+)?(?:price|cost|costs|fee|fees|rate|rates|charge))\b/i;
const ASKS_DURATION = /\b(?:hoe\s+lang|hoelang|hoeveel\s+tijd|hoe\s+oud|how\s+long|how\s+much\s+time|how\s+old)\b/i;
const ASKS_HOW = /^\W*(?:(?:en|and|ook|also)\s+)?(?:hoe|how)\s+(?:kan|kun|moet|doe|zet|krijg|regel|can|do|should|would|shall)\s+(?:ik|je|we|u|i|you|we)\b/i;
const ASKS_NUMBER = /\b(?:hoeveel|how\s+many)\b|\b(?:limit|maximum|minimum|limiet)\b/i;
const ASKS_HOW_MANY = /\b(?:hoeveel|how\s+many)\b/i;
const ASKS_WHY = /^\W*(?:(?:en|and|maar|but)\s+)?(?:waarom|hoe\s+kan\s+(?:dat|het)|hoe\s+komt\s+(?:dat|het)|why|how\s+come|how\s+can\s+(?:that|this)\s+(?:be|happen))\b/i;
/** "Wat kunnen we eraan doen?", "What should I do?", "What do you recommend?": asks what to do, not a fact. */
const ASKS_WHAT_TO_DO = /\b(?:wat\s+(?:kan|kunnen|kun|kunt|moet|moeten|zal|zullen)\s+(?:ik|we|wij|je|u|jullie)\s+(?:er\s*)?(?:aan\s+|mee\s+|tegen\s+)?doen|wat\s+(?:raad|raden|adviseer|adviseert|adviseren)\s+(?:je|jij|u|jullie)|what\s+(?:can|could|should|shall|do)\s+(?:i|we)\s+do|what\s+(?:do|would)\s+you\s+(?:recommend|suggest|advise))\b/i;
const ASKS_PLACE = /^\W*(?:(?:en|and|ook|also)\s+)?(?:waar|waarheen|where)\b/i;
const ASKS_PERSON = /^\W*(?:(?:en|and|ook|also)\s+)?(?:wie|who)\b/i;
/** A polar question opens with a verb: "Kunnen jullie…", "Is het…", "Could you…". */
export const POLAR = /^\W*(?:(?:en|and|also|ook|of|or|verder)\s+)?(?:kan|kun|kunt|kunnen|kon|konden|zou|zouden|wil|wilt|willen|is|zijn|ben|bent|heb|hebt|heeft|hebben|moet|moeten|mag|mogen|gaat|gaan|doe|doet|doen|klopt|weet|weten|staat|staan|komt|komen|valt|vallen|werkt|lukt|can|could|would|will|is|are|do|does|did|have|has|should|may|shall|was|were|am)\b/i;
/** "Moet ik het zelf indienen of doet u dat?", "Shall I file it, or do you?": a choice between two. */
const CHOICE = /\s(?:of|or)\s+(?:doe|doet|doen|kan|kun|kunt|moet|moeten|wil|wilt|is|zal|zou|heeft|hebt|gaat|gaan|zijn|komt|liever|do|does|can|will|would|should|are|shall|rather|is)\b/i;

/** A request for information, not for an action: "laat u weten of…", "hoor ik graag of…", "confirm whether…". */
const ASKS_INFO = /\b(?:weten|horen|hoor|bevestigen|aangeven|vertellen)\s+(?:of|wanneer|hoe|wat|waar|welke)\b|\b(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|confirm|find\s+out)\s+(?:whether|if|when|how|what|where|which)\b/i;

/** A request for an action (as opposed to information): "Kun je de factuur sturen?", "Could you fix…", "Stuur me…". */
const ASKS_ACTION = /\b(?:stuur|bel|regel|maak|pas|zet|kijk|boek|plan|bestel|zeg|sturen|opsturen|toesturen|mailen|aanpassen|wijzigen|veranderen|regelen|maken|doen|plannen|inplannen|bellen|terugbellen|langskomen|komen|kijken|vervangen|repareren|verzetten|annuleren|boeken|reserveren|toevoegen|verwijderen|zetten|controleren|bevestigen|bestellen|order|send|resend|forward|change|update|fix|arrange|book|schedule|cancel|call|look\s+at|have\s+a\s+look|check|replace|add|remove|move|sort|set\s+up|confirm)\b/i;

/** "Hi, could you…", "Ingrid, stuur me…", "Goedemorgen Kees, kunnen jullie…": the question starts after the address. */
const GREETING = /^\W*(?:hi|hallo|hoi|hey|hello|beste|dear|goedemorgen|goedemiddag|morning|good)$/i;
const NAME = /^\p{Lu}[\p{L}'-]*$/u;

/** The question without the greeting or name it opens with (up to three words before the first comma). */
export function questionCore(question: string): string {
  const comma = question.indexOf(',');
  if (comma < 0 || comma > 60) return question;
  const head = question.slice(0, comma).trim().split(/\s+/);
  const greeting = GREETING.test(head[0] ?? '');
  const names = head.slice(greeting ? 1 : 0);
  const address = names.length <= 3 && (greeting || (names.length > 0 && names.every((w) => NAME.test(w))));
  return address ? question.slice(comma + 1).trimStart() : question;
}

/**
 * The question asks for a date, an amount, a duration or a count with a question word ("Wanneer…", "Hoeveel kost…",
 * "How long…"): only a sentence that gives one answers it, not just any reply.
 */
export function asksSpecific(text: string): boolean {
  const q = questionCore(text);
  return ASKS_WHEN.test(q) || ASKS_AMOUNT.test(q) || ASKS_DURATION.test(q) || ASKS_HOW_MANY.test(q);
}

/** The kinds of answer a question asks for; empty when only its content can answer it. */
export function asksFor(text: string, kind: 'question' | 'request'): AnswerKind[] {
  const question = questionCore(text);
  const out: AnswerKind[] = [];
  if (ASKS_WHEN.test(question)) out.push('when');
  if (ASKS_DURATION.test(question)) out.push('duration');
  else if (ASKS_AMOUNT.test(question)) out.push('amount');
  else if (ASKS_NUMBER.test(question)) out.push('number');
  if (ASKS_PLACE.test(question)) out.push('place');
  if (ASKS_PERSON.test(question)) out.push('person');
  if (ASKS_HOW.test(question)) out.push('how');
  if (ASKS_WHY.test(question)) out.push('why');
  if (ASKS_WHAT_TO_DO.test(question)) out.push('advice');
  const polar = POLAR.test(question);
  if (polar && CHOICE.test(question)) out.push('choice');
  if (polar && !out.includes('when') && ASKS_AT_TIME.test(question)) out.push('when');
  // An action to be done ("Kun je de factuur sturen?"), not information to be given ("Laat je weten of het kan?").
  if ((kind === 'request' || polar) && ASKS_ACTION.test(question) && !ASKS_INFO.test(question)) out.push('done');
  return out;
}
