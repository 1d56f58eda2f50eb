/**
 * Bulk and broadcast mail told by its content and addressing, for mail that carries no List-* or Precedence
 * headers (those are `automated`, automated.ts). Returns a reason code (documented at `Message.bulk` in
 * model.ts) or false.
 *
 * Only the author's part is read (new text, signature and footer; never the quoted mail: a colleague who
 * forwards a newsletter with a question of their own is not bulk), and a sentence that asks something ("How
 * do I unsubscribe my colleague?", "Moet ik hier niet op antwoorden?") is a person writing, not a footer.
 */
import { followedWithin } from '../text/scan.js';
import { withoutMailAds } from './mail-ads.js';

export interface BulkInput {
  /** The author's own text: new text, signature and disclaimer. */
  own: string;
  /** The To header as written (an empty group such as "undisclosed-recipients:;" leaves no address). */
  toRaw?: string;
  /** The sender's address (a mailing host or a newsletter mailbox is one sign among others). */
  from?: string;
  /** The subject ("FINAL CALL FOR PAPERS", "Nieuwsbrief maart": one sign among others). */
  subject?: string;
}

const UNDISCLOSED = /\b(?:undisclosed[- ]recipients?|verborgen[- ]ontvangers?|niet[- ]openbare[- ]ontvangers?|ungenannte[- ]empf(?:ä|ae)nger|recipient list suppressed)\b/i;

const NO_REPLY: RegExp[] = [
  /\b(?:please\s+)?do\s+not\s+(?:reply|respond)\s+(?:to\s+)?(?:this|the)\s+(?:e-?mail|message|notification|address)/i,
  /\bno\s+(?:response|reply|answer)\s+(?:is\s+)?(?:required|needed|necessary)\b/i,
  /\b(?:replies|responses)\s+to\s+this\s+(?:e-?mail|message|address)\s+(?:are|will)\s+not\s+(?:be\s+)?(?:read|monitored|answered)/i,
  /\bthis\s+(?:mailbox|e-?mail\s+address|address)\s+is\s+not\s+(?:monitored|attended)/i,
  /\bthis\s+is\s+an?\s+(?:automated|automatic|auto-generated|system-generated)\s+(?:e-?mail|message|notification|notice|reminder)/i,
  /\bthis\s+(?:e-?mail|message|notification)\s+(?:was|has\s+been|is)\s+(?:sent|generated)\s+automatically/i,
  /\bdit\s+is\s+een\s+automatisch(?:\s+(?:gegenereerd|verzonden|verstuurd|aangemaakt))?\s+(?:e-?mail)?(?:bericht|e-?mail|mail)/i,
  /\b(?:dit|deze)\s+(?:e-?mail|bericht|mail)\s+is\s+automatisch\s+(?:gegenereerd|verzonden|verstuurd|aangemaakt)/i,
  /\b(?:u|je)\s+kunt\s+niet\s+(?:op|naar)\s+(?:deze|dit)\s+(?:e-?mail|bericht|mail|adres)\s+(?:antwoorden|reageren|beantwoorden)/i,
  /\b(?:gelieve|graag|a\.u\.b\.?|alsjeblieft|alstublieft)?\s*niet\s+(?:te\s+)?(?:antwoorden|reageren)\s+op\s+(?:deze|dit)\s+(?:e-?mail|bericht|mail)/i,
  /\b(?:beantwoord|antwoord)\s+(?:deze|dit)\s+(?:e-?mail|bericht|mail)\s+niet\b/i,
  /\b(?:een\s+)?(?:reactie|antwoord)\s+is\s+niet\s+(?:nodig|noodzakelijk|vereist)\b/i,
];

/** An unsubscribe / afmelden instruction or link (not a question about it). */
const UNSUBSCRIBE: Array<{ test(text: string): boolean }> = [
  // (click, then the word within 40 characters: two patterns and a bounded scan, see followedWithin)
  followedWithin(/\b(?:click|klik|tap)\b/gi, 40, '.\n', /\b(?:unsubscribe|uitschrijven|uit te schrijven|afmelden|af te melden|opt[- ]out|abmelden)/iy),
  // "to unsubscribe", then a link or a way within 80 characters of the line that ask nothing
  followedWithin(
    /\b(?:to\s*|om\s+(?:(?:je|u|zich)\s*)?)(?:unsubscribe|af\s+te\s+melden|uit\s+te\s+schrijven|opt[- ]out)\b/gi,
    80,
    '?\n',
    /(?:https?:\/\/|www\.|mailto:|\bhere\b|\bhier\b|\bclick\b|\bklik\b|\bvisit\b|\bbezoek\b|\bsend\b|\breply\b|\bstuur\b|\bga\s+naar\b|\bgo\s+to\b)/iy,
  ),
  /^[ \t]*(?:[[<(][ \t]*)?(?:to\s+)?(?:unsubscribe|uitschrijven|afmelden|abmelden|opt[- ]out|manage\s+(?:your\s+)?(?:e-?mail\s+)?(?:preferences|subscriptions?))\b[^?\n]{0,60}$/im,
  /\b(?:unsubscribe|uitschrijven|afmelden|abmelden)\b[^?\n]{0,40}(?:https?:\/\/|mailto:)/i,
  /\b(?:no\s+longer\s+wish\s+to\s+receive|wish\s+to\s+be\s+removed\s+from|to\s+be\s+removed\s+from\s+(?:our|this|the)\s+(?:mailing\s+)?list)/i,
  /\b(?:wil(?:t)?\s+(?:u|je)\s+(?:deze|onze)\s+(?:e-?mails?|nieuwsbrief|berichten)\s+niet\s+(?:meer\s+)?ontvangen)/i,
  // "To stop receiving these issues, reply…", "To remove yourself from this guest list, click…"
  /\b(?:stop|cease)\s+receiving\s+(?:these|this|our|your|any|future|further)\b/i,
  /\bremove\s+(?:yourself|your\s+(?:name|address|e-?mail(?:\s+address)?))\s+from\s+(?:this|our|the|any)\b/i,
  /\bgeen\s+(?:e-?mails?|berichten|nieuwsbrie(?:f|ven)|mailings?|uitnodigingen)\s+meer\s+(?:te\s+)?ontvangen\b/i,
  /\b(?:verwijder|haal)\s+(?:mij|me|uzelf|jezelf|uw\s+adres|je\s+adres)\s+(?:uit|van)\s+(?:de|deze|onze)\s+(?:lijst|mailinglijst|verzendlijst|gastenlijst)/i,
];

const UNSUBSCRIBE_WORD = /unsubscribe|uitschrijven|uit te schrijven|afmelden|af te melden|abmelden|opt[- ]out|removed from|niet (?:meer )?ontvangen|meer (?:te )?ontvangen|preferences|subscriptions|receiv|remove (?:yourself|your)|lijst/i;

const MARKETING: RegExp[] = [
  /\b(?:you\s+are\s+receiving|you\s+(?:have\s+)?received|you're\s+receiving)\s+this\s+(?:e-?mail|message|newsletter|mail)\s+because\b/i,
  /\bthis\s+(?:e-?mail|message|newsletter)\s+was\s+sent\s+to:?\s+\S+@\S+/i,
  /\b(?:je|u)\s+ontvangt\s+(?:deze|dit)\s+(?:e-?mail|nieuwsbrief|bericht|mail)\s+(?:omdat|doordat)\b/i,
  /\b(?:je|u)\s+(?:hebt|heeft)\s+(?:deze|dit)\s+(?:e-?mail|nieuwsbrief|bericht|mail)\s+ontvangen\s+(?:omdat|doordat)\b/i,
  /\b(?:deze|dit)\s+(?:e-?mail|nieuwsbrief|bericht)\s+is\s+(?:verzonden|verstuurd|gestuurd)\s+(?:aan|naar):?\s+\S+@\S+/i,
  /\byour\s+(?:complimentary|free)\s+(?:subscription|copy|copies|issues?)\b|\b(?:uw|je|jouw)\s+gratis\s+(?:abonnement|proefnummers?|exemplaar)\b/i,
  /\badd\s+\S+(?:\s+\S+){0,3}\s+to\s+your\s+(?:address\s+book|contacts|safe\s+senders)/i,
  /\bvoeg\s+\S+(?:\s+\S+){0,3}\s+toe\s+aan\s+(?:je|uw)\s+(?:adresboek|contacten)/i,
  /\b(?:update|change|manage)\s+your\s+(?:e-?mail\s+)?(?:preferences|subscription|profile)\b/i,
  /\b(?:wijzig|beheer|pas)\s+(?:je|uw)\s+(?:e-?mail)?(?:voorkeuren|abonnement|profiel)\b/i,
];

const NEWSLETTER: RegExp[] = [
  /\bview\s+(?:this\s+(?:e-?mail|message|newsletter)\s+)?(?:in\s+(?:your|a)\s+(?:web\s+)?browser|online|as\s+a\s+web\s+page)\b/i,
  /\b(?:having\s+trouble|problems?|trouble)\s+viewing\s+this\s+(?:e-?mail|message|newsletter)/i,
  /\bbekijk\s+(?:deze|dit|de)\s+(?:e-?mail|nieuwsbrief|bericht|mail)\s+(?:online|in\s+(?:je|uw|de)\s+browser)/i,
  /\b(?:wordt|is)\s+(?:deze|dit)\s+(?:e-?mail|nieuwsbrief|bericht)\s+niet\s+(?:goed|juist|correct)\s+(?:weergegeven|zichtbaar)/i,
];

/** A heading of its own ("IN THIS ISSUE", "In deze editie:") in a text with several links. */
const ISSUE_HEADING = /^[ \t]*(?:in\s+this\s+issue|table\s+of\s+contents|in\s+deze\s+(?:editie|nieuwsbrief|uitgave)|inhoud(?:sopgave)?)[ \t]*(?::[ \t]*)?$/im;

/** Lines of the text that do not ask something: a question is a person writing about the footer. */
function statementLines(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/\?\s*$/.test(l))
    .join('\n');
}

/** Each line break with the blanks around it as one space, by a scan (the regex for it is quadratic on a run of blanks). */
function joinLines(text: string): string {
  const isBlank = (c: number) => c === 32 || c === 9;
  const lines = text.split('\n');
  return lines
    .map((l, i) => {
      let a = 0;
      let b = l.length;
      if (i > 0) while (a < b && isBlank(l.charCodeAt(a))) a++;
      if (i < lines.length - 1) while (b > a && isBlank(l.charCodeAt(b - 1))) b--;
      return l.slice(a, b);
    })
    .join(' ');
}

/** The text on one line, without the sentences that ask something. */
function statementSentences(text: string): string {
  return joinLines(text)
    .split(/(?<=[.!?])\s+/)
    .filter((s) => !/\?["”')]*$/.test(s.trim()))
    .join(' ');
}

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const SECTION_RULE = /^[ \t]*(?:[*=_~#-][ \t]*){5,}$/;

/** A newsletter pasted as text: many links spread over several sections of a long text. */
function looksLikeNewsletter(text: string): boolean {
  const links = new Set(text.match(URL) ?? []);
  if (links.size < 6) return false;
  const lines = text.split('\n');
  const rules = lines.filter((l) => SECTION_RULE.test(l)).length;
  const headings = lines.filter((l) => /^[ \t]*(?:\d+\.\s+)?[A-Z0-9][A-Z0-9 &'’,.:!-]{8,}$/.test(l) && /[A-Z]{3}/.test(l)).length;
  const words = text.split(/\s+/).length;
  return words >= 150 && rules + headings >= 4;
}

/**
 * Promotional and notification mail without a footer of the kinds above is told by several weaker signs
 * together, each counted once: calls to action ("Register now", "Klik hier"), a "copy the link into your
 * browser" line, a privacy policy or copyright line, a greeting to a mailing's readership ("Dear list member", "Beste
 * klant"; a greeting to a group, "Beste leden", is one sign only), many links, a "… has invited you" notice, a sender that is a newsletter mailbox or a mailing host.
 * Vendor, conference and press mail without any footer shows more of its form: mailing words (in the subject or
 * the text, one sign), a press-release dateline, the reader's address block above the greeting, a layout pasted
 * as text, a booking receipt, a mailing list in its own words, a sales pitch, a toll-free number.
 * One sign is a person writing ("Click here for the photos"); two different ones are a mailing.
 */
const CALLS_TO_ACTION: RegExp[] = [
  /\bclick(?:ing)?\s+(?:here|on\s+the\s+link|the\s+link|below)\b/i,
  /\b(?:register|sign\s+up|join|enroll|subscribe|order|book|buy|shop|act|apply)\s+(?:now|today)\b/i,
  /\bfree\s+(?:trial|issues?|subscription|demo|gift|shipping)\b/i,
  /\b(?:special|exclusive|limited[- ]time)\s+(?:offer|discount|deal|price)s?\b/i,
  /\b(?:learn|find\s+out|read)\s+more\s+(?:at|about|here|on|with)\b/i,
  /\bdon'?t\s+miss\s+(?:out|this|it|our)\b/i,
  /\bklik(?:t|ken)?\s+(?:hier|op\s+de\s+link|op\s+onderstaande)\b/i,
  /\b(?:meld|schrijf)\s+(?:je|u)\s+(?:nu|vandaag|direct|snel)\s+(?:aan|in)\b/i,
  /\b(?:bestel|boek|koop|reserveer|probeer)\s+(?:nu|vandaag|direct)\b/i,
  /\bgratis\s+(?:proef\w*|abonnement|demo|cadeau|verzending)\b/i,
  /\b(?:speciale?|exclusieve?|tijdelijke?)\s+(?:aanbieding|korting|actie|prijs)\w*\b/i,
  /\b(?:lees|ontdek)\s+(?:meer|het)\s+(?:op|via|hier)\b/i,
  /\bmis\s+(?:het|deze|dit)\s+niet\b/i,
  // surveys and announcements to a readership
  /\btake\s+(?:a|just\s+a)\s+(?:moment|minute|few\s+minutes)\s+to\s+(?:fill|complete|check|visit|review|look|take|answer|respond)\b/i,
  /\b(?:fill\s+(?:out|in)|complete)\s+(?:our|the|this|a)\s+(?:brief\s+|short\s+|quick\s+|online\s+)?(?:survey|questionnaire|feedback\s+form)\b/i,
  /\b(?:is|are|am)\s+(?:happy|pleased|proud|delighted|excited|thrilled)\s+to\s+(?:announce|introduce|present|launch|unveil)\b/i,
  /\b(?:neem|neemt)\s+(?:even\s+)?(?:een\s+)?(?:moment|minuutje|paar\s+minuten)\s+(?:de\s+)?tijd\s+(?:om|voor)\b/i,
  /\b(?:vul|invullen|invult)\b[^.\n]{0,30}\b(?:enqu[eê]te|vragenlijst|feedbackformulier)\b/i,
  /\b(?:zijn|is|ben)\s+(?:blij|trots|verheugd|enthousiast)\b[^.\n]{0,50}\b(?:aan\s+te\s+kondigen|aankondigen|te\s+presenteren|te\s+introduceren|te\s+lanceren)\b/i,
];
/** "copy and paste the link into your browser": the verb, then within 60 characters of the sentence where to paste. */
const COPY_LINK_PARTS = [
  followedWithin(/\b(?:copy|paste|copying|pasting)\b/gi, 60, '.\n', /\binto\s+(?:your|the)\s+(?:web\s+)?(?:browser|address\s+bar)/iy),
  followedWithin(/\b(?:kopieer|plak|kopi[eë]ren|plakken)\b/gi, 60, '.\n', /\bin\s+(?:je|uw|de)\s+(?:web)?browser/iy),
  /adresbalk/i,
];
const COPY_LINK = { test: (text: string) => COPY_LINK_PARTS.some((r) => r.test(text)) };
const PRIVACY = /\bprivacy\s+(?:policy|statement|notice)\b|\bprivacy(?:beleid|verklaring|statement)\b/i;
const COPYRIGHT = /\ball\s+rights\s+reserved\b|\balle\s+rechten\s+voorbehouden\b|(?:©|\(c\)|\bcopyright\b)\s*(?:19|20)\d\d\b|\b(?:is\s+a|are)\s+(?:registered\s+)?trademarks?\s+of\b|\bis\s+een\s+(?:geregistreerd|gedeponeerd)\s+(?:handels)?merk\b/i;
/** A greeting to a mailing's readership ("Dear valued customer", "Beste abonnee"): two signs on its own. */
const READERSHIP_GREETING = /^[ \t]*(?:dear|hello|hi)\s+(?:valued\s+(?:customer|customers|member|members|client|clients)|list\s+members?|subscribers?|customers?)(?=[ \t]*(?:[,:!]|$))|^[ \t]*(?:beste|geachte|hallo)\s+(?:klant|klanten|abonnee|abonnees|relatie|relaties|nieuwsbrieflezer|nieuwsbrieflezers)(?=[ \t]*(?:[,:!]|$))/im;
/** A greeting to a group ("Dear members", "Beste leden", "Dear students"): a club or a course writes so too; one sign. */
const GROUP_GREETING = /^[ \t]*(?:dear|hello|hi)\s+(?:members|readers|users|guests|students|participants|attendees|clients|alumni|representative\b[^,:!\n]{0,60})(?=[ \t]*(?:[,:!.]|$))|^[ \t]*(?:beste|geachte|hallo)\s+(?:lezer|lezers|lid|leden|gebruiker|gebruikers|deelnemer|deelnemers|cursist|cursisten|oud-leden|alumni|vertegenwoordiger\b[^,:!\n]{0,60})(?=[ \t]*(?:[,:!.]|$))/im;
const NOTICE = /\b(?:has|have)\s+(?:invited|sent|shared\s+\w+\s+with)\s+you\b|\byou(?:'re|\s+are)\s+invited\s+to\b|\b(?:heeft|hebben)\s+(?:je|u)\s+(?:uitgenodigd|\w+\s+gestuurd)\b|\bavailable\s+for\s+your\s+(?:review|approval|signature)\b|\b(?:awaiting|waiting\s+for)\s+your\s+(?:approval|review|action|signature)\b|\b(?:wacht|wachten)\s+op\s+(?:uw|je|jouw)\s+(?:goedkeuring|akkoord|beoordeling|handtekening)\b/i;
/** Images of a layout-heavy HTML mail in its plain-text part: "[image: logo]", "[cid:image001.png@…]", "[IMAGE]". */
const IMAGE_OPEN = /\[(?:image|img|cid|afbeelding)/gi;

/** How many "[image]" / "[image: …]" (at most 80 characters after the colon, one line) the text holds: a scan. */
function imagePlaceholders(text: string): number {
  let n = 0;
  IMAGE_OPEN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = IMAGE_OPEN.exec(text)); ) {
    const at = m.index + m[0].length;
    let close = text[at] === ']' ? at : -1;
    if (text[at] === ':') {
      const k = text.slice(at + 1, at + 82).search(/[\]\n]/);
      if (k >= 0 && text[at + 1 + k] === ']') close = at + 1 + k;
    }
    if (close >= 0) {
      n++;
      IMAGE_OPEN.lastIndex = close + 1;
    }
  }
  return n;
}
/** A newsletter mailbox ("news@", "specials@") or a mailing host ("email.shop.example", "offers.isp.example"). */
const BULK_LOCAL = /^(?:news|newsletters?|specials|offers|deals|promo|promotions?|marketing|mailer|mailings?|bulletin|updates?|alerts?|notifications?|notify|announce|announcements|info|events?|conferences?|registrations?|register|sales|webmaster|nieuwsbrief|aanbiedingen|acties|meldingen|evenementen|inschrijvingen?|verkoop)$/i;
const BULK_HOST_LABEL = /^(?:e-?mail|news|newsletters?|offers|promo|marketing|mailings?|lists?|bulk)$/i;

function bulkSender(from: string): boolean {
  // a word of the mailbox name: news@, specials@, shop_updates@, alerts.billing@, info@
  const local = from.slice(0, from.lastIndexOf('@')).toLowerCase();
  if (local.split(/[._+-]/).some((w) => BULK_LOCAL.test(w))) return true;
  // a label in front of the organisation's own domain: email.shop.example, but not shop.example itself
  const labels = from.slice(from.lastIndexOf('@') + 1).toLowerCase().split('.');
  if (labels.slice(0, -2).some((l) => BULK_HOST_LABEL.test(l))) return true;
  // the mailbox named after the organisation itself (publisher@publisher.example): no person's name
  return labels.length >= 2 && local === labels[labels.length - 2];
}

/**
 * Promotional vocabulary: prices and savings, early-bird rates, calls for papers, press releases ("save up to
 * 60%", "lowest fares", "bespaar tot", "30% korting", "persbericht").
 */
const PROMO_WORDS = /\bsave\s+up\s+to\b|\b\d{1,2}\s?%\s+(?:off|savings?)\b|\b(?:best|lowest|lower|great|special)\s+(?:deals?|fares?|prices?|rates?)\b|\bearly[- ]bird\b|\bcall\s+for\s+(?:papers|abstracts|speakers|proposals|participation)\b|\bfor\s+immediate\s+release\b|\b(?:announces?|inform\s+you\s+of|introduces?)\s+(?:the\s+)?(?:new\s+)?(?:release|launch|availability)\s+of\b|\bone\s+of\s+the\s+(?:fastest[- ]growing|leading|largest|premier)\s+\w+|\b(?:één|een)\s+van\s+de\s+(?:snelst\s+groeiende|grootste|toonaangevende)\s+\w+|\bbespaar\s+(?:tot|nu|direct)\b|\b\d{1,2}\s?%\s+korting\b|\b(?:laagste|scherpste|beste)\s+(?:prijs|prijzen|tarieven?)\b|\bvroegboek\w*|\bpersbericht\b|\bkondigt\s+(?:vandaag\s+)?(?:de\s+)?(?:lancering|introductie|release)\s+(?:aan\s+)?van\b/i;
/** A subject of a mailing: a call for papers, a newsletter or an edition, a press release, a webinar, an offer. */
const BULK_SUBJECT = /\bcall\s+for\s+(?:papers|abstracts|speakers|proposals)\b|\bnews-?letter\b|\bnieuwsbrief\b|\b(?:today'?s|daily|weekly|monthly)\s+edition\b|\bpress\s+release\b|\bpersbericht\b|\bwebinar\b|\bspecial\s+offer\b|\baanbieding\w*|\bfree\s+trial\b|\bgratis\s+proef\w*|\b\d{1,2}\s?%\s+(?:off|korting)\b/i;
/** A press release's dateline: "Dulles, VA -- January 25, 2002", "AMSTERDAM, 12 maart 2026 –". */
const DATELINE = /^[ \t]*[A-Z][A-Za-z.]{1,20}(?:[ \t][A-Z][A-Za-z.]{1,20}){0,2},[ \t]*(?:[A-Z][A-Za-z.]{1,14}[ \t]*)?(?:--|—|–)[ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|^[ \t]*[A-Z][A-Za-z]{1,20},?[ \t]+\d{1,2}[ \t]+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)[ \t]+\d{4}[ \t]*(?:--|—|–|-)/m;
/** A line of letter-spaced capitals ("C A L L   F O R   P A P E R S") or one centred far in: a layout pasted as text. */
const SPACED_LETTERS = /^[ \t]*(?:[A-Z0-9][ \t]{1,3}){4}[A-Z0-9]/;
const CENTRED = /^[ \t]{16,}\S/;
/**
 * A mailing list in its own words: "we will be e-mailing you periodically", "alumni who aren't receiving our
 * e-mails", "we apologize if you have received this email multiple times", "u ontvangt regelmatig onze nieuwsbrief".
 */
const MAILING_WORDS = /\b(?:e-?mailing|sending|send|write\s+to)\s+you\s+(?:periodically|regularly|occasionally|monthly|weekly)\b|\breceiving\s+our\s+(?:e-?mails|newsletters?|mailings?|updates)\b|\bour\s+(?:e-?mail|mailing)\s+(?:list|data\s?base)\b|\breceived\s+this\s+(?:e-?mail|message)\s+(?:multiple\s+times|more\s+than\s+once|twice)\b|\b(?:onze|de)\s+(?:mailinglijst|verzendlijst)\b|\b(?:regelmatig|periodiek|maandelijks|wekelijks)\s+(?:een\s+)?(?:e-?mail|nieuwsbrief|bericht)\b|\b(?:dit|deze)\s+(?:e-?mail|bericht)\s+(?:meerdere\s+keren|dubbel)\s+ontvangen\b/i;
/** A sales pitch to a prospect: "consider our service", "refer us to a colleague", "maak kennis met onze diensten". */
const PITCH = /\b(?:consider(?:ing)?|discuss|try(?:ing)?|about)\s+our\s+(?:services?|products?|solutions?|offerings?)\b|\brefer\s+us\s+to\b|\b(?:kennis\s+(?:te\s+)?maken|kennismaken)\s+met\s+(?:onze|ons)\s+(?:diensten|producten|oplossingen|aanbod)\b|\b(?:onze|ons)\s+(?:diensten|producten|oplossingen|aanbod)\s+(?:te\s+)?(?:overwegen|proberen|bespreken)\b/i;
/** A toll-free or premium service number (1-800-…, 0800-…, 0900-…): an organisation's line, not a person's. */
const SERVICE_NUMBER = /\b1[- .]?8(?:00|88|77|66)[- .]?[0-9A-Z]{3}[- .]?[0-9A-Z]{4}\b|\b0[89]00[- ]?\d{4}\b/;
/**
 * A letter head of a form letter: three or more short lines (name, title, company, street, city) right above the
 * greeting at the top ("Mr. Vincent J. Kaminski / Managing Director / Enron … / Dear Mr. Kaminski:").
 */
function letterHead(lines: string[]): boolean {
  const top = lines.map((l) => l.trim()).filter((l) => l !== '').slice(0, 12);
  const at = top.findIndex((l) => /^(?:dear|geachte|beste)\s/i.test(l));
  if (at < 3) return false;
  return top.slice(0, at).filter((l) => l.length <= 60 && !/[?!:;,]$/.test(l)).length >= 3;
}
/** A booking or ticket receipt ("ETKT RECEIPT", "BOOKING REF", "reserveringsnummer"). */
const RECEIPT = /\b(?:e-?ticket|etkt)\s+(?:receipt|number)\b|\bbooking\s+ref(?:erence)?\b|\breservation\s+(?:confirmed|number)\b|\bconfirmation\s+(?:number|code)\b|\b(?:boekings|reserverings|bevestigings)(?:nummer|code)\b/i;

/** A layout pasted as text: several letter-spaced or centred lines, or a block of capitals (a ticket, a form). */
function pastedLayout(lines: string[]): boolean {
  const laidOut = lines.filter((l) => SPACED_LETTERS.test(l) || CENTRED.test(l)).length;
  const capitals = lines.filter((l) => /[A-Z]{2}/.test(l) && !/[a-z]/.test(l) && l.trim().split(/\s+/).length >= 2).length;
  return laidOut >= 3 || capitals >= 8;
}

/** The signs of a mailing in the author's text (statement lines only), each named once; a readership greeting twice. */
export function promotionalSigns(text: string, from?: string, subject?: string): string[] {
  const signs: string[] = [];
  const ctas = CALLS_TO_ACTION.filter((r) => r.test(text)).length;
  for (let i = 0; i < Math.min(ctas, 2); i++) signs.push('call-to-action');
  if (COPY_LINK.test(text)) signs.push('copy-link');
  if (PRIVACY.test(text)) signs.push('privacy');
  if (COPYRIGHT.test(text)) signs.push('copyright');
  if (READERSHIP_GREETING.test(text)) signs.push('readership', 'readership');
  else if (GROUP_GREETING.test(text)) signs.push('group-greeting');
  if (NOTICE.test(text)) signs.push('notice');
  if (new Set(text.match(URL) ?? []).size >= 5) signs.push('links');
  if (imagePlaceholders(text) >= 3) signs.push('images');
  if (from && bulkSender(from)) signs.push('sender');
  // the words of a mailing in its subject or its text: one sign (a person writes "call for papers" in both)
  if (PROMO_WORDS.test(text) || (subject !== undefined && BULK_SUBJECT.test(subject))) signs.push('promo-words');
  if (DATELINE.test(text)) signs.push('dateline');
  if (RECEIPT.test(text)) signs.push('receipt');
  if (MAILING_WORDS.test(text)) signs.push('mailing-words');
  if (SERVICE_NUMBER.test(text)) signs.push('service-number');
  if (PITCH.test(text)) signs.push('pitch');
  const lines = text.split('\n');
  if (pastedLayout(lines)) signs.push('layout');
  if (letterHead(lines)) signs.push('letter-head');
  return signs;
}

export function bulkReason(input: BulkInput): false | string {
  if (input.toRaw && UNDISCLOSED.test(input.toRaw)) return 'undisclosed-recipients';
  // a free-mail service's ad ("Join the world's largest e-mail service… Click Here") is not the author's mailing
  const text = withoutMailAds(input.own);
  const own = statementLines(text);
  const flat = statementSentences(text);
  if (NO_REPLY.some((r) => r.test(flat))) return 'no-reply-notice';
  // the instruction must stand in a sentence that asks nothing ("How do I unsubscribe my colleague?" does)
  if (UNSUBSCRIBE_WORD.test(flat) && UNSUBSCRIBE.some((r) => r.test(own))) return 'unsubscribe';
  if (MARKETING.some((r) => r.test(flat))) return 'marketing-footer';
  if (NEWSLETTER.some((r) => r.test(flat)) || looksLikeNewsletter(text)) return 'newsletter';
  if (ISSUE_HEADING.test(text) && new Set(text.match(URL) ?? []).size >= 3) return 'newsletter';
  if (promotionalSigns(own, input.from, input.subject).length >= 2) return 'promotional';
  return false;
}
