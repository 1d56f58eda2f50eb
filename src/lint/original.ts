/**
 * The message a draft answers, when no file is given: its In-Reply-To in the local IMAP cache, or else the
 * quoted part of the draft itself (the reply header gives who wrote it and when).
 */
import type { Message } from '../model.js';
import type { ParseOptions } from '../parse/parse-message.js';
import { unquote } from '../parse/split.js';
import { buildMessage } from '../parse/build.js';
import { parseHeaderDate, readAttributionLine, readFromField, type Attribution } from './attribution.js';

export { parseHeaderDate };

/**
 * "From: …", "**Van:** …", matched after the leading blanks are cut off (then a long run of blanks has one
 * reading only); the look-ahead after ":" does the same for the blanks before the value, and the field name ends in a
 * letter, so the blanks before ":" are never the name's.
 */
const FIELD_LINE = /^\*{0,2}([\p{L} -]{1,19}?[\p{L}-])\*{0,2}[ \t]*:[ \t]*(?![ \t])(.*)$/u;
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
  let who: Attribution = { dateText: '' };
  let subject = opts.subject.replace(/^\s*((re|antw|aw|sv)\s*:\s*)+/i, '');
  // skip separator lines ("-----Original Message-----", a rule line)
  while (i < lines.length && (/^[ \t]*[-_=*—]{2}.*$/.test(lines[i]!) && !/@/.test(lines[i]!) || !lines[i]!.trim())) i++;
  const first = lines[i] ?? '';
  if (!/^\s*>/.test(first) && endsLikeAttribution(first)) {
    // attribution, possibly wrapped onto the next line(s) until it ends with ":"
    let header = first;
    while (!/:\s*$/.test(header) && i + 1 < lines.length && !/^\s*>/.test(lines[i + 1]!) && header.length < 400) header += ' ' + lines[++i]!.trim();
    who = readAttributionLine(header);
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
      if (FROM_KEYS.test(key)) who = { ...readFromField(m[2]!), dateText: who.dateText };
      else if (DATE_KEYS.test(key)) who = { ...who, dateText: m[2]! };
      else if (SUBJECT_KEYS.test(key) && m[2]!.trim()) subject = m[2]!.trim();
    }
    if (fields >= 2) i = j;
    else who = { dateText: '' };
  }
  const body = unquote(lines.slice(i).join('\n'));
  if (!body.trim()) return undefined;
  // A date that is not a real one, or lies after the draft, is ignored: the original then counts as written when the draft was.
  const date = who.dateText ? parseHeaderDate(who.dateText, opts.zone, opts.fallbackDate) : undefined;
  const headers: Record<string, string> = { subject };
  if (who.address) headers.from = who.name ? `"${who.name.replace(/["\\]/g, '')}" <${who.address}>` : who.address;
  const msg = buildMessage(
    { headers, text: body, attachments: [], origin: { kind: 'eml', path: '(quoted in draft)' }, fallbackDate: date ?? opts.fallbackDate },
    opts.parse,
  );
  if (date) msg.dateSource = 'header';
  if (!msg.from.address) {
    // unknown address ("Jan wrote:"): the other party, named when the header names them
    msg.direction = 'in';
    if (who.name) msg.from = { address: '', name: who.name };
  }
  return msg;
}

/**
 * A line that ends like an attribution ("… wrote:", "… schreef …:"): what `/(wrote|…)\b.*:?\s*$/i` tested,
 * without its cubic backtracking. `.` stops at a line break, so only the last line of the trimmed text counts.
 */
function endsLikeAttribution(line: string): boolean {
  const tail = line.trimEnd().split(/[\n\r\u2028\u2029]/).pop()!;
  return /(?:wrote|writes|schreef|geschreven|schrieb|a écrit)\b/i.test(tail);
}
