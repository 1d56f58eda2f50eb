/**
 * A draft's MIME structure, read with postal-mime: `lint` runs at every send, and postal-mime loads in ~14 ms where
 * mailparser (the `scan` pipeline's reader, parse/mime.ts) takes ~150 ms. Both fix 8-bit windows-1252 mail the same
 * way (text/charset.ts). Attachment content is not kept: a draft rule only asks whether there are attachments.
 */
import { createRequire } from 'node:module';
import type { Email } from 'postal-mime';
import type { Attachment } from '../model.js';
import { countBad, declareWindows1252, fixHeaderBytes, repairC1 } from '../text/charset.js';

export interface DraftMime {
  /**
   * Lower-cased header name → value (first occurrence), unfolded, encoded words decoded. Address headers stay as
   * written: their encoded words are decoded per name by parseAddressList (a decoded name may hold a comma).
   */
  headers: Record<string, string>;
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

async function parse(raw: Buffer): Promise<Email> {
  return postalMime.default.parse(raw, { attachmentEncoding: 'arraybuffer' });
}

/** Reads one raw draft. Never throws on odd input: what cannot be read is simply absent. */
export async function readDraftMime(input: Buffer): Promise<DraftMime> {
  let s = input.toString('latin1').replace(BOM, '');
  const { head, lines } = headerBlock(s);
  const ct = topHeader(head, 'content-type').toLowerCase();
  const cte = topHeader(head, 'content-transfer-encoding').toLowerCase();
  const type = ct.split(';')[0]!.trim();
  const delsp = /;\s*delsp\s*=\s*"?yes\b/.test(ct);
  const bodyVerbatim = (!type || type === 'text/plain') && !['base64', 'quoted-printable'].includes(cte) && !delsp;
  // format=flowed without DelSp: keep the soft line breaks as written (the rules read wrapped prose fine), so that
  // line numbers point into the file. postal-mime would join them.
  if (bodyVerbatim && /;\s*format\s*=\s*"?flowed/.test(ct)) {
    const plain = head.replace(/^(content-type[ \t]*:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/im, (h) => h.replace(/;\s*format\s*=\s*"?flowed"?/i, ''));
    s = plain + s.slice(head.length);
  }
  const raw = fixHeaderBytes(Buffer.from(s, 'latin1'));

  let email: Email;
  try {
    email = await parse(raw);
    const bad = countBad(email.text) + countBad(email.html);
    if (bad > 0) {
      // 8-bit text without a charset (or a wrong "us-ascii"): read it again as windows-1252
      const second = await parse(declareWindows1252(raw));
      if (countBad(second.text) + countBad(second.html) < bad) email = { ...second, headers: email.headers };
    }
  } catch {
    return { headers: {}, headerLineCount: lines, attachments: [], bodyVerbatim: false };
  }

  const headers: Record<string, string> = {};
  for (const h of email.headers) {
    if (h.key in headers) continue;
    headers[h.key] = ADDRESS_HEADERS.has(h.key) ? h.value : repairC1(postalMime.decodeWords(h.value)).trim();
  }
  const attachments = email.attachments.map((a): Attachment => {
    const size = typeof a.content === 'string' ? a.content.length : a.content.byteLength;
    return a.filename ? { contentType: a.mimeType, size, filename: a.filename } : { contentType: a.mimeType, size };
  });
  const out: DraftMime = { headers, headerLineCount: lines, attachments, bodyVerbatim };
  if (email.text !== undefined) out.text = repairC1(email.text);
  if (email.html !== undefined) out.html = repairC1(email.html);
  return out;
}
