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
  /\b(?:to\s*|om\s+(?:(?:je|u|zich)\s*)?)(?:unsubscribe|af\s+te\s+melden|uit\s+te\s+schrijven|opt[- ]out)\b[^?\n]{0,80}(?:https?:\/\/|www\.|mailto:|\bhere\b|\bhier\b|\bclick\b|\bklik\b|\bvisit\b|\bbezoek\b|\bsend\b|\breply\b|\bstuur\b|\bga\s+naar\b|\bgo\s+to\b)/i,
  /^[ \t]*(?:[[<(][ \t]*)?(?:to\s+)?(?:unsubscribe|uitschrijven|afmelden|abmelden|opt[- ]out|manage\s+(?:your\s+)?(?:e-?mail\s+)?(?:preferences|subscriptions?))\b[^?\n]{0,60}$/im,
  /\b(?:unsubscribe|uitschrijven|afmelden|abmelden)\b[^?\n]{0,40}(?:https?:\/\/|mailto:)/i,
  /\b(?:no\s+longer\s+wish\s+to\s+receive|wish\s+to\s+be\s+removed\s+from|to\s+be\s+removed\s+from\s+(?:our|this|the)\s+(?:mailing\s+)?list)/i,
  /\b(?:wil(?:t)?\s+(?:u|je)\s+(?:deze|onze)\s+(?:e-?mails?|nieuwsbrief|berichten)\s+niet\s+(?:meer\s+)?ontvangen)/i,
];

const UNSUBSCRIBE_WORD = /unsubscribe|uitschrijven|uit te schrijven|afmelden|af te melden|abmelden|opt[- ]out|removed from|niet (?:meer )?ontvangen|preferences|subscriptions/i;

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
  return false;
}
