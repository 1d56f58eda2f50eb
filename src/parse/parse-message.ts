/**
 * One raw message → a `Message`: ids, addresses, date (with fallback), direction, automated, language,
 * text and the new/quoted/signature split. mailparser is imported lazily (it costs ~95 ms at start-up).
 */
import type { Address, Attachment, Message, RawMessage } from '../model.js';
import { MessageError } from '../errors.js';
import { htmlToText } from './html.js';
import { readMime, type MimeResult } from './mime.js';
import { assembleMessage, KEPT_HEADERS, msgIds, tidyBody, type ParseOptions } from './assemble.js';

export type { ParseOptions } from './assemble.js';

const DAY = 86_400_000;
const MIN_DATE = Date.UTC(1990, 0, 1);

// ---- addresses ----------------------------------------------------------------------------------

interface MpAddress {
  address?: string;
  name?: string;
  group?: MpAddress[];
}

function flatten(list: MpAddress[] | undefined, out: Address[] = []): Address[] {
  for (const a of list ?? []) {
    if (a.group) flatten(a.group, out);
    else if (a.address) out.push(a.name ? { address: a.address.toLowerCase(), name: a.name } : { address: a.address.toLowerCase() });
  }
  return out;
}

function addresses(v: unknown): Address[] {
  if (!v) return [];
  const objs = (Array.isArray(v) ? v : [v]) as Array<{ value?: MpAddress[] }>;
  const out: Address[] = [];
  for (const o of objs) flatten(o.value, out);
  return out;
}

export { addressMatcher } from '../address.js';

// ---- headers ------------------------------------------------------------------------------------

function keptHeaders(lines: Array<{ key: string; line: string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key, line } of lines) {
    const k = key.toLowerCase();
    if (!KEPT_HEADERS.has(k) || k in out) continue;
    const colon = line.indexOf(':');
    out[k] = line
      .slice(colon + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim()
      .slice(0, 1000);
  }
  return out;
}

// ---- main ---------------------------------------------------------------------------------------

/** The reason only: whoever records the error names the message (file, mbox offset, IMAP uid) beside it. */
function fail(_raw: RawMessage, code: string, en: string, nl: string): MessageError {
  return new MessageError(code, { en, nl });
}

export async function parseMessage(raw: RawMessage, opts: ParseOptions): Promise<Message> {
  if (!raw.raw || raw.raw.length === 0) throw fail(raw, 'EMPTY', 'empty message', 'leeg bericht');
  let mime: MimeResult;
  try {
    mime = await readMime(raw.raw);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw fail(raw, 'MIME', `cannot parse MIME structure (${why})`, `kan de MIME-structuur niet lezen (${why})`);
  }
  const h = mime.headers;

  let text = mime.text ?? '';
  if (!text.trim() && mime.html) text = await htmlToText(mime.html);
  text = tidyBody(text);

  const from = addresses(h.get('from'))[0] ?? addresses(h.get('sender'))[0] ?? { address: '' };
  const subject = typeof h.get('subject') === 'string' ? (h.get('subject') as string).trim() : '';

  // Date: the header unless missing or absurd, else the time the message was received.
  const now = (opts.now ?? new Date()).getTime();
  const headerDate = h.get('date');
  let date: Date | undefined;
  let dateSource: Message['dateSource'] = 'header';
  if (headerDate instanceof Date && !Number.isNaN(headerDate.getTime())) {
    const t = headerDate.getTime();
    if (t >= MIN_DATE && t <= now + 2 * DAY) date = headerDate;
  }
  if (!date) {
    if (!raw.origin.receivedAt || Number.isNaN(raw.origin.receivedAt.getTime()))
      throw fail(raw, 'NO_DATE', 'no usable Date header and no receive time', 'geen bruikbare Date-kop en geen ontvangsttijd');
    date = raw.origin.receivedAt;
    dateSource = 'received';
  }

  return assembleMessage(
    {
      from,
      to: addresses(h.get('to')),
      cc: addresses(h.get('cc')),
      replyTo: addresses(h.get('reply-to')),
      subject,
      date,
      dateSource,
      dateRaw: mime.headerLines.find((l) => l.key.toLowerCase() === 'date')?.line ?? '',
      toRaw: mime.headerLines.find((l) => l.key.toLowerCase() === 'to')?.line.replace(/^[^:]*:/, '').trim(),
      messageIds: msgIds(h.get('message-id')),
      inReplyTo: msgIds(h.get('in-reply-to')),
      references: msgIds(h.get('references')),
      headers: keptHeaders(mime.headerLines),
      text,
      attachments: mime.attachments as Attachment[],
      origin: raw.origin,
    },
    opts,
  );
}
