/**
 * The message a draft answers, when no file is given: its In-Reply-To in the local IMAP cache, or else the
 * quoted part of the draft itself (the reply header gives who wrote it and when).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { luxon } from '../text/luxon.js';
import type { Message } from '../model.js';
import type { ParseOptions } from '../parse/parse-message.js';
import { unquote } from '../parse/split.js';
import { CACHE_FILE, defaultCacheDir } from '../cache/paths.js';
import { buildMessage, parseAddressList } from './draft-message.js';

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mrt: 3, maa: 3, maart: 3, mar: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, augustus: 8, august: 8,
  sep: 9, sept: 9, september: 9, okt: 10, oct: 10, oktober: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/**
 * A date as mail clients write it in a reply header, Dutch or English, in the configured zone:
 * "di 3 mrt 2026 om 10:12", "Tue, Mar 3, 2026 at 10:12 AM", "3 maart 2026 10:12", "2026-03-03 10:12".
 */
export function parseHeaderDate(s: string, zone: string): Date | undefined {
  const clock = /\b(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?/i.exec(s.replace(/\b\d{4}-\d{2}-\d{2}\b/, ' '));
  let y: number | undefined;
  let mo: number | undefined;
  let d: number | undefined;
  const iso = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/.exec(s);
  if (iso) [y, mo, d] = [+iso[1]!, +iso[2]!, +iso[3]!];
  else {
    const plain = s.replace(/(?<!\S)\S+@\S+/g, ' ').replace(/\b\d{1,2}[:.]\d{2}(?::\d{2})?/g, ' ');
    const words = plain.toLowerCase().match(/[a-z]+\.?|\d+/g) ?? [];
    for (const w of words) {
      const key = w.replace(/\.$/, '');
      if (mo === undefined && MONTHS[key] !== undefined) mo = MONTHS[key];
      else if (/^\d{4}$/.test(key)) y = +key;
      else if (/^\d{1,2}$/.test(key) && d === undefined && +key >= 1 && +key <= 31) d = +key;
    }
    const dm = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/.exec(s); // 03-03-2026 (day first, as in nl)
    if (mo === undefined && dm) [d, mo, y] = [+dm[1]!, +dm[2]!, +dm[3]!];
  }
  if (!y || !mo || !d) return undefined;
  let hour = clock ? +clock[1]! : 12;
  const minute = clock ? +clock[2]! : 0;
  if (clock?.[3]) {
    const pm = /^p/i.test(clock[3]);
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
  }
  const dt = luxon().DateTime.fromObject({ year: y, month: mo, day: d, hour, minute }, { zone });
  return dt.isValid ? dt.toJSDate() : undefined;
}

/**
 * "From: …", "**Van:** …", matched after the leading blanks are cut off (then a long run of blanks has one
 * reading only); the look-ahead after ":" does the same for the blanks before the value.
 */
const FIELD_LINE = /^\*{0,2}([\p{L} -]{2,20}?)\*{0,2}[ \t]*:[ \t]*(?![ \t])(.*)$/u;
const FROM_KEYS = /^(from|van|von)$/i;
const DATE_KEYS = /^(sent|verzonden|verstuurd|date|datum|gesendet)$/i;
const SUBJECT_KEYS = /^(subject|onderwerp|betreff)$/i;

/**
 * The original as the draft quotes it. Reads the reply header (attribution line or Outlook block) for the
 * author and date; what follows it, unquoted one level, is the original's text.
 */
export function originalFromQuote(quoted: string, opts: { parse: ParseOptions; zone: string; subject: string; fallbackDate: Date }): Message | undefined {
  if (!quoted.trim()) return undefined;
  const lines = quoted.split('\n');
  let i = 0;
  let fromText = '';
  let dateText = '';
  let subject = opts.subject.replace(/^\s*((re|antw|aw|sv)\s*:\s*)+/i, '');
  // skip separator lines ("-----Original Message-----", a rule line)
  while (i < lines.length && (/^[ \t]*[-_=*—]{2}.*$/.test(lines[i]!) && !/@/.test(lines[i]!) || !lines[i]!.trim())) i++;
  const first = lines[i] ?? '';
  if (!/^\s*>/.test(first) && endsLikeAttribution(first)) {
    // attribution, possibly wrapped onto the next line(s) until it ends with ":"
    let header = first;
    while (!/:\s*$/.test(header) && i + 1 < lines.length && !/^\s*>/.test(lines[i + 1]!) && header.length < 400) header += ' ' + lines[++i]!.trim();
    fromText = header;
    dateText = header;
    i++;
  } else {
    // Outlook-style field block
    let j = i;
    let fields = 0;
    for (; j < lines.length; j++) {
      const l = lines[j]!.replace(/^[ \t]*>[ \t]?/, '');
      if (!l.trim()) break;
      const m = FIELD_LINE.exec(l.replace(/^[ \t]+/, ''));
      if (!m) break;
      fields++;
      const key = m[1]!.trim();
      if (FROM_KEYS.test(key)) fromText = m[2]!;
      else if (DATE_KEYS.test(key)) dateText = m[2]!;
      else if (SUBJECT_KEYS.test(key) && m[2]!.trim()) subject = m[2]!.trim();
    }
    if (fields >= 2) i = j;
  }
  const body = unquote(lines.slice(i).join('\n'));
  if (!body.trim()) return undefined;
  const from = parseAddressList(fromText.match(/(?<![^<>\s"])[^<>\s"]*@[^<>\s"]+/) ? extractAddress(fromText) : '')[0];
  const date = dateText ? parseHeaderDate(dateText, opts.zone) : undefined;
  const headers: Record<string, string> = { subject };
  if (from) headers.from = from.name ? `"${from.name}" <${from.address}>` : from.address;
  const msg = buildMessage(
    { headers, text: body, attachments: [], origin: { kind: 'eml', path: '(quoted in draft)' }, fallbackDate: date ?? opts.fallbackDate },
    opts.parse,
  );
  if (date) msg.dateSource = 'header';
  if (!from) msg.direction = 'in'; // unknown author: the other party
  return msg;
}

/**
 * A line that ends like an attribution ("… wrote:", "… schreef …:"): what `/(wrote|…)\b.*:?\s*$/i` tested,
 * without its cubic backtracking. `.` stops at a line break, so only the last line of the trimmed text counts.
 */
function endsLikeAttribution(line: string): boolean {
  const tail = line.trimEnd().split(/[\n\r\u2028\u2029]/).pop()!;
  return /(?:wrote|schreef|geschreven|schrieb|a écrit)\b/i.test(tail);
}

/** A reply header is a line or two; a longer "From" text is cut here, which bounds the patterns below. */
const MAX_FROM_TEXT = 1000;

/**
 * "Name <addr>" in a header. A match is tried only from the start of a stretch without , < > (the leftmost match
 * starts there anyway); the name's trailing blanks are trimmed in code and the address is checked for its "@" by
 * a look-ahead, so no two quantifiers compete for the same characters.
 */
const ANGLED = /(?<![^,<>])([^,<>]*)<\s*(?:mailto:)?(?=[^<>\s]*[^<>\s]@[^<>\s])([^<>\s]+)\s*>/;

/** "Op di 3 mrt 2026 om 10:12 schreef Jan de Vries <jan@klant.example>:" → "Jan de Vries <jan@klant.example>". */
function extractAddress(s: string): string {
  s = s.slice(0, MAX_FROM_TEXT);
  const angled = ANGLED.exec(s);
  if (angled) {
    // the name is what stands between the verb/date and the address
    let name = angled[1]!.trimEnd().replace(/^.*\b(?:schreef|wrote|om|at)\b\s*/i, '').replace(/^.*\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?\s*,?\s*/i, '').trim();
    name = name.replace(/^(heeft|has)\s+/i, '').replace(/["']/g, '').trim();
    return name ? `"${name}" <${angled[2]}>` : angled[2]!;
  }
  const mailto = /\[mailto:([^\]\s]+)\]/.exec(s);
  if (mailto) return `"${s.replace(/\[mailto:[^\]]*\]/, '').trim()}" <${mailto[1]}>`;
  const bare = /[^\s<>"()]+@[^\s<>"()]+/.exec(s);
  return bare ? bare[0] : '';
}

/**
 * In-Reply-To → the cached message, read-only, when the IMAP cache exists. Not the cache module: that one opens
 * the file for writing and can reset it; a send hook must never do that. Returns undefined on any problem.
 */
export async function lookupInCache(messageId: string, cacheDir?: string): Promise<Message | undefined> {
  const file = join(cacheDir ?? defaultCacheDir(), CACHE_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const like = `%"messageId":${JSON.stringify(messageId).replace(/[%_\\]/g, '\\$&')}%`;
      const rows = db.prepare("SELECT message FROM messages WHERE message LIKE ? ESCAPE '\\' LIMIT 5").pluck().all(like) as string[];
      for (const row of rows) {
        const m = JSON.parse(row) as Message;
        if (m.messageId !== messageId) continue;
        m.date = new Date(m.date as unknown as string);
        if (m.origin?.receivedAt) m.origin.receivedAt = new Date(m.origin.receivedAt as unknown as string);
        return m;
      }
    } finally {
      db.close();
    }
  } catch {
    /* an unreadable or locked cache is no reason to stop a send */
  }
  return undefined;
}
