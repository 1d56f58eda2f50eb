/**
 * The one MIME reader, for scan, report, lint and `lint --drafts` alike: postal-mime. It loads in ~14 ms (mailparser,
 * the reader before it, took ~150 ms, which `lint` pays at every send) and reads a message in about 60% of
 * mailparser's CPU time. Attachment content is not kept: a rule only asks which attachments there are.
 * 8-bit mail without a (right) charset is read again as windows-1252 (text/charset.ts).
 */
import { createRequire } from 'node:module';
import type { Email } from 'postal-mime';
import type { Attachment } from '../model.js';
import { countBad, declareWindows1252, fixHeaderBytes, repairC1 } from '../text/charset.js';
import { stripEdges } from '../text/scan.js';

export interface MimeResult {
  /**
   * Lower-cased header name → value (first occurrence), unfolded (each fold one space), encoded words decoded.
   * Address headers stay as written: their encoded words are decoded per name by parseAddressList (a decoded name
   * may hold a comma).
   */
  headers: Record<string, string>;
  /** The top-level header lines as written: lower-cased name, `line` = "Name: value" (folded as in the source). */
  headerLines: Array<{ key: string; line: string }>;
  /** Number of lines the header block takes in the raw message, plus the blank line after it. */
  headerLineCount: number;
  text?: string;
  html?: string;
  attachments: Attachment[];
  /** The text is the body as written (one text/plain part, no transfer encoding): its lines are the file's lines. */
  bodyVerbatim: boolean;
}

/** postal-mime's CommonJS build: one `require` loads it in ~8 ms, its ESM build (ten modules) takes ~12 ms. */
export const postalMime = createRequire(import.meta.url)('postal-mime') as typeof import('postal-mime');

const ADDRESS_HEADERS = new Set(['from', 'sender', 'to', 'cc', 'bcc', 'reply-to']);
const BOM = /^(?:\uFEFF|\xEF\xBB\xBF)/;

function headerBlock(s: string): { head: string; lines: number } {
  if (/^\r?\n/.test(s)) return { head: '', lines: 1 };
  const m = /\r?\n\r?\n/.exec(s);
  const head = m ? s.slice(0, m.index) : s;
  return { head, lines: head.split('\n').length + (m ? 1 : 0) };
}

/** One header of the top-level header block (unfolded), or an empty string when there is none. */
function topHeader(head: string, name: string): string {
  const m = new RegExp(`^${name}[ \\t]*:([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'im').exec(head);
  return m ? m[1]!.replace(/\r?\n[ \t]+/g, ' ').trim() : '';
}

function parse(raw: Buffer): Promise<Email> {
  // an attached message (message/rfc822) is an attachment, not more body text (as mailparser read it)
  return postalMime.default.parse(raw, { attachmentEncoding: 'arraybuffer', rfc822Attachments: true });
}

/** Charsets in which every byte below 0x20 is that control character, whatever comes around it. */
const ASCII_BASED = /^(?:us-ascii|ascii|utf-?8|iso-?8859-\d{1,2}|windows-125\d|cp-?125\d|latin-?1)$/;
/** Control bytes that can stand in for a line break (not blanks, so no trim() removes them). */
const STAND_INS = [1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31].map((c) => String.fromCharCode(c));

/**
 * A body postal-mime would read as one text/plain part without transfer encoding, with each line break replaced by a
 * control byte the body does not hold, and that byte; undefined when the body is not such a one.
 *
 * postal-mime keeps each line of a part as its own chunk and joins them through a Blob, at some 10 µs a line: a draft
 * of 200,000 empty lines took 1.7 s. It reads a line as the bytes up to "\n" without the "\r"s that end them, and
 * the part as its lines each followed by "\n"; so a body whose "\r*\n"s are one stand-in byte is one line, and that
 * byte turned back into "\n" in the text gives the same text in one chunk.
 */
function oneLineBody(s: string): { raw: string; standIn: string } | undefined {
  const { head } = headerBlock(s);
  const ct = topHeader(head, 'content-type').toLowerCase();
  const cte = topHeader(head, 'content-transfer-encoding').toLowerCase();
  const type = ct.split(';')[0]!.trim();
  // format=flowed joins lines by what ends them: only a part read line by line keeps that
  if ((type && type !== 'text/plain') || /;\s*format\s*=/.test(ct)) return undefined;
  if (!['', '7bit', '8bit', 'binary'].includes(cte)) return undefined;
  const charset = (/;\s*charset\s*=\s*"?([\w.:-]{1,40})/.exec(ct)?.[1] ?? 'us-ascii').toLowerCase();
  if (!ASCII_BASED.test(charset)) return undefined;
  // the body starts after the first blank line (postal-mime may find one earlier, in a line of only "\r"s: then
  // the lines before this one are its first body lines, read as before)
  const blank = /\r?\n\r?\n/.exec(s);
  const start = head === '' ? s.indexOf('\n') + 1 : blank ? blank.index + blank[0].length : -1;
  if (start <= 0) return undefined;
  const body = s.slice(start);
  const standIn = STAND_INS.find((c) => !body.includes(c));
  if (!standIn || !body.includes('\n')) return undefined;
  const lines = body.split('\n');
  if (body.endsWith('\n')) lines.pop();
  return { raw: s.slice(0, start) + lines.map((l) => stripEdges(l, null, '\r')).join(standIn), standIn };
}

/** parse(), through the one-line body where the message allows it (see oneLineBody): the same Email, faster. */
async function parseFast(raw: Buffer, lineByLine: boolean): Promise<Email> {
  const fast = lineByLine ? undefined : oneLineBody(raw.toString('latin1'));
  if (fast) {
    const email = await parse(Buffer.from(fast.raw, 'latin1'));
    // a part that postal-mime took as an attachment, or no text at all: read the message as it is
    if (email.text !== undefined && !email.attachments.length && email.html === undefined) return { ...email, text: email.text.split(fast.standIn).join('\n') };
  }
  return parse(raw);
}

/**
 * Reads one raw message; throws when its MIME structure cannot be read at all. `lineByLine` hands the body to
 * postal-mime as written (one chunk a line): the reference the one-line reading is compared with in the tests.
 */
export async function readMime(input: Buffer, { lineByLine = false }: { lineByLine?: boolean } = {}): Promise<MimeResult> {
  let s = input.toString('latin1').replace(BOM, '');
  const { head, lines } = headerBlock(s);
  const ct = topHeader(head, 'content-type').toLowerCase();
  const cte = topHeader(head, 'content-transfer-encoding').toLowerCase();
  const type = ct.split(';')[0]!.trim();
  const delsp = /;\s*delsp\s*=\s*"?yes\b/.test(ct);
  const bodyVerbatim = (!type || type === 'text/plain') && !['base64', 'quoted-printable'].includes(cte) && !delsp;
  // format=flowed without DelSp: keep the soft line breaks as written, as in any wrapped plain-text mail (the
  // analysis reads wrapped prose fine), so that a draft's line numbers point into its file.
  // (the Content-Type kept on the message is the one written)
  let writtenType: string | undefined;
  if (bodyVerbatim && /;\s*format\s*=\s*"?flowed/.test(ct)) {
    const plain = head.replace(/^(content-type[ \t]*:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/im, (h) => {
      writtenType = h;
      return h.replace(/;\s*format\s*=\s*"?flowed"?/i, '');
    });
    s = plain + s.slice(head.length);
  }
  const raw = fixHeaderBytes(Buffer.from(s, 'latin1'));

  let email = await parseFast(raw, lineByLine);
  const bad = countBad(email.text) + countBad(email.html);
  if (bad > 0) {
    // 8-bit text without a charset (or a wrong "us-ascii"): read it again as windows-1252
    try {
      const second = await parseFast(declareWindows1252(raw), lineByLine);
      if (countBad(second.text) + countBad(second.html) < bad) email = { ...second, headers: email.headers, headerLines: email.headerLines };
    } catch {
      /* keep the first reading */
    }
  }

  const headers: Record<string, string> = {};
  const headerLines = email.headerLines.map((l) => ({ key: l.key, line: l.key === 'content-type' && writtenType !== undefined ? writtenType : l.line }));
  for (const { key, line } of headerLines) {
    if (key in headers) continue;
    const value = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
    headers[key] = ADDRESS_HEADERS.has(key) ? value : repairC1(postalMime.decodeWords(value)).trim();
  }
  const attachments = email.attachments.map((a): Attachment => {
    const size = typeof a.content === 'string' ? a.content.length : a.content.byteLength;
    return a.filename ? { contentType: a.mimeType, size, filename: a.filename } : { contentType: a.mimeType, size };
  });
  const out: MimeResult = { headers, headerLines, headerLineCount: lines, attachments, bodyVerbatim };
  if (email.text !== undefined) out.text = repairC1(email.text);
  if (email.html !== undefined) out.html = repairC1(email.html);
  return out;
}
