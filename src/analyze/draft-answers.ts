/**
 * What a draft answers beyond the shared judgement of answers.ts. A draft is the writer's reply to this one mail (lint
 * is given the original), so two weaker signs count there that would be guesses between mails of a thread:
 *  - a yes/no question is answered by a statement that takes up more of its words than of any other question of the
 *    mail: "Is de taart glutenvrij te maken?" — "Glutenvrij kan."; "Do you have the blue one in size 42?" — "We sold
 *    the last 42 yesterday."; "Would you need the files in Word?" — "A PDF is fine too, Word just makes it faster.";
 *  - a question about what the asker is to do ("Moet ik nog iets aanleveren?", "Waar kan ik de fiets parkeren?",
 *    "Do I need to book?") is answered by an instruction: "Stuur me de bankafschriften.", "Zet hem in het rek.",
 *    "You can just walk in."
 *  - a question that asks for a number, an amount, a moment or a duration is answered by one said in words, which
 *    the digit-based patterns of answer-kinds.ts do not see: "vijfentachtig euro", "ninety pounds", "tachtig",
 *    "in april", "early April", "vanaf half tien", "after half eight", "het hele weekend", "a fortnight".
 *  - "Kun je laten weten of je het hebt ontvangen?" / "Could you confirm you received it?" is answered by the reply
 *    itself; "Is dat goed?" / "Does that work for you?" by an agreement: "Sounds good.", "Klinkt goed, tot dinsdag."
 * A deferral, thanks, a greeting or a question back answers nothing (readReply), as in answers.ts.
 */
import type { Message } from '../model.js';
import type { Question } from '../text/questions.js';
import { sharedTerms } from '../text/terms.js';
import { asksFor, POLAR, questionCore, readReply, type AnswerKind, type ReplySentence } from './answer-kinds.js';

/** The asker asks what they (or their side) may, must or can do. */
const ASKER_DOES =
  /\b(?:moet|moeten|kan|kun|kunnen|mag|mogen|zal|zullen|hoef|hoeven)\s+(?:ik|we|wij)\b|\b(?:ik|we|wij)\s+(?:moet|moeten|kan|kunnen|mag|mogen|hoef|hoeven)\b|\b(?:do|should|can|shall|must|may|could|would)\s+(?:i|we)\b|\b(?:i|we)\s+(?:need|have)\s+to\b/i;

/** An instruction to the reader at the start of a sentence: an imperative, or "u kunt / you can …". */
const INSTRUCTION = new RegExp(
  [
    '^\\W*(?:(?:dan|daarna|anders|gewoon|graag|liefst|wel|ook|then|just|simply|please|otherwise)\\s+)?',
    '(?:u\\s+kunt|je\\s+kunt|jij\\s+kunt|jullie\\s+kunnen|u\\s+hoeft|je\\s+hoeft|u\\s+moet|je\\s+moet|you\\s+can|you\\s+could|you\\s+only\\s+need|you\\s+need|you\\s+will\\s+need|you\'ll\\s+need|you\\s+don\'t\\s+need|you\\s+do\\s+not\\s+need|no\\s+need|there\'s\\s+no\\s+need|',
    'stuur|breng|zet|leg|kom|bel|mail|neem|gebruik|klik|ga|vul|upload|log|kies|laat|haal|doe|plak|lever|geef|maak|wacht|parkeer|hang|pak|bestel|betaal|meld|vraag|',
    'send|bring|put|leave|use|click|go|fill|upload|log|choose|pick|drop|pop|come|call|email|e-mail|park|wait|order|pay|attach|forward|reply|tell|give|make|take|keep|ring)\\b',
  ].join(''),
  'i',
);

/** Whether the mail (or what came with it) arrived: any reply says so ("Has my parcel arrived?" is another matter). */
const RECEIVED = /\b(?:ontvangen|binnengekomen|aangekomen|doorgekomen|received|arrived|come\s+through|came\s+through|got)\b/i;
const THE_MAIL =
  /\b(?:mail|e-?mail|mailtje|bericht|berichtje|bijlagen?|formulier|bestand(?:en)?|documenten?|stukken|message|attachments?|files?|forms?|documents?)\b|\b(?:je|u|jullie)\s+(?:het|dit|die|ze)\b|\b(?:received|got|get)\s+(?:it|this|them|these)\b/i;

/** An agreement at the start of a sentence: the answer to "Is dat goed?", "Does that work for you?". */
const AGREES =
  /^\W*(?:sounds\s+(?:good|great|fine|perfect)|that\s+works|works\s+for\s+(?:me|us)|fine\s+by\s+(?:me|us)|suits\s+(?:me|us)|perfect|great|lovely|brilliant|agreed|deal|klinkt\s+(?:goed|prima|perfect)|akkoord|afgesproken|helemaal\s+goed|lijkt\s+me\s+(?:prima|goed)|is\s+goed|dat\s+is\s+goed|past\s+(?:prima|goed)|dat\s+past|top|prima|uitstekend|perfect)\b(?!\s+(?:question|vraag))/i;

const says = (s: ReplySentence) => !s.deferral && !s.trivial && !/\?\s*$/.test(s.text);

/** The draft answers `q` of `asked` by one of the two signs above. */
export function answeredInDraft(q: Question, questions: readonly Question[], asked: Message, draft: Message): boolean {
  // The signs weigh a question against each other question of the mail, for each sentence of the draft: for a mail
  // of a few questions. A wall of them (pasted or fuzzed) is left to the shared judgement alone, so lint stays fast.
  if (questions.length > MAX_QUESTIONS) return false;
  const core = questionCore(q.text);
  const all = readReply(draft, true);
  const sentences = all.filter(says);
  if (RECEIVED.test(core) && THE_MAIL.test(core) && all.length > 0) return true;
  if (ASKER_DOES.test(core) && sentences.some((s) => INSTRUCTION.test(s.text))) return true;
  const polar = (o: Question) => POLAR.test(questionCore(o.text));
  if (polar(q) && !questions.some((o) => o !== q && polar(o)) && sentences.some((s) => AGREES.test(s.text))) return true;
  const others = questions.filter((o) => o !== q);
  // the sentence is about this question more than about any other of the mail (by shared words)
  const about = (question: string, s: ReplySentence) => sharedTerms(question, s.text, asked.language).hits || compoundHits(question, s.text);
  const mostAbout = (s: ReplySentence, atLeast: number) => {
    const own = about(core, s);
    return own >= atLeast && others.every((o) => about(questionCore(o.text), s) <= own - atLeast);
  };
  const wants = asksFor(q.text, q.kind).filter((k) => WORD_KINDS.includes(k));
  if (wants.length) {
    // the only question of the mail that asks for this kind, or the sentence is about it
    const alone = (k: AnswerKind) => others.every((o) => !asksFor(o.text, o.kind).includes(k));
    if (sentences.some((s) => wants.some((k) => inWords(s.text).has(k) && (alone(k) || mostAbout(s, 1))))) return true;
  }
  return POLAR.test(core) && sentences.some((s) => mostAbout(s, 1));
}

/**
 * Long words that begin alike: Dutch compounds on one stem ("parkeergelegenheid" — "parkeerterrein", "onderhoudsbeurt"
 * — "onderhoudscontract"), which the stemmer keeps apart. Seven letters in common, words of eight or more.
 */
function compoundHits(question: string, sentence: string): number {
  const long = (t: string) => new Set((t.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 8).map((w) => w.slice(0, 7)));
  const said = long(sentence);
  let hits = 0;
  for (const p of long(question)) if (said.has(p)) hits++;
  return hits;
}

/** More questions than a person asks in one mail. */
const MAX_QUESTIONS = 12;

const WORD_KINDS: AnswerKind[] = ['when', 'amount', 'duration', 'number'];

const UNITS = new Set('een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' '));
const TENS = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig', 'honderd', 'duizend', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand'];
const CURRENCY = new Set(['euro', 'euros', 'eur', 'pond', 'pound', 'pounds', 'quid', 'dollar', 'dollars']);
const MONTHS = new Set('januari februari maart april mei juni juli augustus september oktober november december january february march april june july august september october november december'.split(' '));
const MONTH_BEFORE = new Set(['in', 'begin', 'eind', 'half', 'midden', 'medio', 'early', 'late', 'mid', 'of', 'end', 'until', 'tot', 'vanaf', 'from', 'before', 'voor', 'after', 'na', 'by']);
const DAYPART = new Set(['dag', 'week', 'weekend', 'ochtend', 'middag', 'avond', 'maand', 'nacht', 'day', 'week', 'weekend', 'morning', 'afternoon', 'evening', 'month', 'night', 'fortnight']);

/** A number said in words: "tachtig", "vijfentachtig", "twintig", "ninety", "twenty-five" (not "een"/"one" alone). */
function numberWord(w: string): boolean {
  if (w !== 'een' && w !== 'one' && UNITS.has(w)) return true;
  if (w.length > 24) return false;
  return w.split('-').every((part) => UNITS.has(part) || TENS.some((t) => part.endsWith(t)));
}

/** The kinds of answer a sentence gives in words (see the file comment). */
function inWords(sentence: string): Set<AnswerKind> {
  const out = new Set<AnswerKind>();
  const w = sentence.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  for (let i = 0; i < w.length; i++) {
    const x = w[i]!;
    const prev = w[i - 1] ?? '';
    const next = w[i + 1] ?? '';
    if (numberWord(x) && x !== 'een' && x !== 'one') {
      out.add('number');
      if (CURRENCY.has(next)) out.add('amount');
      if (prev === 'half' || prev === 'kwart' || next === 'uur' || next === "o'clock") out.add('when');
    }
    if (MONTHS.has(x) && MONTH_BEFORE.has(prev)) out.add('when');
    if ((x === 'noon' || x === 'midnight' || x === 'lunchtime' || x === 'middaguur') && prev !== '') out.add('when');
    if (x === 'half' && numberWord(next)) out.add('when');
    if (DAYPART.has(next) && (x === 'hele' || x === 'all' || x === 'whole' || ((x === 'een' || x === 'a') && !DAYPART.has(prev)))) out.add('duration');
  }
  return out;
}
