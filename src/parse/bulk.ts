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

export interface BulkInput {
  /** The author's own text: new text, signature and disclaimer. */
  own: string;
  /** The To header as written (an empty group such as "undisclosed-recipients:;" leaves no address). */
  toRaw?: string;
  /** The sender's address (a mailing host or a newsletter mailbox is one sign among others). */
  from?: string;
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
  /\b(?:stop|cease)\s+receiving\s+(?:these|this|our|future|further)\b/i,
  /\bremove\s+(?:yourself|your\s+(?:name|address|e-?mail(?:\s+address)?))\s+from\s+(?:this|our|the|any)\b/i,
  /\bgeen\s+(?:e-?mails?|berichten|nieuwsbrie(?:f|ven)|mailings?|uitnodigingen)\s+meer\s+(?:te\s+)?ontvangen\b/i,
  /\b(?:verwijder|haal)\s+(?:mij|me|uzelf|jezelf|uw\s+adres|je\s+adres)\s+(?:uit|van)\s+(?:de|deze|onze)\s+(?:lijst|mailinglijst|verzendlijst|gastenlijst)/i,
];

const UNSUBSCRIBE_WORD = /unsubscribe|uitschrijven|uit te schrijven|afmelden|af te melden|abmelden|opt[- ]out|removed from|niet (?:meer )?ontvangen|meer (?:te )?ontvangen|preferences|subscriptions|receiv|remove (?:yourself|your)|lijst/i;

const MARKETING: RegExp[] = [
  /\b(?:you\s+are\s+receiving|you\s+received|you're\s+receiving)\s+this\s+(?:e-?mail|message|newsletter|mail)\s+because\b/i,
  /\bthis\s+(?:e-?mail|message|newsletter)\s+was\s+sent\s+to\s+\S+@\S+/i,
  /\b(?:je|u)\s+ontvangt\s+(?:deze|dit)\s+(?:e-?mail|nieuwsbrief|bericht|mail)\s+(?:omdat|doordat)\b/i,
  /\b(?:deze|dit)\s+(?:e-?mail|nieuwsbrief|bericht)\s+is\s+(?:verzonden|verstuurd|gestuurd)\s+(?:aan|naar)\s+\S+@\S+/i,
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
 * One sign is a person writing ("Click here for the photos"); two different ones are a mailing.
 */
const CALLS_TO_ACTION: RegExp[] = [
  /\bclick\s+(?:here|on\s+the\s+link|the\s+link|below)\b/i,
  /\b(?:register|sign\s+up|join|enroll|subscribe|order|book|buy|shop|act|apply)\s+(?:now|today)\b/i,
  /\bfree\s+(?:trial|issues?|subscription|demo|gift|shipping)\b/i,
  /\b(?:special|exclusive|limited[- ]time)\s+(?:offer|discount|deal|price)s?\b/i,
  /\b(?:learn|find\s+out|read)\s+more\s+(?:at|about|here|on)\b/i,
  /\bdon'?t\s+miss\s+(?:out|this|it|our)\b/i,
  /\bklik\s+(?:hier|op\s+de\s+link|op\s+onderstaande)\b/i,
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
const COPYRIGHT = /\ball\s+rights\s+reserved\b|\balle\s+rechten\s+voorbehouden\b|(?:©|\(c\)|\bcopyright\b)\s*(?:19|20)\d\d\b/i;
/** A greeting to a mailing's readership ("Dear valued customer", "Beste abonnee"): two signs on its own. */
const READERSHIP_GREETING = /^[ \t]*(?:dear|hello|hi)\s+(?:valued\s+(?:customer|customers|member|members|client|clients)|list\s+members?|subscribers?|customers?)(?=[ \t]*(?:[,:!]|$))|^[ \t]*(?:beste|geachte|hallo)\s+(?:klant|klanten|abonnee|abonnees|relatie|relaties|nieuwsbrieflezer|nieuwsbrieflezers)(?=[ \t]*(?:[,:!]|$))/im;
/** A greeting to a group ("Dear members", "Beste leden", "Dear students"): a club or a course writes so too; one sign. */
const GROUP_GREETING = /^[ \t]*(?:dear|hello|hi)\s+(?:members|readers|users|guests|students|participants|attendees|clients)(?=[ \t]*(?:[,:!]|$))|^[ \t]*(?:beste|geachte|hallo)\s+(?:lezer|lezers|lid|leden|gebruiker|gebruikers|deelnemer|deelnemers|cursist|cursisten)(?=[ \t]*(?:[,:!]|$))/im;
const NOTICE = /\b(?:has|have)\s+(?:invited|sent|shared\s+\w+\s+with)\s+you\b|\byou(?:'re|\s+are)\s+invited\s+to\b|\b(?:heeft|hebben)\s+(?:je|u)\s+(?:uitgenodigd|\w+\s+gestuurd)\b|\bare\s+(?:now\s+)?available\s+for\s+your\s+review\b/i;
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
const BULK_LOCAL = /^(?:news|newsletters?|specials|offers|deals|promo|promotions?|marketing|mailer|mailings?|bulletin|updates?|alerts?|notifications?|notify|announce|announcements|nieuwsbrief|aanbiedingen|acties|meldingen)$/i;
const BULK_HOST_LABEL = /^(?:e-?mail|news|newsletters?|offers|promo|marketing|mailings?|lists?|bulk)$/i;

function bulkSender(from: string): boolean {
  // a word of the mailbox name: news@, specials@, shop_updates@, alerts.billing@
  if (from.slice(0, from.lastIndexOf('@')).split(/[._+-]/).some((w) => BULK_LOCAL.test(w))) return true;
  // a label in front of the organisation's own domain: email.shop.example, but not shop.example itself
  const labels = from.slice(from.lastIndexOf('@') + 1).split('.');
  return labels.slice(0, -2).some((l) => BULK_HOST_LABEL.test(l));
}

function promotionalSigns(text: string, from: string | undefined): number {
  const ctas = CALLS_TO_ACTION.filter((r) => r.test(text)).length;
  let signs = Math.min(ctas, 2);
  if (COPY_LINK.test(text)) signs++;
  if (PRIVACY.test(text)) signs++;
  if (COPYRIGHT.test(text)) signs++;
  if (READERSHIP_GREETING.test(text)) signs += 2;
  else if (GROUP_GREETING.test(text)) signs++;
  if (NOTICE.test(text)) signs++;
  if (new Set(text.match(URL) ?? []).size >= 5) signs++;
  if (imagePlaceholders(text) >= 3) signs++;
  if (from && bulkSender(from)) signs++;
  return signs;
}

export function bulkReason(input: BulkInput): false | string {
  if (input.toRaw && UNDISCLOSED.test(input.toRaw)) return 'undisclosed-recipients';
  const own = statementLines(input.own);
  const flat = statementSentences(input.own);
  if (NO_REPLY.some((r) => r.test(flat))) return 'no-reply-notice';
  // the instruction must stand in a sentence that asks nothing ("How do I unsubscribe my colleague?" does)
  if (UNSUBSCRIBE_WORD.test(flat) && UNSUBSCRIBE.some((r) => r.test(own))) return 'unsubscribe';
  if (MARKETING.some((r) => r.test(flat))) return 'marketing-footer';
  if (NEWSLETTER.some((r) => r.test(flat)) || looksLikeNewsletter(input.own)) return 'newsletter';
  if (ISSUE_HEADING.test(input.own) && new Set(input.own.match(URL) ?? []).size >= 3) return 'newsletter';
  if (promotionalSigns(own, input.from) >= 2) return 'promotional';
  return false;
}
