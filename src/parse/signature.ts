/**
 * Where the signature starts in the last block of new text:
 *  - a marker: "-- ", "Sent from my iPhone", "Verzonden vanaf mijn …", "Get Outlook for …";
 *  - a sign-off ("Met vriendelijke groet,", "Best regards,", "Cordially,") with a short tail under it;
 *  - an unmarked block: a trailing run of short lines that opens with a name and carries contact details
 *    (title, company, phone, street and postcode, e-mail, web address), with or without a sign-off above.
 * A name alone under the text ("…\n\nJan") and a short last line of real content stay new text.
 */
import { isBlank } from './headers.js';

/** Lines that start a signature wherever they appear at the end of the new text. */
const SIGNATURE_MARK = new RegExp(
  '^[ \\t]*(?:' +
    [
      '-- ?[ \\t]*$', // RFC 3676 "-- " (and the common "--")
      '_{2,}[ \\t]*$',
      // (these take the rest of the line with their `.*`: blanks after it would split a run of them n ways)
      '(?:sent|get) (?:from|with|via|using) (?:my |the )?\\S.*$',
      'get outlook for \\S.*$',
      '(?:verzonden|verstuurd|gestuurd|gezonden) (?:vanaf|vanuit|van|met|via) (?:mijn )?\\S.*$',
      '(?:sendt|skickat) fr(?:a|ån) (?:min )?\\S.*$',
      'von meinem \\S.* gesendet[ \\t]*$',
      'envoyé (?:de|depuis) (?:mon )?\\S.*$',
      'enviado desde (?:mi )?\\S.*$',
      '\\(?sent from (?:a|my) (?:phone|mobile)\\)?[ \\t]*$',
    ].join('|') +
    ')',
  'i',
);

/**
 * Sign-offs that may carry a name on the same line ("Groet, Jan"). Two runs of blanks are never side by side (an
 * optional word or mark between them is written as a group with its blanks), so a run has one reading only.
 */
const SIGN_OFF_NAMED =
  /^[ \t]*(?:met (?:(?:vriendelijke|hartelijke|beste|warme|zonnige|sportieve|collegiale)[ \t]*|[ \t]*)|(?:vriendelijke|hartelijke|beste|warme|zonnige|sportieve|collegiale)[ \t]*)?(?:groet(?:en|jes)?|gegroet)|^[ \t]*(?:mvg|m\.v\.g\.|vr\.? ?gr\.?|groetjes|liefs|doei)|^[ \t]*(?:(?:best|kind|warm|warmest|many|with)[ \t]+)?regards|^[ \t]*(?:best|all the best|best wishes|cheers|sincerely|yours sincerely|yours truly|kind wishes|take care|cordially|respectfully|mit freundlichen grüßen|viele grüße|gruß)(?=[ \t]*(?:[,.!][ \t]*)?$|[ \t]*,)/i;
/** Sign-offs that only count as a line of their own with a name under it ("Thanks,\nJan"). */
const SIGN_OFF_THANKS = /^[ \t]*(?:thanks|thank you|many thanks|thanks again|thx|bedankt|dank je(?: wel)?|dank u(?: wel)?|alvast bedankt)[ \t]*(?:[,.][ \t]*)?$/i;

function isSignOff(line: string, hasNameBelow: boolean): boolean {
  const t = line.trim();
  if (t.length > 60) return false;
  if (SIGN_OFF_THANKS.test(t)) return hasNameBelow && t.endsWith(',');
  const m = SIGN_OFF_NAMED.exec(t);
  if (!m) return false;
  // the rest of the line may only be punctuation or ", Name"
  const rest = t.slice(m[0].length);
  return /^[ \t]*(?:[,.!][ \t]*)?$/.test(rest) || /^[ \t]*,[ \t]*[\p{L}][\p{L}.'’ -]{0,40}$/u.test(rest);
}

// --- unmarked signature blocks ------------------------------------------------------------------

const PHONE = /(?:\+|\(0?\d{1,4}\)|\b0\d|\b\d{3}[-. )]\d{3})[\d ()./-]{6,}\d|\b(?:tel|phone|fax|mob|mobile|gsm|cell|direct|t|m|f|p)\b\.?[ \t]*(?:[:.][ \t]*)?\+?[\d(]|\bext\.?[ \t]*\d{3,}/i;
/** A web address; a domain is read from the start of its run of word characters and hyphens only. */
const URL_LIKE = /\bwww\.\S+|https?[ \t]?:\/\/\S+|(?<![\w-])-*\w[\w-]*\.(?:com|nl|be|de|org|net|eu|co\.uk|io)\b(?:\/\S*)?/i;
const DOT_WORD = /\.\w{2}/g;

/** An e-mail address ("@" with something before it and ".xx" after it, in one word) or a web address. */
function emailOrUrl(line: string): boolean {
  if (URL_LIKE.test(line)) return true;
  // (as a pattern, `\S+@\S+\.\w{2,}` tries every start and every "@" of a long word)
  for (const word of line.split(/\s+/)) {
    const at = word.indexOf('@', 1);
    if (at < 0) continue;
    DOT_WORD.lastIndex = at + 2;
    if (DOT_WORD.test(word)) return true;
  }
  return false;
}
/** "1400 Smith Street", "Keizersgracht 12", "6100 Main Street, MS-531", "Postbus 123". */
const STREET = /\b\d{1,5}[ \t]+(?:[\p{Lu}][\p{L}.]*[ \t]+){0,3}(?:street|st\.?|avenue|ave\.?|road|rd\.?|blvd|boulevard|lane|drive|suite|floor|way|plaza)\b|(?<![\p{L}\d_])[\p{Lu}][\p{L}]+(?:straat|weg|laan|plein|gracht|kade|dijk|singel|hof|park|markt|steeg|pad|dreef)[ \t]+\d{1,5}\w?\b|\b(?:postbus|p\.?o\.? box)\b/iu;
/** "1015 CS Amsterdam", "Houston, Texas 77002-7361", "Houston, TX 77005", "London EC2A 2BB", "10115 Berlin". */
const POSTCODE = /\b\d{4}[ \t]?[A-Z]{2}\b|,[ \t]*(?:[A-Z]{2}|[\p{Lu}][\p{L}]+)[ \t]+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}\b|^[ \t]*\d{5}[ \t]+[\p{Lu}][\p{L}]+[ \t]*$/u;
const TITLE_WORDS =
  /\b(?:president|vice|director|directeur|manager|counsel|attorney|lawyer|advocaat|assistant|assistent|associate|analyst|professor|engineer|consultant|adviseur|advisor|specialist|officer|ceo|cfo|cto|coo|owner|eigenaar|founder|oprichter|partner|secretary|secretaresse|coordinator|co[öo]rdinator|medewerker|accountmanager|projectleider|teamleider|head of|hoofd|executive|representative|administrator|developer|ontwerper|designer|paralegal|trader|sales|marketing|support|klantenservice|legal|research|department|afdeling|geschäftsführer)\b/i;
const COMPANY_WORDS = /\b(?:inc|corp|corporation|ltd|llc|llp|plc|co|company|b\.?v|n\.?v|gmbh|ag|s\.?a|group|groep|holding|university|universiteit|school|bank|services|solutions|partners|studio|bureau|kantoor|advocaten|notarissen)\b\.?/i;

/** A line that may stand in a signature: name, title, company, phone, address, mail, web. */
function contactEvidence(line: string): boolean {
  return PHONE.test(line) || emailOrUrl(line) || STREET.test(line) || POSTCODE.test(line);
}

function signatureLike(line: string): boolean {
  const t = line.trim();
  if (t.length > 70 || /\?$/.test(t)) return false;
  if (contactEvidence(t)) return true;
  if ((TITLE_WORDS.test(t) || COMPANY_WORDS.test(t)) && /^[\p{Lu}\d(]/u.test(t) && !/\p{L}{4}[.!]$/u.test(t)) return true;
  return nameLine(t);
}

/** "Mark Taylor", "J. de Vries", "Fu-Kuo Albert Wang", "Joan Prins | PrinsWeb". */
function nameLine(t: string): boolean {
  if (t.length > 50 || /[?!:;,]$/.test(t)) return false;
  const words = t.split(/[ \t]+/);
  if (words.length > 5) return false;
  return /^[\p{Lu}]/u.test(t) && words.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w) || /^(?:de|van|der|den|ter|ten|von|le|la|du|da|di|\||-)$/i.test(w));
}

/** " - Invoice.doc": an attachment name that a client listed under the text. */
const ATTACHMENT_LINE = /^[ \t]*-[ \t]+\S.*\.[A-Za-z0-9]{2,4}[ \t]*$/;

/** "Thanks a bunch," / "Cordially," — a short line ending in a comma, right above a name. */
const COMMA_SIGN_OFF = /^[ \t]*[\p{L}][\p{L} '’]{1,30},[ \t]*$/u;

/**
 * Start (index into block) of an unmarked signature at the end of `block`, or -1: a trailing run of
 * signature-like lines (blank lines allowed inside) with contact details or title/company words, opening with a
 * paragraph of two or more lines whose first line is a name (after a blank line or a sign-off). A one-line
 * paragraph above it ("OK", "TEST", "Jan") stays text. The line above the run must not end in ":" ("Het adres
 * is:") nor run on into the name, and something of the author's must stand above the signature.
 */
function unmarkedStart(block: string[], firstText: number, textAbove: boolean): number {
  let last = block.length - 1;
  while (last >= 0 && isBlank(block[last])) last--;
  if (last < 0) return -1;
  let top = last + 1; // first line of the signature-like tail
  let evidence = 0;
  const evidenceFrom: number[] = [];
  for (let i = last; i >= 0 && i >= last - 14; i--) {
    if (isBlank(block[i]) || ATTACHMENT_LINE.test(block[i])) continue;
    if (!signatureLike(block[i])) break;
    const t = block[i].trim();
    if (contactEvidence(t)) evidence += 2;
    else if (TITLE_WORDS.test(t) || COMPANY_WORDS.test(t)) evidence++;
    evidenceFrom[i] = evidence;
    top = i;
  }
  for (let c = top; c <= last; c++) {
    if (isBlank(block[c]) || (evidenceFrom[c] ?? 0) < 2 || !nameLine(block[c].trim())) continue;
    const prev = c - 1;
    // after a blank line, a sign-off, or a line that ends a sentence ("…return flight plans.\nBrent\nBrent Hendry")
    const opensParagraph =
      prev < 0 || isBlank(block[prev]) || COMMA_SIGN_OFF.test(block[prev]) || SIGN_OFF_THANKS.test(block[prev]) || /[.!]["”')]*[ \t]*$/.test(block[prev]);
    const twoLines = c + 1 <= last && !isBlank(block[c + 1]);
    if (!opensParagraph || !twoLines) continue;
    if (c <= firstText && !textAbove) continue;
    let above = c - 1;
    while (above >= 0 && isBlank(block[above])) above--;
    // an introduction ("Het adres is:") keeps what follows as text
    if (above >= 0 && /:[ \t]*$/.test(block[above])) return -1;
    // a sign-off right above joins the signature
    if (above === c - 1 && above >= 0 && (above > firstText || textAbove) && (COMMA_SIGN_OFF.test(block[above]) || SIGN_OFF_THANKS.test(block[above]))) return above;
    return c;
  }
  return -1;
}

/**
 * Where the signature starts inside `block` (one run of new lines), or -1.
 * A sign-off only counts when a short tail (name, title, phone…) follows and some new text stands above it
 * (in this block or, after inline answers, in an earlier one).
 */
export function signatureStart(block: string[], textAbove: boolean): number {
  // non-blank lines after each line, counted once (a block of many "--" lines must stay linear)
  const after: number[] = new Array(block.length + 1).fill(0);
  for (let i = block.length - 1; i >= 0; i--) after[i] = after[i + 1] + (isBlank(block[i]) ? 0 : 1);
  for (let i = 0; i < block.length; i++) {
    if (block[i].length < 120 && SIGNATURE_MARK.test(block[i])) {
      // "--" alone is also a bullet/separator inside text; trust it when what follows is short
      if (/^[ \t]*(?:--|_{2,})[ \t]*$/.test(block[i]) && after[i + 1] > 12) continue;
      // "Sincerely,\nJim Garven\n____\n…": a sign-off just above the marker opens the signature
      for (let j = i - 1, seen = 0; j >= 0 && seen < 3; j--) {
        if (isBlank(block[j])) continue;
        seen++;
        if (block[j].trim().length > 60) break;
        if (j > 0 && isSignOff(block[j], true)) return j;
      }
      return i;
    }
  }
  let last = block.length - 1;
  while (last >= 0 && isBlank(block[last])) last--;
  const firstText = block.findIndex((l) => !isBlank(l));
  // look at most 16 lines up from the end for the sign-off
  for (let i = last; i >= Math.max(0, last - 16); i--) {
    const below = block.slice(i + 1, last + 1).filter((l) => !isBlank(l));
    if (below.some((l) => l.trim().length > 80)) break;
    if ((i > firstText || textAbove) && isSignOff(block[i], below.length > 0)) return i;
  }
  return unmarkedStart(block, firstText, textAbove);
}
