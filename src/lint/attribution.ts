/**
 * Who wrote the quoted original, and when, from the reply header a mail client writes above its quote: an
 * attribution line ("On Mon, Mar 02, 2026 at 09:14:00AM +0100, Jan de Vries wrote:", "Op 02-03-2026 om 09:14 schreef
 * Jan:", "Op 2 mrt. 2026, om 09:14 heeft Jan het volgende geschreven:", "Jan wrote:") or the fields of an Outlook block.
 *
 * A date here is read as a real date or not at all: every part must be in range ("+0100" is an offset, never a year),
 * the name is cut off before the date is read ("Jan" is a person, not January), and a date after the draft or
 * years before it is dropped. A dropped date leaves the original at the draft's own time: no wait is invented.
 */
import type { Zone } from 'luxon';
import { luxon } from '../text/luxon.js';
import { replaceMailtoAndParens, stripEdges } from '../text/scan.js';

export interface Attribution {
  name?: string;
  address?: string;
  /** The header without name and address: what the date is read from. */
  dateText: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, janv: 1, janvier: 1, januar: 1, feb: 2, februari: 2, february: 2, févr: 2, fevr: 2, février: 2, februar: 2,
  mrt: 3, maa: 3, maart: 3, mar: 3, march: 3, mars: 3, märz: 3, mär: 3, apr: 4, april: 4, avr: 4, avril: 4, mei: 5, may: 5, mai: 5,
  jun: 6, juni: 6, june: 6, juin: 6, jul: 7, juli: 7, july: 7, juil: 7, juillet: 7, aug: 8, augustus: 8, august: 8, août: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, okt: 10, oct: 10, oktober: 10, october: 10, octobre: 10, nov: 11, november: 11,
  novembre: 11, dec: 12, december: 12, déc: 12, décembre: 12, dez: 12, dezember: 12,
};
const WEEKDAYS = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lun|mar|mer|jeu|ven|sam|dim|mo|mi|fr|sa|so)$/i;
const ZONES: Record<string, number> = { utc: 0, gmt: 0, z: 0, wet: 0, cet: 60, met: 60, bst: 60, cest: 120, mest: 120, eet: 120, eest: 180 };

/** Header words that are part of a date: digits, am/pm, zone names, weekdays, "at"/"om"/"à"/"um". */
function dateToken(raw: string): boolean {
  const w = stripEdges(raw, ',.;()[]').toLowerCase();
  if (!w) return true;
  return /\d/.test(w) || /^[ap]\.?m\.?$/.test(w) || w in ZONES || WEEKDAYS.test(w) || /^(?:at|om|à|um|the)$/.test(w);
}

/** A person's name as a header shows it: a few words, letters, no digits, no sentence. */
export function plausibleName(s: string | undefined): s is string {
  if (!s) return false;
  const t = s.trim();
  return t.length >= 1 && t.length <= 60 && /\p{L}/u.test(t) && !/\d|[?!@]/.test(t) && t.split(/\s+/).length <= 6;
}

/** What is cut off the ends of a name: blanks and punctuation. */
const NAME_EDGE = /[\s,;:–-]/;

function cleanName(s: string): string {
  return stripEdges(replaceMailtoAndParens(s, ' ').replace(/["“”'‘’]/g, ''), NAME_EDGE)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words after the last date word: "Mon, Mar 02, 2026 at 09:14:00AM +0100, Jan de Vries" → "Jan de Vries". */
function nameAfterDate(s: string): { name?: string; dateText: string } {
  const words = s.trim().split(/\s+/).filter(Boolean);
  let last = -1;
  for (let i = 0; i < words.length; i++) if (dateToken(words[i]!)) last = i;
  const name = cleanName(words.slice(last + 1).join(' '));
  if (plausibleName(name)) return { name, dateText: words.slice(0, last + 1).join(' ') };
  // the name before the date: "* Jan de Vries [2026-03-02 09:14]"
  const firstDate = words.findIndex((w) => dateToken(w));
  const before = cleanName(words.slice(0, Math.max(0, firstDate)).join(' ').replace(/^[*\s]+/, ''));
  return { name: plausibleName(before) ? before : undefined, dateText: words.join(' ') };
}

/**
 * "<jan@x>", "[mailto:jan@x]", or a bare "jan@x". Between brackets the part before the first "@" holds no "@" (else a
 * run of them has as many readings as it is long); a bare address is read from the start of its token only (where
 * the leftmost match starts anyway), so each token is read once.
 */
const ADDRESS = /<\s*(?:mailto:)?([^<>\s@]+@[^<>\s]+?)\s*>|\[mailto:([^\][\s]+)\]|(?<![^\s<>"()[\]])([^\s<>"()[\]]+@[^\s<>"()[\]]+)/i;

/**
 * A reply header is a line or two: a longer text is cut to this before the patterns below read it, which bounds
 * their backtracking (several are quadratic or worse on a long run of blanks or "@").
 */
const MAX_HEADER_TEXT = 500;

/*
 * The three readings of an attribution line below, each done with one linear search for its verb and a look at the
 * ends of the line. As patterns (`/^(.*?)\b(?:heeft|hat)\s+(.+?)\s+(?:het volgende\s+)?geschreven\s*$/i`, …) they
 * backtrack cubically on a line of blanks and verbs.
 */
const HEEFT = /\b(?:heeft|hat)\s/i;
const GESCHREVEN = /\s(?:geschreven|geschrieben)$/i;
const HET_VOLGENDE = /\s(?:het volgende|folgendes)$/i;
const SCHREEF = /\b(?:schreef|schrieb|skrev|escreveu)\b/i;
const WROTE = /(?:\bwrote|\bwrites|\ba écrit|\bescribió|\bha scritto|\bkirjoitti|\bnapisał\(a\)|\bnapisał|\bpisze)$/i;

/** "Op 2 mrt. 2026, om 09:14 heeft Jan het volgende geschreven" → ["Op 2 mrt. 2026, om 09:14 ", "Jan"]. */
function splitHeeft(s: string): [string, string] | undefined {
  const h = HEEFT.exec(s);
  if (!h) return undefined;
  const rest = s.slice(h.index + h[0].length - 1).trimEnd(); // from the blank after the verb
  const g = GESCHREVEN.exec(rest);
  if (!g) return undefined;
  // between: blanks, the name, blanks (and "het volgende" and blanks, which the name leaves out when it can)
  const between = rest.slice(0, g.index + 1);
  if (between.length < 3) return undefined;
  let name = between.trim();
  const v = HET_VOLGENDE.exec(' ' + name);
  if (v && v.index > 0) name = name.slice(0, v.index - 1).trimEnd();
  return [s.slice(0, h.index), name];
}

/** The text before and after the first match of `verb`. */
function splitAt(s: string, verb: RegExp): [string, string] | undefined {
  const m = verb.exec(s);
  return m ? [s.slice(0, m.index), s.slice(m.index + m[0].length)] : undefined;
}

/** The line without a closing "wrote", "a écrit", …. */
function withoutWrote(s: string): string {
  const t = s.trimEnd();
  const m = WROTE.exec(t);
  return (m ? t.slice(0, m.index) : t).trimEnd();
}

/** Reads one attribution line (already joined when it was wrapped). */
export function readAttributionLine(line: string): Attribution {
  // one line (a wrapped header arrives joined), without the colon that ends it
  let s = line.slice(0, MAX_HEADER_TEXT).replace(/[\n\r\u2028\u2029]/g, ' ').trim();
  if (s.endsWith(':')) s = s.slice(0, -1).trimEnd();
  let address: string | undefined;
  const a = ADDRESS.exec(s);
  if (a) {
    address = stripEdges((a[1] ?? a[2] ?? a[3])!.toLowerCase(), null, '.,;:');
    s = `${s.slice(0, a.index)} ${s.slice(a.index + a[0].length)}`;
  }
  const opener = /^\s*(?:on|op|le|am|el|il|em|den|w dniu|dnia)\s+/i;
  let out: { name?: string; dateText: string };
  let parts: [string, string] | undefined;
  if ((parts = splitHeeft(s))) {
    const name = cleanName(parts[1]);
    out = { name: plausibleName(name) ? name : undefined, dateText: parts[0] };
  } else if ((parts = splitAt(s, SCHREEF))) {
    const after = cleanName(parts[1]);
    const before = cleanName(parts[0].replace(opener, ''));
    if (plausibleName(after)) out = { name: after, dateText: parts[0] };
    else out = { name: plausibleName(before) ? before : undefined, dateText: parts[1] }; // "Jan schreef op 2 maart 2026:"
  } else {
    out = nameAfterDate(withoutWrote(s).replace(opener, ''));
  }
  return { ...(out.name && { name: out.name }), ...(address && { address }), dateText: out.dateText };
}

/** An Outlook field ("Jan de Vries <jan@x>", "Jan de Vries [mailto:jan@x]", "Jan de Vries", "jan@x"). */
export function readFromField(v: string): Attribution {
  v = v.slice(0, MAX_HEADER_TEXT);
  const a = ADDRESS.exec(v);
  const address = a ? stripEdges((a[1] ?? a[2] ?? a[3])!.toLowerCase(), null, '.,;:') : undefined;
  const name = cleanName(a ? v.slice(0, a.index) + ' ' + v.slice(a.index + a[0].length) : v);
  return { ...(plausibleName(name) && { name }), ...(address && { address }), dateText: '' };
}

const DAY = 86_400_000;
/** How far back a quoted original may plausibly lie (beyond it, a date is more likely misread than real). */
const MAX_AGE_DAYS = 5 * 366;

/**
 * A date as mail clients write it in a reply header, Dutch or English (also French and German month names), in the
 * header's own UTC offset when it gives one, else in `zone`: "di 3 mrt 2026 om 10:12", "Tue, Mar 3, 2026 at 10:12 AM",
 * "Mon, Mar 02, 2026 at 09:14:00AM +0100", "02-03-2026 om 09:14", "2026-03-03 10:12". With `ref` (the draft's time)
 * a date after it (beyond a day of clock skew) or years before it is no date. Of the two readings of "02/03/2026" the
 * day-first one is taken (the month-first one when the header writes AM/PM), unless only the other is in range. Undefined when nothing in range is found.
 */
export function parseHeaderDate(text: string, zone: string, ref?: Date): Date | undefined {
  let s = ` ${text.slice(0, MAX_HEADER_TEXT).replace(/(?<!\S)\S+@\S+/g, ' ').toLowerCase()} `;
  let offset: number | undefined;
  const off = /(?:\s|gmt|utc)([+-])(\d{2}):?(\d{2})(?!\d)/.exec(s);
  if (off && +off[2]! <= 14 && +off[3]! < 60) {
    offset = (off[1] === '-' ? -1 : 1) * (+off[2]! * 60 + +off[3]!);
    s = s.replace(off[0], ' ');
  }
  const candidates: Array<{ y: number; mo: number; d: number }> = [];
  let m: RegExpExecArray | null;
  if ((m = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(s))) {
    candidates.push({ y: +m[1]!, mo: +m[2]!, d: +m[3]! });
    s = s.replace(m[0], ' ');
  } else if ((m = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)/.exec(s))) {
    const y = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
    const dayFirst = { y, mo: +m[2]!, d: +m[1]! }; // nl, en-GB, de
    const monthFirst = { y, mo: +m[1]!, d: +m[2]! }; // en-US, which writes its times with AM/PM
    candidates.push(...(/\d\s*[ap]\.?m\b/.test(s) ? [monthFirst, dayFirst] : [dayFirst, monthFirst]));
    s = s.replace(m[0], ' ');
  }
  const clock = /(?<![\d:.])(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?![\d])\s*([ap])?\.?\s*(m\b\.?)?/.exec(s);
  let hour = 12;
  let minute = 0;
  if (clock) {
    hour = +clock[1]!;
    minute = +clock[2]!;
    const ampm = clock[4] && clock[5] ? clock[4] : undefined;
    if (ampm === 'p' && hour < 12) hour += 12;
    if (ampm === 'a' && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) return undefined;
    s = s.replace(clock[0], ' ');
  }
  if (!candidates.length) {
    let mo: number | undefined;
    let d: number | undefined;
    let y: number | undefined;
    for (const w of s.match(/[\p{L}]+\.?|\d+/gu) ?? []) {
      const key = w.replace(/\.$/, '');
      if (mo === undefined && MONTHS[key] !== undefined) mo = MONTHS[key];
      else if (/^\d{4}$/.test(key) && y === undefined) y = +key;
      else if (/^\d{1,2}$/.test(key) && d === undefined) d = +key;
    }
    if (!mo || !d) return undefined;
    if (y === undefined) {
      // "2 mrt, 09:14" without a year: the last such day not after the draft
      if (!ref) return undefined;
      const ry = new Date(ref.getTime()).getUTCFullYear();
      candidates.push({ y: ry, mo, d }, { y: ry - 1, mo, d });
    } else candidates.push({ y, mo, d });
  }
  const L = luxon();
  const z: Zone | string = offset !== undefined ? L.FixedOffsetZone.instance(offset) : zone;
  for (const c of candidates) {
    if (c.y < 1990 || c.y > 2100 || c.mo < 1 || c.mo > 12 || c.d < 1 || c.d > 31) continue;
    const dt = L.DateTime.fromObject({ year: c.y, month: c.mo, day: c.d, hour, minute }, { zone: z });
    if (!dt.isValid) continue;
    const t = dt.toMillis();
    if (ref && (t > ref.getTime() + DAY || t < ref.getTime() - MAX_AGE_DAYS * DAY)) continue;
    return new Date(t);
  }
  return undefined;
}
