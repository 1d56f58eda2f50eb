/**
 * 8-bit mail that is not UTF-8 is nearly always windows-1252 (Outlook, old webmail; mislabelled "iso-8859-1" or
 * "us-ascii", or with no charset at all). The MIME reader (parse/mime.ts) fixes such mail here.
 *
 * Node 20's TextDecoder('windows-1252') decodes like ISO-8859-1: bytes 0x80–0x9F come out as C1 control characters
 * (U+0080–U+009F) instead of "€", "‘’", "“”", "–". iconv-lite (loaded on first need: most mail is UTF-8) has the
 * real table.
 */
import { createRequire } from 'node:module';

interface Iconv {
  decode(bytes: Buffer, encoding: string): string;
}
let iconv: Iconv | undefined;
const lib = (): Iconv => (iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv);

/** Bytes as windows-1252 (the five bytes it leaves undefined stay the C1 controls WHATWG gives them). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return repairC1(Buffer.from(bytes).toString('latin1'));
}

const C1 = /[\u0080-\u009f]+/g;

/**
 * Text decoded as ISO-8859-1 (or by Node's windows-1252 decoder) → the windows-1252 reading. C1 controls never
 * stand in real text, so any that are there are such bytes.
 */
export function repairC1(text: string): string {
  if (!/[\u0080-\u009f]/.test(text)) return text;
  return text.replace(C1, (run) => {
    const fixed = lib().decode(Buffer.from(run, 'latin1'), 'windows-1252');
    // iconv-lite gives U+FFFD for 0x81, 0x8D, 0x8F, 0x90, 0x9D: keep those as they were
    return [...fixed].map((c, i) => (c === '\uFFFD' ? run[i]! : c)).join('');
  });
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** Bytes without a declared charset: UTF-8 when they are valid UTF-8, else windows-1252. */
export function decodeUtf8Or1252(bytes: Uint8Array): string {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Raw 8-bit bytes in the top-level headers (a Subject or From name written without encoded-words) are read as
 * UTF-8 by the MIME parsers; when they are not valid UTF-8 they are almost always windows-1252: re-encoded here.
 */
export function fixHeaderBytes(raw: Buffer): Buffer {
  const limit = Math.min(raw.length, 65_536);
  let end = -1;
  let high = false;
  for (let i = 0; i < limit; i++) {
    const b = raw[i]!;
    if (b >= 0x80) high = true;
    else if (b === 0x0a && (raw[i + 1] === 0x0a || (raw[i + 1] === 0x0d && raw[i + 2] === 0x0a))) {
      end = i + 1;
      break;
    }
  }
  if (!high) return raw;
  const head = raw.subarray(0, end < 0 ? limit : end);
  try {
    utf8Strict.decode(head);
    return raw;
  } catch {
    return Buffer.concat([Buffer.from(decodeWindows1252(head), 'utf8'), raw.subarray(head.length)]);
  }
}

/**
 * For a second reading of a message whose text came out with U+FFFD (8-bit bytes read as UTF-8: no charset, or a
 * wrong "us-ascii"): the same bytes with every text part declared windows-1252.
 */
export function declareWindows1252(raw: Buffer): Buffer {
  let s = raw.toString('latin1');
  s = s.replace(/^(content-type:[ \t]*text\/(?:plain|html)\b)((?:[^\r\n]*)(?:\r?\n[ \t][^\r\n]*)*)/gim, (m, head: string, params: string) => {
    if (/charset\s*=\s*"?(?:us-)?ascii"?/i.test(params)) return head + params.replace(/charset\s*=\s*"?(?:us-)?ascii"?/i, 'charset=windows-1252');
    if (/charset\s*=/i.test(params)) return m;
    return `${head}${params}; charset=windows-1252`;
  });
  const headerEnd = s.search(/\r?\n\r?\n/);
  const headerBlock = headerEnd < 0 ? s : s.slice(0, headerEnd);
  if (!/^content-type\s*:/im.test(headerBlock)) s = 'Content-Type: text/plain; charset=windows-1252\r\n' + s;
  return Buffer.from(s, 'latin1');
}

/** How many U+FFFD (undecodable bytes) a text holds. */
export const countBad = (t: string | undefined): number => (t ? t.split('\uFFFD').length - 1 : 0);
