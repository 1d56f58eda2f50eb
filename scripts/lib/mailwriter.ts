/**
 * Small RFC 5322 / MIME writer shared by the demo builder and the mailbox generator.
 * Hand-rolled on purpose: we want byte-level control over what real clients produce
 * (quoted-printable soft breaks, folded References, encoded words, CRLF vs LF).
 */
import { DateTime } from 'luxon';

export interface Person {
  name: string;
  address: string;
}

export type Eol = '\n' | '\r\n';
export type TransferEncoding = '7bit' | '8bit' | 'quoted-printable' | 'base64';

/** A MIME entity: its own headers and its encoded body (lines joined with \n; EOL applied at the end). */
export interface Part {
  headers: Array<[string, string]>;
  body: string;
}

const NON_ASCII = /[^\x20-\x7e]/;

/** "Name <addr>"; the name quoted or encoded when it needs to be. */
export function formatAddress(p: Person): string {
  if (!p.name) return p.address;
  let name = p.name;
  if (NON_ASCII.test(name)) name = encodeWord(name);
  else if (/[",.;:<>@()[\]\\]/.test(name)) name = `"${name.replace(/(["\\])/g, '\\$1')}"`;
  return `${name} <${p.address}>`;
}

export function formatAddressList(list: Person[]): string {
  return list.map(formatAddress).join(', ');
}

/** RFC 2047 B-encoded word (what Gmail and Outlook use for non-ASCII subjects). */
export function encodeWord(s: string): string {
  return `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

/** A header value as a client would write it: encoded when non-ASCII. */
export function headerText(s: string): string {
  return NON_ASCII.test(s) ? encodeWord(s) : s;
}

/** RFC 5322 date in the zone of `dt`: "Mon, 9 Nov 2026 10:12:37 +0100". */
export function rfc5322Date(dt: DateTime): string {
  return dt.setLocale('en-US').toFormat('ccc, d LLL yyyy HH:mm:ss ZZZ');
}

/** Fold a header at whitespace so that no line exceeds 78 characters. */
export function foldHeader(name: string, value: string): string {
  const words = value.split(' ');
  const lines: string[] = [];
  let line = `${name}:`;
  for (const w of words) {
    if (line.length + 1 + w.length > 78 && line.length > name.length + 1) {
      lines.push(line);
      line = ` ${w}`;
    } else {
      line += ` ${w}`;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

const HEX_ESC = Array.from({ length: 256 }, (_, b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
/** A line that needs no encoding: printable ASCII without "=", no trailing blank, short enough. */
const QP_SAFE_LINE = /^(?:[\x21-\x3c\x3e-\x7e]|[ \t](?=[^\n]))*$/;

/** UTF-8 bytes of one code point, as quoted-printable escapes. */
function qpCodePoint(cp: number): string {
  if (cp < 0x80) return HEX_ESC[cp]!;
  if (cp < 0x800) return HEX_ESC[0xc0 | (cp >> 6)]! + HEX_ESC[0x80 | (cp & 63)]!;
  if (cp < 0x10000) return HEX_ESC[0xe0 | (cp >> 12)]! + HEX_ESC[0x80 | ((cp >> 6) & 63)]! + HEX_ESC[0x80 | (cp & 63)]!;
  return HEX_ESC[0xf0 | (cp >> 18)]! + HEX_ESC[0x80 | ((cp >> 12) & 63)]! + HEX_ESC[0x80 | ((cp >> 6) & 63)]! + HEX_ESC[0x80 | (cp & 63)]!;
}

/** Quoted-printable (RFC 2045) of UTF-8 text, with soft line breaks at 76 characters. */
export function encodeQP(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.length <= 76 && QP_SAFE_LINE.test(line)) {
      out.push(line);
      continue;
    }
    let cur = '';
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      const last = i === line.length - 1;
      let tok: string;
      if (c === 0x20 || c === 0x09) tok = last ? HEX_ESC[c]! : line[i]!;
      else if (c > 0x20 && c < 0x7f && c !== 0x3d) tok = line[i]!;
      else if (c >= 0xd800 && c <= 0xdbff) {
        tok = qpCodePoint(line.codePointAt(i)!);
        i++;
      } else tok = qpCodePoint(c);
      if (cur.length + tok.length > 75) {
        out.push(`${cur}=`);
        cur = '';
      }
      cur += tok;
    }
    out.push(cur);
  }
  return out.join('\n');
}

export function encodeBase64(data: Buffer | string): string {
  const b64 = (typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64');
  return b64.replace(/.{1,76}/g, '$&\n').replace(/\n$/, '');
}

/** A text part; `cte` picks how the body is transfer-encoded. */
export function textPart(text: string, subtype: 'plain' | 'html' = 'plain', cte: TransferEncoding = 'quoted-printable', extra = ''): Part {
  let body: string;
  if (cte === 'quoted-printable') body = encodeQP(text);
  else if (cte === 'base64') body = encodeBase64(text);
  else body = text;
  if (cte === '7bit' && NON_ASCII.test(text.replace(/\n/g, ''))) throw new Error('7bit text part with non-ASCII content');
  return {
    headers: [
      ['Content-Type', `text/${subtype}; charset="UTF-8"${extra}`],
      ['Content-Transfer-Encoding', cte],
    ],
    body,
  };
}

/** A base64 attachment part. */
export function attachmentPart(filename: string, contentType: string, data: Buffer): Part {
  return {
    headers: [
      ['Content-Type', `${contentType}; name="${filename}"`],
      ['Content-Disposition', `attachment; filename="${filename}"`],
      ['Content-Transfer-Encoding', 'base64'],
    ],
    body: encodeBase64(data),
  };
}

/** A multipart entity with the given boundary. */
export function multipart(subtype: string, parts: Part[], boundary: string, params = ''): Part {
  const chunks: string[] = [];
  for (const p of parts) {
    chunks.push(`--${boundary}`);
    for (const [k, v] of p.headers) chunks.push(`${k}: ${v}`);
    chunks.push('', p.body);
  }
  chunks.push(`--${boundary}--`, '');
  return {
    headers: [['Content-Type', `multipart/${subtype}; boundary="${boundary}"${params}`]],
    body: chunks.join('\n'),
  };
}

/**
 * Serialise top-level headers plus a body part. Headers are given in order; `undefined`
 * values are skipped. Long References are folded like real clients do.
 */
export function buildMessage(headers: Array<[string, string | undefined]>, part: Part, eol: Eol = '\n'): Buffer {
  const lines: string[] = [];
  for (const [k, v] of [...headers, ['MIME-Version', '1.0'] as [string, string], ...part.headers]) {
    if (v === undefined) continue;
    lines.push(v.length + k.length > 76 ? foldHeader(k, v) : `${k}: ${v}`);
  }
  let text = `${lines.join('\n')}\n\n${part.body}`;
  if (!text.endsWith('\n')) text += '\n';
  if (eol === '\r\n') text = text.replace(/\r?\n/g, '\r\n');
  return Buffer.from(text, 'utf8');
}

/** Prefix every line with "> " the way Gmail and Thunderbird quote (">" alone on empty lines, ">>" nesting). */
export function quoteLines(text: string): string {
  return text
    .replace(/\n+$/, '')
    .split('\n')
    .map((l) => (l === '' ? '>' : l.startsWith('>') ? `>${l}` : `> ${l}`))
    .join('\n');
}

const NL_DAYS_SHORT = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const NL_DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const NL_MONTHS_SHORT = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
const NL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export type ReplyHeaderStyle = 'gmail-nl' | 'gmail-en' | 'apple-nl' | 'apple-en' | 'outlook-nl' | 'outlook-en' | 'thunderbird-nl';

/** The attribution line(s) a mail client writes above the quoted mail. */
export function replyHeader(style: ReplyHeaderStyle, from: Person, dt: DateTime, extra?: { to?: Person[]; subject?: string }): string {
  const who = `${from.name} <${from.address}>`;
  const hm = dt.toFormat('HH:mm');
  switch (style) {
    case 'gmail-nl':
      return `Op ${NL_DAYS_SHORT[dt.weekday - 1]} ${dt.day} ${NL_MONTHS_SHORT[dt.month - 1]} ${dt.year} om ${hm} schreef ${who}:`;
    case 'gmail-en':
      return `On ${dt.setLocale('en-US').toFormat('ccc, LLL d, yyyy')} at ${dt.setLocale('en-US').toFormat('h:mm a')} ${who} wrote:`;
    case 'apple-nl':
      return `Op ${dt.day} ${NL_MONTHS_SHORT[dt.month - 1]} ${dt.year} om ${hm} heeft ${who} het volgende geschreven:`;
    case 'apple-en':
      return `On ${dt.setLocale('en-US').toFormat('d LLL yyyy')}, at ${hm}, ${who} wrote:`;
    case 'thunderbird-nl':
      return `Op ${dt.toFormat('dd-LL-yyyy')} om ${hm} schreef ${from.name}:`;
    case 'outlook-nl':
      return [
        '________________________________',
        `Van: ${who}`,
        `Verzonden: ${NL_DAYS[dt.weekday - 1]} ${dt.day} ${NL_MONTHS[dt.month - 1]} ${dt.year} ${hm}`,
        `Aan: ${(extra?.to ?? []).map((p) => `${p.name} <${p.address}>`).join('; ')}`,
        `Onderwerp: ${extra?.subject ?? ''}`,
      ].join('\n');
    case 'outlook-en':
      return [
        '________________________________',
        `From: ${who}`,
        `Sent: ${dt.setLocale('en-US').toFormat('cccc, LLLL d, yyyy h:mm a')}`,
        `To: ${(extra?.to ?? []).map((p) => `${p.name} <${p.address}>`).join('; ')}`,
        `Subject: ${extra?.subject ?? ''}`,
      ].join('\n');
  }
}

/** Gmail-style wrap of a long attribution line: break before the address, as Gmail does near 78 columns. */
export function wrapAttribution(line: string, width = 72): string {
  if (line.length <= width) return line;
  const at = line.lastIndexOf(' <');
  if (at < 0) return line;
  return `${line.slice(0, at + 2)}\n${line.slice(at + 2)}`;
}
