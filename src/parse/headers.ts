/**
 * Reply and forward headers inside a body: the lines that say "what follows is earlier mail".
 *
 *  - separators: "-----Original Message-----" and its variants, forward markers, Lotus Notes'
 *    "----- Forwarded by Name/ORG on 03/14/2001 09:05 AM -----";
 *  - header blocks: Outlook/Exchange "From:/Sent:/To:/Subject:" in nl/en/de (and a few more), Hotmail's
 *    "Date:/Subject:/From:", Lotus Notes' "Name" / "04/02/2001 11:45 AM" / "To:" / "cc:" / "Subject:" (also
 *    "Name <addr> on 04/23/2001 12:37:55 PM", "From: Name  04/02/2001 11:45 AM", an organisation line above);
 *  - attribution lines: "On … wrote:", "Op … schreef …:", "Am … schrieb …:", "Jan wrote:", Apple Mail's
 *    "… het volgende geschreven:", wrapped over up to three lines.
 *
 * Prose that looks alike ("Vorige week schreef ik u al:", "As I wrote yesterday:", "Here is what Jan wrote:",
 * "From: the moment we signed, …") is not a header.
 */

import { stripEdges } from '../text/scan.js';

export const QUOTED = /^[ \t]*>/;
const MAX_HEADER_LINE = 400;

export interface Header {
  /** Index of the first line of the header (an organisation or rule line above it included). */
  start: number;
  /** Index of the line after the header. */
  end: number;
  /** 'cut': everything below is quoted. 'attribution': quoted only if `>` lines follow. */
  kind: 'cut' | 'attribution';
}

export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** Separator lines that start quoted or forwarded mail. */
const SEPARATOR = new RegExp(
  '^[ \\t]*(?:' +
    [
      // -----Original Message----- / -----Oorspronkelijk bericht----- / ---------- Forwarded message ---------
      '[-=_*]{2,}[ \\t]*(?:original message|oorspronkelijk bericht|origineel bericht|forwarded message|doorgestuurd bericht|' +
        "message d'origine|message transféré|ursprüngliche nachricht|weitergeleitete nachricht|mensaje original|messaggio originale)[ \\t]*[-=_*]{2,}[ \\t]*$",
      // Apple Mail / others, without dashes
      '(?:begin forwarded message|begin doorgestuurd bericht|doorgestuurd bericht|forwarded message|original message|oorspronkelijk bericht)[ \\t]*(?::[ \\t]*)?$',
      // Lotus Notes: "---------------------- Forwarded by Jan de Vries/ORG on 03/14/2001 09:05 AM ---------------------------"
      // (the rest of the line, dashes and blanks included, is the one `.*`: two runs side by side would backtrack)
      '-{2,}[ \\t]*(?:forwarded by|doorgestuurd door|weitergeleitet von)[ \\t]+\\S.*$',
    ].join('|') +
    ')',
  'i',
);

/** A horizontal line (Outlook puts one above its header block; html-to-text renders <hr> as dashes). */
export const RULE_LINE = /^[ \t]*(?:_{5,}|-{5,}|—{3,}|={5,})[ \t]*$/;

/**
 * Field names of Outlook-style header blocks, optionally bold ("*From:*") after HTML conversion. The blanks after the
 * name are one run, or two around the closing stars (`[ \t]*\*{0,2}[ \t]*` would split a run of blanks n ways).
 */
const FIELD =
  /^[ \t]*\*{0,2}(from|van|von|de|da|från|sent|verzonden|verstuurd|gesendet|envoyé|enviado|inviato|skickat|date|datum|data|fecha|to|aan|an|à|a|para|till|cc|bcc|subject|onderwerp|betreff|objet|asunto|oggetto|ämne|reply-to|antwoord aan|risposta|sent by|importance|urgentie|wichtigkeit|priority)[ \t\u00A0]*(?:\*{1,2}[ \t\u00A0]*)?:/i;
const FROM_FIELD = /^[ \t]*\*{0,2}(from|van|von|de|da|från)[ \t\u00A0]*(?:\*{1,2}[ \t\u00A0]*)?:[ \t]*(\S.*)$/i;
const TO_FIELD = /^[ \t]*\*{0,2}(to|aan|an|à|a|para|till)[ \t\u00A0]*(?:\*{1,2}[ \t\u00A0]*)?:/i;
const SUBJECT_OR_CC = /^[ \t]*\*{0,2}(cc|bcc|subject|onderwerp|betreff|objet|asunto|oggetto|ämne)[ \t\u00A0]*(?:\*{1,2}[ \t\u00A0]*)?:/i;

/** A sender that reads like a sentence ("From: the moment we signed, nothing happened.") is prose. */
function proseValue(value: string): boolean {
  if (/@|\[mailto:|<[^<>]*>/.test(value)) return false;
  const words = value.trim().split(/\s+/);
  return (/[.!?]["”')]*$/.test(value.trim()) && !/\b(?:corp|inc|ltd|co|bv|b\.v|nv|n\.v|gmbh)\.$/i.test(value.trim())) || words.length > 9 || /^[a-z]/.test(value.trim());
}

/** An Outlook-style block at i: a From/Van line plus at least one more field within the next lines. */
function outlookBlockAt(lines: string[], i: number): boolean {
  const from = FROM_FIELD.exec(lines[i]);
  if (!from || proseValue(from[2])) return false;
  let fields = 0;
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < 6; j++) {
    if (isBlank(lines[j])) continue;
    seen++;
    if (FIELD.test(lines[j])) fields++;
    else if (seen === 1 && /^[ \t]*[[<(]?\S+@\S+/.test(lines[j])) continue; // address wrapped onto its own line
    else break;
  }
  return fields >= 1 && (fields >= 2 || /@|\[mailto:/.test(lines[i]) || seen <= 2);
}

/** A header block that does not start with From (Hotmail: "Date:/Subject:/From:/To:"): 3+ fields in a row, one of them From. */
function fieldRunAt(lines: string[], i: number): boolean {
  if (!FIELD.test(lines[i])) return false;
  let fields = 0;
  let from = false;
  for (let j = i; j < lines.length && j < i + 8; j++) {
    if (isBlank(lines[j])) continue;
    if (!FIELD.test(lines[j])) break;
    fields++;
    if (FROM_FIELD.test(lines[j])) from = true;
  }
  return fields >= 3 && from;
}

// --- Lotus Notes ------------------------------------------------------------------------------

/** "04/02/2001 11:45 AM", "18/04/2001 08:22", "04/23/2001 12:37:55 PM", "26/05/2001 15:37 CDT". */
const NOTES_DATE = '\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}[ \\t]+\\d{1,2}:\\d{2}(?::\\d{2})?(?:[ \\t]*[AaPp]\\.?[Mm]\\.?)?(?:[ \\t]+[A-Z]{2,5})?';
const NOTES_DATE_LINE = new RegExp(`^[ \\t]*${NOTES_DATE}[ \\t]*$`);
/** A Notes date that ends a line, after a blank. */
const NOTES_DATE_END = new RegExp(`[ \\t]${NOTES_DATE}[ \\t]*$`, 'i');
const FROM_KEY = /^(?:from|van|von):/i;
const BLANKS = ' \t';

/**
 * The sender of "Jan de Vries <jan@x> on 04/23/2001 12:37:55 PM", "From:  Jan de Vries   04/02/2001 11:45 AM": the
 * text between an optional "…From:" and the date, without a closing "on"/"op"/"am". (As one pattern, with the lazy
 * parts on both sides of the blanks, it backtracked cubically on a line of blanks and "van:".)
 */
function notesSender(line: string): string | undefined {
  const date = NOTES_DATE_END.exec(line);
  if (!date) return undefined;
  const p = stripEdges(line.slice(0, date.index), BLANKS);
  if (!/^\S/.test(p)) return undefined;
  // where the sender may start: after the first "From:" that follows a blank, else after a leading "From:", else at 0
  const starts: number[] = [];
  const key = /[ \t](?:from|van|von):/gi;
  for (let k: RegExpExecArray | null; (k = key.exec(p)); key.lastIndex = k.index + 1) if (k.index >= 1) starts.push(k.index + k[0].length);
  if (FROM_KEY.test(p)) starts.push(p.indexOf(':') + 1);
  starts.push(0);
  for (const at of starts) {
    const rest = stripEdges(p.slice(at), BLANKS, null);
    if (!/^\S/.test(rest)) continue;
    const on = /[ \t](?:on|op|am)$/i.exec(rest);
    return on ? stripEdges(rest.slice(0, on.index), null, BLANKS) : rest;
  }
  return undefined;
}
/** "… on 04/23/2001 09:33:00" with "AM" wrapped onto the next line. */
const NOTES_WRAPPED_AMPM = /^[ \t]*[AaPp]\.?[Mm]\.?[ \t]*$/;
/** Lines Lotus puts between the sender and To: "Sent by: …", "Please respond to …". */
const NOTES_EXTRA = /^[ \t]*(?:sent by:|please respond to\b|reply to:)/i;

/** A sender line: a name, "Name/ORG@ORG", "Name <addr>" — short, no sentence. */
function senderLike(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 200 || FIELD.test(t)) return false;
  if (/[.!?:;]$/.test(t) && !/\b(?:corp|inc|ltd|co|jr|sr)\.$/i.test(t)) return false;
  if (/@|\//.test(t)) return t.split(/\s+/).length <= 12;
  if (t.length > 80) return false;
  return t.split(/\s+/).length <= 6 && /^["'(]?\p{Lu}/u.test(t);
}

/** After a Lotus sender/date: within a few lines a To: field, then cc:/Subject:. Returns the index after To:, or -1. */
function notesFieldsFrom(lines: string[], from: number): number {
  let seen = 0;
  for (let j = from; j < lines.length && seen < 4; j++) {
    if (isBlank(lines[j])) continue;
    seen++;
    if (NOTES_EXTRA.test(lines[j])) continue;
    if (!TO_FIELD.test(lines[j])) return -1;
    // To: may wrap over several lines; cc:/Subject: follows within a few
    for (let k = j + 1, s2 = 0; k < lines.length && s2 < 6; k++) {
      if (isBlank(lines[k])) continue;
      s2++;
      if (SUBJECT_OR_CC.test(lines[k])) return j + 1;
    }
    return -1;
  }
  return -1;
}

/** A Lotus Notes reply/forward header starting at i (the sender line). */
function notesBlockAt(lines: string[], i: number): boolean {
  const line = lines[i];
  const sender = notesSender(line);
  if (sender !== undefined && senderLike(sender)) {
    let next = i + 1;
    if (NOTES_WRAPPED_AMPM.test(lines[next] ?? '')) next++;
    return notesFieldsFrom(lines, next) > 0;
  }
  if (!senderLike(line)) return false;
  // the date on the next line (a blank line between is allowed)
  let j = i + 1;
  if (isBlank(lines[j])) j++;
  if (!NOTES_DATE_LINE.test(lines[j] ?? '')) return false;
  return notesFieldsFrom(lines, j + 1) > 0;
}

/** An organisation line above a Lotus header ("Enron North America Corp."): short, no sentence, Title Case. */
function organisationLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 60 || /[!?:;,]$/.test(t)) return false;
  if (/\.$/.test(t) && !/\b(?:corp|inc|ltd|co|b\.v|n\.v)\.$/i.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length <= 6 && words.every((w) => /^[\p{Lu}\d&(]/u.test(w) || /^(?:of|and|en|van|der|de|&)$/i.test(w));
}

// --- attribution lines ------------------------------------------------------------------------

/** Verbs that end an attribution line: "… wrote:", "… het volgende geschreven:". */
const VERB_COLON_END =
  /(?:\bwrote|\bwrites|\bschreef|\bgeschreven|\bschrieb|a écrit|\bescribió|ha scritto|\bskrev|\bescreveu|napisał\(a\)|napisał|\bpisze|kirjoitti)[ \t\u00A0]*:[ \t\u00A0]*$/i;
/** Verbs the name may follow: "Op 2 maart 2026 schreef Jan de Vries <jan@x>:". */
const VERB_THEN_NAME = /\b(?:schreef|schrieb|skrev)\s/i;
const COLON_END = /:[ \t\u00A0]*$/;

/**
 * "… wrote:", "… schreef …:": the line ends in a colon right after the verb, or (schreef, schrieb, skrev) anywhere after
 * it. Two searches: as one pattern (`\bschreef(?:\s.*)?[ \t]*:`) every verb of a long line was tried to its end.
 */
function endsInAttributionVerb(line: string): boolean {
  if (VERB_COLON_END.test(line)) return true;
  const verb = VERB_THEN_NAME.exec(line);
  const colon = verb && COLON_END.exec(line);
  return !!colon && colon.index >= verb.index + verb[0].length;
}
/** The verb alone, to find where the name ends: "Jan de Vries wrote:" → "Jan de Vries". */
const ATTRIBUTION_VERB = /\b(?:wrote|writes|schreef|geschreven|schrieb|a écrit|escribió|ha scritto|skrev|escreveu)\b/i;
/** The same verbs between dashes and without a colon: "---- On Tue, … Jan <jan@…> wrote ----" (Zoho). */
const DASHED_ATTRIBUTION = /^[ \t]*--.*\b(?:wrote|schreef|geschreven|schrieb|a écrit)[ \t]*-{2,}[ \t]*$/i;
/** Lines that may open an attribution that a client wrapped over two or three lines. */
const ATTRIBUTION_START = /^[ \t]*(?:(?:on|op|le|am|el|il|em|den|w dniu|dnia)\s|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b)|<[^<>\s]*@[^<>\s]*>?|<$/i;
/**
 * Date-first headers: "2016-03-03 12:00 GMT+01:00 Jan <jan@example.com>:" (Gmail) and
 * "2013/7/20 Jan via List <list@example.com>" (older Gmail, no colon). The first word holds a year (a look-ahead, not
 * `\S*\d{4}\S*`, which splits a long word many ways); the address's local part has no "@".
 */
const DATE_ADDRESS_HEADER = /^[ \t]*(?:(?=\S*\d{4})\S+\s.*<[^<>\s@]+@[^<>\s]+>\s*:|\d{4}[-/]\d{1,2}[-/]\d{1,2}\s.*<[^<>\s@]+@[^<>\s]+>)[ \t]*$/;

/** Openers that make an attribution likely ("On …", "Op …", "Le …"). */
const ATTRIBUTION_OPENER = /^[ \t]*(?:on|op|le|am|el|il|em|den|w dniu|dnia)\s/i;
/** Pronouns of body prose ("Vorige week schreef ik u het volgende:", "On Monday I wrote:"). */
const PROSE_PRONOUN = /\b(?:ik|wij|we|je|jij|jullie|you|he|she|they|ich|wir|u|i)\b(?![.'’])/i;
/** Words that open prose, never a name: "Zoals Jan schreef:", "Here is what Jan wrote:", "As Jan wrote:". */
const PROSE_OPENER = /^[ \t]*(?:zoals|as|like|here|hier|this|dit|that|dat|what|wat|also|ook|then|dan|toen|so|and|en|but|maar|wie|who|wo|wie|als|when|wanneer|because|omdat|my|mijn|our|onze|ons|your|jouw|uw|his|her|zijn|haar|the|de|het|een|a|an)\b/i;
/** Name particles that may be lower case inside a name: "Jan de Vries", "Ludwig van Beethoven". */
const NAME_PARTICLE = /^(?:de|van|der|den|het|ter|ten|te|von|zu|le|la|du|da|di|dos|del|bin|al|el|'t|via)$/i;

/** "Jan de Vries", "\"Vries, Jan\"", "jan.devries@…": a name before the verb. */
function nameLike(text: string): boolean {
  const t = stripEdges(text.trim(), `"'(`, `"')`);
  if (t === '' || PROSE_OPENER.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 6) return false;
  return words.every((w) => /^[\p{Lu}"'(]/u.test(w) || NAME_PARTICLE.test(w) || /@/.test(w) || /^[(\[]/.test(w));
}

/**
 * A line ending in "wrote:"/"schreef:" is a header when it carries a clock time, a year or an address; else when it
 * opens like one ("On …", "Op …") or names a day without the pronouns of prose ("Op vrijdag schreef ik u:"); else
 * when it is a short "Jan de Vries wrote:" whose words before the verb are a name.
 */
function plausibleAttribution(text: string): boolean {
  // a clock time, a year or an address is what clients write; prose rarely carries them
  if (/@|\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b/.test(text)) return true;
  if (PROSE_PRONOUN.test(text.replace(/"[^"]*"/g, ' '))) return false;
  if (/\d/.test(text) || ATTRIBUTION_OPENER.test(text)) return true;
  const verb = ATTRIBUTION_VERB.exec(text);
  return verb !== null && nameLike(text.slice(0, verb.index));
}

/** "…gebeurd." / "…wrong!" — but not "28." or "aug." in a wrapped date. */
const SENTENCE_END = /(?:\p{L}{4}[.!?]|[!?])["”')]*[ \t]*$/u; // (four letters, not `{4,}`: every start in a long word would scan it)

const WRAPPED_TAIL = /^[ \t]*>[ \t]*(?:[\p{L}]+[ \t]*)?:[ \t]*$/u;

function attributionAt(lines: string[], i: number): number {
  const line = lines[i];
  if (line.length > MAX_HEADER_LINE) return -1;
  if (endsInAttributionVerb(line) && line.trim().length > 6) return plausibleAttribution(line) ? i + 1 : -1;
  if (DATE_ADDRESS_HEADER.test(line) || DASHED_ATTRIBUTION.test(line)) return i + 1;
  if (!ATTRIBUTION_START.test(line)) return -1;
  // wrapped over two or three lines; prose stops the join: a sentence end, or a colon with text after it
  let joined = line;
  for (let j = i + 1; j < Math.min(i + 3, lines.length); j++) {
    if (SENTENCE_END.test(joined) || /:\s+\S/.test(joined)) break;
    // a wrapped address can leave ">:" or "> wrote:" on the next line: that is the header's tail, not a quote
    if (isBlank(lines[j]) || (QUOTED.test(lines[j]) && !WRAPPED_TAIL.test(lines[j]))) break;
    // "Jan <" + "jan@example.com>:" joins without a space so the address stays whole
    joined += (joined.endsWith('<') ? '' : ' ') + lines[j].trim();
    if (joined.length > MAX_HEADER_LINE) break;
    if (DATE_ADDRESS_HEADER.test(joined) || (endsInAttributionVerb(joined) && plausibleAttribution(joined))) return j + 1;
  }
  return -1;
}

function lastNonBlankBefore(lines: string[], i: number, limit = 2): number {
  let j = i - 1;
  let blanks = 0;
  while (j >= 0 && isBlank(lines[j])) {
    j--;
    if (++blanks > limit) return -1;
  }
  return j;
}

/**
 * The reply or forward header that starts at line i, if any. `isNew(j)` tells whether line j above is still
 * the author's text (only such lines may be taken into the header: a rule line, an organisation line).
 */
export function headerAt(lines: string[], i: number, isNew: (j: number) => boolean): Header | null {
  const line = lines[i];
  if (line.length > MAX_HEADER_LINE || isBlank(line)) return null;
  let start = i;
  if (SEPARATOR.test(line)) return { start, end: i + 1, kind: 'cut' };
  const notes = notesBlockAt(lines, i);
  if (notes || outlookBlockAt(lines, i) || fieldRunAt(lines, i)) {
    const above = lastNonBlankBefore(lines, i);
    // a horizontal line right above an Outlook block belongs to the quote
    if (above >= 0 && isNew(above) && RULE_LINE.test(lines[above])) start = above;
    // so does the organisation line Lotus Notes writes above "From:" ("Enron North America Corp.")
    else if (notes && above >= 0 && isNew(above) && FROM_FIELD.test(line) && organisationLine(lines[above]) && isBlank(lines[above - 1])) start = above;
    return { start, end: i + 1, kind: 'cut' };
  }
  const end = attributionAt(lines, i);
  if (end > 0) return { start, end, kind: 'attribution' };
  return null;
}
