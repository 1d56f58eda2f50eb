/**
 * Decoded headers and body text → a `Message`: addresses, date (with its fallback), the kept headers, then
 * assemble.ts (split, direction, automated, language). The one builder behind parseMessage (every source, every
 * command) and the original quoted in a draft (lint/original.ts). Imports nothing heavy.
 */
import type { Address, Attachment, Message, Origin } from '../model.js';
import { MessageError } from '../errors.js';
import { repairC1 } from '../text/charset.js';
import { replaceParens } from '../text/scan.js';
import { assembleMessage, KEPT_HEADERS, msgIds, tidyBody, type ParseOptions } from './assemble.js';
import { postalMime } from './mime.js';

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
 * or more than two days after `now`).
 */
export function parseMailDate(v: string | undefined, now: Date = new Date()): Date | undefined {
  if (!v) return undefined;
  // (a Date header is short: the cut bounds the comment pattern, which is quadratic on a run of "(")
  const d = new Date(replaceParens(v.slice(0, MAX_DATE_HEADER).replace(/[\n\r\u2028\u2029]/g, ' '), '').trim());
  const t = d.getTime();
  return Number.isNaN(t) || t < MIN_DATE || t > now.getTime() + 2 * 86_400_000 ? undefined : d;
}

/** A header line's value: unfolded (each fold one space), at most 1,000 characters. */
const lineValue = (line: string) =>
  line
    .slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim()
    .slice(0, 1000);

export interface BuildInput {
  /** Lower-cased name → decoded value (first occurrence); address headers as written. */
  headers: Record<string, string>;
  /** The header lines as written, when the message was read from MIME: kept headers, To and Date come from them. */
  headerLines?: Array<{ key: string; line: string }>;
  text: string;
  attachments: Attachment[];
  origin: Origin;
  /** When the Date header is missing or absurd: this (a draft being written: now); else the time it was received. */
  fallbackDate?: Date;
  /** A draft is always mine; otherwise judged by From. */
  direction?: Message['direction'];
}

export function buildMessage(input: BuildInput, opts: ParseOptions): Message {
  const h = input.headers;
  const lines = new Map<string, string>();
  for (const { key, line } of input.headerLines ?? []) if (!lines.has(key.toLowerCase())) lines.set(key.toLowerCase(), line);
  const kept: Record<string, string> = {};
  for (const k of KEPT_HEADERS) {
    const line = lines.get(k);
    if (line !== undefined) kept[k] = lineValue(line);
    else if (h[k] !== undefined && !input.headerLines) kept[k] = h[k]!.slice(0, 1000);
  }
  const headerDate = parseMailDate(h.date, opts.now);
  let date = headerDate;
  if (!date) {
    const fallback = input.fallbackDate ?? input.origin.receivedAt;
    if (!fallback || Number.isNaN(fallback.getTime()))
      throw new MessageError('NO_DATE', { en: 'no usable Date header and no receive time', nl: 'geen bruikbare Date-kop en geen ontvangsttijd' });
    date = fallback;
  }
  const to = lines.get('to');
  return assembleMessage(
    {
      from: parseAddressList(h.from)[0] ?? parseAddressList(h.sender)[0] ?? { address: '' },
      to: parseAddressList(h.to),
      cc: parseAddressList(h.cc),
      replyTo: parseAddressList(h['reply-to']),
      subject: (h.subject ?? '').trim(),
      date,
      dateSource: headerDate ? 'header' : 'received',
      dateRaw: lines.get('date') ?? h.date ?? '',
      ...(to !== undefined && { toRaw: lineValue(to) }),
      messageIds: msgIds(h['message-id']),
      inReplyTo: msgIds(h['in-reply-to']),
      references: msgIds(h.references),
      headers: kept,
      text: tidyBody(input.text),
      attachments: input.attachments,
      origin: input.origin,
      direction: input.direction,
    },
    opts,
  );
}
