/**
 * A draft (or the message it answers) → a `Message`, without mailparser: the same fields parse-message fills,
 * from the headers draft-mime.ts reads. Used only by `lint`, where start-up time counts.
 */
import type { Address, Message, Origin } from '../model.js';
import { assembleMessage, KEPT_HEADERS, msgIds, tidyBody, type ParseOptions } from '../parse/assemble.js';
import { repairC1 } from '../text/charset.js';
import { replaceParens } from '../text/scan.js';
import { postalMime } from './draft-mime.js';


/** "Jan de Vries <jan@x.nl>, \"Vries, Piet\" <piet@x.nl>, kees@x.nl (Kees)" → addresses (postal-mime's parser); groups are flattened. */
export function parseAddressList(v: string | undefined): Address[] {
  if (!v) return [];
  const out: Address[] = [];
  for (const a of postalMime.addressParser(v, { flatten: true })) {
    if (!a.address || !a.address.includes('@')) continue;
    const name = repairC1(a.name ?? '').trim();
    out.push(name ? { address: a.address.toLowerCase(), name } : { address: a.address.toLowerCase() });
  }
  return out;
}


const MIN_DATE = Date.UTC(1990, 0, 1);
const MAX_DATE_HEADER = 200;

/**
 * RFC 5322 dates ("Tue, 3 Mar 2026 10:12:00 +0100 (CET)"); undefined when absent, unreadable or absurd (before 1990,
 * or more than two days after `now`), as the full parser judges them.
 */
export function parseMailDate(v: string | undefined, now: Date = new Date()): Date | undefined {
  if (!v) return undefined;
  // (a Date header is short: the cut bounds the comment pattern, which is quadratic on a run of "(")
  const d = new Date(replaceParens(v.slice(0, MAX_DATE_HEADER).replace(/[\n\r\u2028\u2029]/g, ' '), '').trim());
  const t = d.getTime();
  return Number.isNaN(t) || t < MIN_DATE || t > now.getTime() + 2 * 86_400_000 ? undefined : d;
}



export interface BuildInput {
  headers: Record<string, string>;
  text: string;
  attachments: Message['attachments'];
  origin: Origin;
  /** Used when the Date header is missing (a plain-text draft: now). */
  fallbackDate: Date;
  /** A draft is always mine; the original is judged by From. */
  direction?: Message['direction'];
}

export function buildMessage(input: BuildInput, opts: ParseOptions): Message {
  const h = input.headers;
  const headerDate = parseMailDate(h.date, opts.now);
  const headers: Record<string, string> = {};
  for (const k of KEPT_HEADERS) if (h[k] !== undefined) headers[k] = h[k]!.slice(0, 1000);
  return assembleMessage(
    {
      from: parseAddressList(h.from)[0] ?? parseAddressList(h.sender)[0] ?? { address: '' },
      to: parseAddressList(h.to),
      cc: parseAddressList(h.cc),
      replyTo: parseAddressList(h['reply-to']),
      subject: (h.subject ?? '').trim(),
      date: headerDate ?? input.fallbackDate,
      dateSource: headerDate ? 'header' : 'received',
      dateRaw: h.date ?? '',
      messageIds: msgIds(h['message-id']),
      inReplyTo: msgIds(h['in-reply-to']),
      references: msgIds(h.references),
      headers,
      text: tidyBody(input.text),
      attachments: input.attachments,
      origin: input.origin,
      direction: input.direction,
    },
    opts,
  );
}
