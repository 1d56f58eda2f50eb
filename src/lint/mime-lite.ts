/**
 * A small MIME reader for drafts. `lint` runs at every send, and mailparser costs ~160 ms to import; a draft
 * is one message written by a mail client, so this reads what drafts contain: headers (unfolded, RFC 2047
 * encoded words, raw 8-bit as UTF-8 or windows-1252), multipart trees, quoted-printable and base64,
 * charsets through TextDecoder, format=flowed, and attachment metadata (content is never decoded).
 * The full pipeline (`scan`) keeps using mailparser.
 */
import type { Attachment } from '../model.js';

export interface LiteMime {
  /** Lower-cased header name → decoded value (first occurrence), unfolded. */
  headers: Record<string, string>;
  /** Number of lines the header block takes in the raw message, plus the blank line after it. */
  headerLineCount: number;
  text?: string;
  html?: string;
  attachments: Attachment[];
  /** True when the text part is the raw body as written (no transfer encoding, one part): line numbers match the file. */
  bodyVerbatim: boolean;
}

interface Part {
  headers: Record<string, string>;
  body: string; // latin1 "binary" string
}

const MAX_DEPTH = 20;
const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

// 0x80–0x9F in windows-1252. Node 20's TextDecoder decodes the label "windows-1252" as ISO-8859-1 (C1 controls
// instead of "€", "–", "’"), so this one is done by hand.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeCp1252(bin: string): string {
  return bin.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Bytes (as a latin1 string) → text in the given charset; invalid UTF-8 without a charset falls back to windows-1252. */
export function decodeBytes(bin: string, charset: string | undefined): string {
  const bytes = Buffer.from(bin, 'latin1');
  const cs = (charset ?? '').trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!cs || cs === 'utf-8' || cs === 'utf8' || cs === 'us-ascii' || cs === 'ascii') {
    try {
      return utf8Fatal.decode(bytes);
    } catch {
      return decodeCp1252(bin);
    }
  }
  // the WHATWG encoding standard reads ISO-8859-1 as windows-1252 too (mail clients mislabel it all the time)
  if (/^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|latin1|l1|iso_8859-1)$/.test(cs)) return decodeCp1252(bin);
  try {
    return new TextDecoder(cs).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // unknown label: best effort
  }
}

function splitHeadBody(s: string): { head: string; body: string; headLines: number } {
  if (/^\r?\n/.test(s)) return { head: '', body: s.replace(/^\r?\n/, ''), headLines: 1 };
  const m = /\r?\n\r?\n/.exec(s);
  if (!m) return { head: s, body: '', headLines: s.split('\n').length };
  const head = s.slice(0, m.index);
  return { head, body: s.slice(m.index + m[0].length), headLines: head.split('\n').length + 1 };
}

/** RFC 2047: =?charset?B|Q?text?= ; whitespace between two encoded words disappears. */
export function decodeWords(v: string): string {
  return v
    .replace(/(=\?[^?\s]+\?[bqBQ]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[bqBQ]\?[^?\s]*\?=)/g, '$1')
    .replace(/=\?([^?\s]+)\?([bqBQ])\?([^?\s]*)\?=/g, (_m, cs: string, enc: string, txt: string) => {
      const charset = cs.split('*')[0]; // RFC 2231 language suffix
      const bin =
        enc.toUpperCase() === 'B'
          ? Buffer.from(txt, 'base64').toString('latin1')
          : txt.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
      return decodeBytes(bin, charset);
    });
}

function parseHeaders(head: string): Record<string, string> {
  const out: Record<string, string> = {};
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const m = /^([!-9;-~]+)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (!m) continue;
    const name = m[1]!.toLowerCase();
    if (name in out) continue;
    // raw 8-bit header bytes: UTF-8 when valid, else windows-1252
    out[name] = decodeWords(decodeBytes(m[2]!.trim(), undefined));
  }
  return out;
}

/** "text/plain; charset=utf-8; format=flowed" → { type, params } (RFC 2231 continuations and charsets too). */
export function parseStructured(v: string | undefined): { value: string; params: Record<string, string> } {
  if (!v) return { value: '', params: {} };
  const [first, ...rest] = splitParams(v);
  const params: Record<string, string> = {};
  const pieces: Record<string, Array<{ n: number; v: string; enc: boolean }>> = {};
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    let key = p.slice(0, eq).trim().toLowerCase();
    let val = p.slice(eq + 1).trim();
    if (val.startsWith('"') && val.endsWith('"') && val.length >= 2) val = val.slice(1, -1).replace(/\\(.)/g, '$1');
    const m = /^(.+?)\*(\d+)?(\*)?$/.exec(key);
    if (m) {
      key = m[1]!;
      (pieces[key] ??= []).push({ n: Number(m[2] ?? 0), v: val, enc: !!m[3] || (!m[2] && true) });
    } else params[key] = val;
  }
  for (const [key, list] of Object.entries(pieces)) {
    list.sort((a, b) => a.n - b.n);
    let charset: string | undefined;
    let bin = '';
    for (const [i, piece] of list.entries()) {
      let v = piece.v;
      if (piece.enc) {
        if (i === 0) {
          const m = /^([^']*)'[^']*'(.*)$/.exec(v);
          if (m) [charset, v] = [m[1] || undefined, m[2]!];
        }
        v = v.replace(/%([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
      }
      bin += v;
    }
    params[key] = decodeBytes(bin, charset);
  }
  return { value: first!.trim().toLowerCase(), params };
}

function splitParams(v: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    if (c === '\\' && quoted) {
      cur += c + (v[++i] ?? '');
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function decodeQuotedPrintable(s: string): string {
  return s
    .replace(/[ \t]+(?=\r?\n)/g, '')
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function decodeTransfer(body: string, encoding: string | undefined): string {
  const enc = (encoding ?? '').trim().toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64').toString('latin1');
  if (enc === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

/** RFC 3676: a line ending in a space continues on the next line (same quote depth); "-- " is the signature mark. */
export function unflow(text: string, delsp: boolean): string {
  const out: string[] = [];
  let pending: { depth: number; text: string } | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const m = /^(>*)/.exec(raw)!;
    const depth = m[1]!.length;
    let line = raw.slice(depth);
    if (line.startsWith(' ')) line = line.slice(1); // space-stuffing
    const soft = line.endsWith(' ') && line !== '-- ';
    const content = soft && delsp ? line.slice(0, -1) : line;
    if (pending && pending.depth === depth) pending.text += content;
    else {
      if (pending) out.push(render(pending));
      pending = { depth, text: content };
    }
    if (!soft) {
      out.push(render(pending));
      pending = undefined;
    }
  }
  if (pending) out.push(render(pending));
  return out.join('\n');

  function render(p: { depth: number; text: string }): string {
    return p.depth ? '>'.repeat(p.depth) + ' ' + p.text : p.text;
  }
}

function estimateSize(body: string, encoding: string | undefined): number {
  const enc = (encoding ?? '').trim().toLowerCase();
  if (enc === 'base64') return Math.floor((body.replace(/[^A-Za-z0-9+/]/g, '').length * 3) / 4);
  return body.length;
}

function splitMultipart(body: string, boundary: string): string[] {
  const parts: string[] = [];
  const esc = boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?:^|\\r?\\n)--${esc}(--)?[ \\t]*(?=\\r?\\n|$)`, 'g');
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (last >= 0) parts.push(body.slice(last, m.index));
    if (m[1]) return parts; // closing delimiter
    last = m.index + m[0].length;
    const nl = /^\r?\n/.exec(body.slice(last, last + 2));
    if (nl) last += nl[0].length;
  }
  if (last >= 0) parts.push(body.slice(last)); // no closing delimiter: take the rest
  return parts;
}

/** Reads one raw message. Never throws on odd input: what cannot be read is simply absent. */
export function readMimeLite(raw: Buffer): LiteMime {
  const s = raw.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  const { head, body, headLines } = splitHeadBody(s);
  const top: Part = { headers: parseHeaders(head), body };
  const result: LiteMime = { headers: top.headers, headerLineCount: headLines, attachments: [], bodyVerbatim: false };
  const texts: string[] = [];
  const htmls: string[] = [];
  walk(top, 0, false);
  if (texts.length) result.text = texts.join('\n\n');
  if (htmls.length) result.html = htmls.join('\n');
  const ct = parseStructured(top.headers['content-type']);
  const cte = (top.headers['content-transfer-encoding'] ?? '').toLowerCase().trim();
  result.bodyVerbatim =
    (!ct.value || ct.value === 'text/plain') && !['base64', 'quoted-printable'].includes(cte) && !(isFlowed(ct) && ct.params.delsp?.toLowerCase() === 'yes');
  return result;

  function walk(part: Part, depth: number, inAlternative: boolean): void {
    const ct = parseStructured(part.headers['content-type']);
    const type = ct.value || 'text/plain';
    const disp = parseStructured(part.headers['content-disposition']);
    const filename = disp.params.filename ?? ct.params.name;
    const cte = part.headers['content-transfer-encoding'];
    if (type.startsWith('multipart/') && depth < MAX_DEPTH) {
      const boundary = ct.params.boundary;
      if (!boundary) return;
      const alt = type === 'multipart/alternative';
      const children = splitMultipart(part.body, boundary).map((p) => {
        const { head, body } = splitHeadBody(p);
        return { headers: parseHeaders(head), body };
      });
      if (alt) {
        // one reading of the same content: the plain text when there is one, else the HTML
        const plain = children.find((c) => isType(c, 'text/plain') && !isAttachment(c));
        const html = children.find((c) => isType(c, 'text/html') && !isAttachment(c));
        const nested = children.filter((c) => parseStructured(c.headers['content-type']).value.startsWith('multipart/'));
        if (plain) walk(plain, depth + 1, true);
        else if (nested.length) for (const c of nested) walk(c, depth + 1, true);
        if (html) walk(html, depth + 1, true);
        return;
      }
      for (const c of children) walk(c, depth + 1, inAlternative);
      return;
    }
    const attachment = disp.value === 'attachment' || (!!filename && disp.value !== 'inline') || !type.startsWith('text/');
    if (attachment || (type !== 'text/plain' && type !== 'text/html')) {
      if (part === top && !part.body.trim()) return;
      const att: Attachment = { contentType: type, size: estimateSize(part.body, cte) };
      if (filename) att.filename = filename;
      result.attachments.push(att);
      return;
    }
    const decoded = decodeBytes(decodeTransfer(part.body, cte), ct.params.charset);
    if (type === 'text/html') htmls.push(decoded);
    // format=flowed: soft breaks stay as they are (the rules read wrapped prose fine, and line numbers then match
    // the file); only DelSp=yes text must be joined, as its breaks may fall inside words.
    else texts.push(isFlowed(ct) && ct.params.delsp?.toLowerCase() === 'yes' ? unflow(decoded, true) : decoded);
  }
}

function isFlowed(ct: { params: Record<string, string> }): boolean {
  return ct.params.format?.toLowerCase() === 'flowed';
}

function isType(p: Part, type: string): boolean {
  return (parseStructured(p.headers['content-type']).value || 'text/plain') === type;
}

function isAttachment(p: Part): boolean {
  return parseStructured(p.headers['content-disposition']).value === 'attachment';
}
