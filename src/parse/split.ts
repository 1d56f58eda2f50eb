/**
 * The split: what the author wrote in this message (newText), the earlier mail it quotes (quotedText,
 * reply header included) and the signature cut from the new text.
 *
 * One pass over the lines:
 *  - `>` lines are quoted, wherever they are; the author's own lines between them stay new (inline answers).
 *  - A reply header that ends the author's part ("-----Original Message-----", an Outlook "From:/Sent:/To:"
 *    or "Van:/Verzonden:/Aan:" block, a forward marker, or an "On … wrote:" / "Op … schreef …:" line that
 *    is NOT followed by `>` lines) sends everything below it to quotedText.
 *  - An attribution line followed by `>` lines is quoted itself, and the walk goes on (inline answers).
 * Then the signature is cut from the last block of new text: "-- ", "Sent from my iPhone", "Verzonden vanaf
 * mijn …", or a sign-off line ("Met vriendelijke groet,", "Best regards,") with a short tail under it.
 *
 * quotedText keeps the `>` markers as they were; `unquote()` strips them.
 */

export interface SplitResult {
  newText: string;
  quotedText: string;
  signature: string;
}

const QUOTED = /^[ \t]*>/;
const MAX_HEADER_LINE = 400;

/** Separator lines that start quoted or forwarded mail. */
const SEPARATOR = new RegExp(
  '^[ \\t]*(?:' +
    [
      // -----Original Message----- / -----Oorspronkelijk bericht----- / ---------- Forwarded message ---------
      '[-=_*]{2,}[ \\t]*(?:original message|oorspronkelijk bericht|origineel bericht|forwarded message|doorgestuurd bericht|' +
        "message d'origine|message transféré|ursprüngliche nachricht|weitergeleitete nachricht|mensaje original|messaggio originale)[ \\t]*[-=_*]{2,}",
      // Apple Mail / others, without dashes
      '(?:begin forwarded message|begin doorgestuurd bericht|doorgestuurd bericht|forwarded message|original message|oorspronkelijk bericht)[ \\t]*:?',
    ].join('|') +
    ')[ \\t]*$',
  'i',
);

/** A horizontal line (Outlook puts one above its header block; html-to-text renders <hr> as dashes). */
const RULE_LINE = /^[ \t]*(?:_{5,}|-{5,}|—{3,}|={5,})[ \t]*$/;

/** Field names of Outlook-style header blocks, optionally bold ("*From:*") after HTML conversion. */
const FIELD =
  /^[ \t]*\*{0,2}(from|van|von|de|da|från|sent|verzonden|verstuurd|gesendet|envoyé|enviado|inviato|skickat|date|datum|data|fecha|to|aan|an|à|a|para|till|cc|bcc|subject|onderwerp|betreff|objet|asunto|oggetto|ämne|reply-to|antwoord aan|risposta)[ \t\u00A0]*(?:\*{1,2}[ \t\u00A0]*)?:/i;
const FROM_FIELD = /^[ \t]*\*{0,2}(from|van|von|de|da|från)[ \t\u00A0]*(?:\*{1,2}[ \t\u00A0]*)?:[ \t]*\S/i;

/** Verbs that end an attribution line: "… wrote:", "… schreef …:", "… het volgende geschreven:". */
const ATTRIBUTION_END =
  /(?:\bwrote|\bwrites|\bschreef(?:\s.*)?|\bgeschreven|\bschrieb(?:\s.*)?|a écrit|\bescribió|ha scritto|\bskrev(?:\s.*)?|\bescreveu|napisał\(a\)|napisał|\bpisze|kirjoitti)[ \t\u00A0]*:[ \t\u00A0]*$/i;
/** The same verbs between dashes and without a colon: "---- On Tue, … Jan <jan@…> wrote ----" (Zoho). */
const DASHED_ATTRIBUTION = /^[ \t]*--.*\b(?:wrote|schreef|geschreven|schrieb|a écrit)[ \t]*-{2,}[ \t]*$/i;
/** Lines that may open an attribution that a client wrapped over two or three lines. */
const ATTRIBUTION_START = /^[ \t]*(?:(?:on|op|le|am|el|il|em|den|w dniu|dnia)\s|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b)|<[^<>\s]*@[^<>\s]*>?|<$/i;
/**
 * Date-first headers: "2016-03-03 12:00 GMT+01:00 Jan <jan@example.com>:" (Gmail) and
 * "2013/7/20 Jan via List <list@example.com>" (older Gmail, no colon).
 */
const DATE_ADDRESS_HEADER = /^[ \t]*(?:(?=\S*\d{4})\S+\s.*<(?=[^<>\s]*[^<>\s]@[^<>\s])[^<>\s]+>\s*:|\d{4}[-/]\d{1,2}[-/]\d{1,2}\s.*<(?=[^<>\s]*[^<>\s]@[^<>\s])[^<>\s]+>)[ \t]*$/;

/** Openers that make an attribution certain ("On …", "Op …", "Le …"). */
const ATTRIBUTION_OPENER = /^[ \t]*(?:on|op|le|am|el|il|em|den|w dniu|dnia)\s/i;
/** Pronouns that mark body prose ("Vorige week schreef ik u het volgende:", "As I wrote:"). */
const PROSE_PRONOUN = /\b(?:ik|wij|we|u|je|jij|jullie|i|you|he|she|they)\b/i;

/**
 * A line ending in "wrote:"/"schreef:" is a header when it names a date or an address or opens like one,
 * or is a short "Jan de Vries wrote:" without the pronouns of prose.
 */
function plausibleAttribution(text: string): boolean {
  if (/@|\d/.test(text) || ATTRIBUTION_OPENER.test(text)) return true;
  return text.trim().split(/\s+/).length <= 6 && !PROSE_PRONOUN.test(text);
}

/** "…gebeurd." / "…wrong!" — but not "28." or "aug." in a wrapped date. */
const SENTENCE_END = /(?:(?<!\p{L})\p{L}{4,}[.!?]|[!?])["”')]*[ \t]*$/u;

const WRAPPED_TAIL = /^[ \t]*>[ \t]*(?:[\p{L}]+[ \t]*)?:[ \t]*$/u;

interface Header {
  /** Index of the line after the header. */
  end: number;
  /** 'cut': everything below is quoted. 'attribution': quoted only if `>` lines follow. */
  kind: 'cut' | 'attribution';
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** An Outlook-style block at i: a From/Van line plus at least one more field within the next lines. */
function outlookBlockAt(lines: string[], i: number): boolean {
  if (!FROM_FIELD.test(lines[i])) return false;
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

function attributionAt(lines: string[], i: number): number {
  const line = lines[i];
  if (line.length > MAX_HEADER_LINE) return -1;
  if (ATTRIBUTION_END.test(line) && line.trim().length > 6) return plausibleAttribution(line) ? i + 1 : -1;
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
    if (DATE_ADDRESS_HEADER.test(joined) || (ATTRIBUTION_END.test(joined) && plausibleAttribution(joined))) return j + 1;
  }
  return -1;
}

/** The reply or forward header that starts at line i, if any. */
function headerAt(lines: string[], i: number): Header | null {
  const line = lines[i];
  if (line.length > MAX_HEADER_LINE || isBlank(line)) return null;
  if (SEPARATOR.test(line)) return { end: i + 1, kind: 'cut' };
  if (outlookBlockAt(lines, i) || fieldRunAt(lines, i)) return { end: i + 1, kind: 'cut' };
  const end = attributionAt(lines, i);
  if (end > 0) return { end, kind: 'attribution' };
  return null;
}

function nextNonBlank(lines: string[], from: number): number {
  let j = from;
  while (j < lines.length && isBlank(lines[j])) j++;
  return j;
}

// --- signatures -------------------------------------------------------------------------------

/** Lines that start a signature wherever they appear at the end of the new text. */
const SIGNATURE_MARK = new RegExp(
  '^[ \\t]*(?:' +
    [
      '-- ?', // RFC 3676 "-- " (and the common "--")
      '_{2,}',
      '(?:sent|get) (?:from|with|via|using) (?:my |the )?\\S.*',
      'get outlook for \\S.*',
      '(?:verzonden|verstuurd|gestuurd|gezonden) (?:vanaf|vanuit|van|met|via) (?:mijn )?\\S.*',
      '(?:sendt|skickat) fr(?:a|ån) (?:min )?\\S.*',
      'von meinem \\S.* gesendet',
      'envoyé (?:de|depuis) (?:mon )?\\S.*',
      'enviado desde (?:mi )?\\S.*',
      '\\(?sent from (?:a|my) (?:phone|mobile)\\)?',
    ].join('|') +
    ')[ \\t]*$',
  'i',
);

/** Sign-offs that may carry a name on the same line ("Groet, Jan"). */
const SIGN_OFF_NAMED =
  /^[ \t]*(?:met )?(?:vriendelijke|hartelijke|beste|warme|zonnige|sportieve|collegiale)?[ \t]*(?:groet(?:en|jes)?|gegroet)|^[ \t]*(?:mvg|m\.v\.g\.|vr\.? ?gr\.?|groetjes|liefs|doei)|^[ \t]*(?:(?:best|kind|warm|warmest|many|with)[ \t]+)?regards|^[ \t]*(?:best|all the best|best wishes|cheers|sincerely|yours sincerely|yours truly|kind wishes|take care)(?=[ \t]*[,.!]?[ \t]*$|[ \t]*,)/i;
/** Sign-offs that only count as a line of their own with a name under it ("Thanks,\nJan"). */
const SIGN_OFF_THANKS = /^[ \t]*(?:thanks|thank you|many thanks|thanks again|thx|bedankt|dank je(?: wel)?|dank u(?: wel)?|alvast bedankt)[ \t]*[,.]?[ \t]*$/i;

function isSignOff(line: string, hasNameBelow: boolean): boolean {
  const t = line.trim();
  if (t.length > 60) return false;
  if (SIGN_OFF_THANKS.test(t)) return hasNameBelow && t.endsWith(',');
  const m = SIGN_OFF_NAMED.exec(t);
  if (!m) return false;
  // the rest of the line may only be punctuation or ", Name"
  const rest = t.slice(m[0].length);
  return /^[ \t]*[,.!]?[ \t]*$/.test(rest) || /^[ \t]*,[ \t]*[\p{L}][\p{L}.'’ -]{0,40}$/u.test(rest);
}

/**
 * Where the signature starts inside `block` (one run of new lines), or -1.
 * A sign-off only counts when a short tail (name, title, phone…) follows and some new text stands above it
 * (in this block or, after inline answers, in an earlier one).
 */
function signatureStart(block: string[], textAbove: boolean): number {
  // non-blank lines after each line, counted once (a block of many "--" lines must stay linear)
  const after: number[] = new Array(block.length + 1).fill(0);
  for (let i = block.length - 1; i >= 0; i--) after[i] = after[i + 1] + (isBlank(block[i]) ? 0 : 1);
  for (let i = 0; i < block.length; i++) {
    if (block[i].length < 120 && SIGNATURE_MARK.test(block[i])) {
      // "--" alone is also a bullet/separator inside text; trust it when what follows is short
      if (/^[ \t]*(?:--|_{2,})[ \t]*$/.test(block[i]) && after[i + 1] > 12) continue;
      return i;
    }
  }
  let last = block.length - 1;
  while (last >= 0 && isBlank(block[last])) last--;
  const firstText = block.findIndex((l) => !isBlank(l));
  // look at most 12 lines up from the end for the sign-off
  for (let i = last; i >= Math.max(0, last - 12); i--) {
    const below = block.slice(i + 1, last + 1).filter((l) => !isBlank(l));
    if (below.some((l) => l.trim().length > 80)) break;
    if ((i > firstText || textAbove) && isSignOff(block[i], below.length > 0)) return i;
  }
  return -1;
}

// --- the split --------------------------------------------------------------------------------

type Kind = 'new' | 'quoted';

export function splitReply(text: string): SplitResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kinds: Kind[] = new Array(lines.length);
  let cut = lines.length; // from here on everything is quoted
  let pendingBlank: number[] = [];
  let lastKind: Kind = 'new';

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) {
      pendingBlank.push(i);
      continue;
    }
    let kind: Kind = 'new';
    if (QUOTED.test(line)) kind = 'quoted';
    else {
      const h = headerAt(lines, i);
      if (h) {
        const next = nextNonBlank(lines, h.end);
        const followedByQuote = next < lines.length && QUOTED.test(lines[next]);
        // An attribution with no text of the author above it and plain text below is a client that
        // quotes without `>` on top of ... nothing: cutting would leave no message, so only the line goes.
        const onlyHeader = h.kind === 'attribution' && !followedByQuote && !kinds.some((k) => k === 'new');
        if (!onlyHeader && (h.kind === 'cut' || !followedByQuote)) {
          cut = i;
          // a horizontal line right above an Outlook block belongs to the quote
          const above = lastNonBlankBefore(lines, i);
          if (above >= 0 && RULE_LINE.test(lines[above]) && kinds[above] === 'new') cut = above;
          break;
        }
        for (let j = i; j < h.end; j++) kinds[j] = 'quoted';
        for (const b of pendingBlank) kinds[b] = lastKind;
        pendingBlank = [];
        lastKind = 'quoted';
        i = h.end - 1;
        continue;
      }
    }
    // blank lines between two runs of the same kind belong to that run; at a change, to the earlier one
    for (const b of pendingBlank) kinds[b] = lastKind === kind ? kind : lastKind;
    pendingBlank = [];
    kinds[i] = kind;
    lastKind = kind;
  }
  for (const b of pendingBlank) if (b < cut) kinds[b] = lastKind;
  for (let i = cut; i < lines.length; i++) kinds[i] = 'quoted';

  // Runs of new lines; the signature is cut from the last one that has text.
  const newLines: string[] = [];
  const quotedLines: string[] = [];
  const runs: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'new') continue;
    if (runs.length && runs[runs.length - 1].end === i) runs[runs.length - 1].end = i + 1;
    else runs.push({ start: i, end: i + 1 });
  }
  let sigFrom = -1;
  let sigTo = -1;
  for (let r = runs.length - 1; r >= 0; r--) {
    const block = lines.slice(runs[r].start, runs[r].end);
    if (block.every(isBlank)) continue;
    const textAbove = runs.slice(0, r).some((run) => lines.slice(run.start, run.end).some((l) => !isBlank(l)));
    const s = signatureStart(block, textAbove);
    if (s >= 0) {
      sigFrom = runs[r].start + s;
      sigTo = runs[r].end;
    }
    break;
  }
  const sigLines: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i >= sigFrom && i < sigTo) sigLines.push(lines[i]);
    else if (kinds[i] === 'new') newLines.push(lines[i]);
    else quotedLines.push(lines[i]);
  }
  return { newText: tidy(newLines), quotedText: tidy(quotedLines), signature: tidy(sigLines) };
}

function lastNonBlankBefore(lines: string[], i: number): number {
  let j = i - 1;
  while (j >= 0 && isBlank(lines[j])) j--;
  return j;
}

/** Join lines, drop leading/trailing blank lines and trailing spaces, squeeze 3+ blank lines to one. */
function tidy(lines: string[]): string {
  return lines
    .join('\n')
    .replace(/(?<![ \t\u00A0])[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|(?<!\n)\n+$/g, '');
}

/** Strip one level of `>` quoting (and the space after it) from each line. */
export function unquote(text: string): string {
  return text.replace(/^[ \t]*>[ \t]?/gm, '');
}
