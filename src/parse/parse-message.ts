/**
 * One raw message → a `Message`: ids, addresses, date (with fallback), direction, automated, language,
 * text and the new/quoted/signature split. mailparser is imported lazily (it costs ~95 ms at start-up).
 */
import { createHash } from 'node:crypto';
import type { Address, Attachment, Message, RawMessage } from '../model.js';
import { MessageError } from '../errors.js';
import { detectLanguage } from '../text/language.js';
import { automatedReason } from './automated.js';
import { htmlToText } from './html.js';
import { splitReply } from './split.js';
import { readMime, type MimeResult } from './mime.js';
import { addressMatcher } from '../address.js';

export interface ParseOptions {
  /** My addresses; "*@domain" wildcards allowed. */
  me: string[];
  internalDomains: string[];
  /** The clock for "a Date more than two days in the future is absurd"; default the real time. */
  now?: Date;
}

/** Raw headers kept on the Message (lower-cased names) for rules that need them. */
const KEPT_HEADERS = new Set([
  'auto-submitted',
  'precedence',
  'list-id',
  'list-unsubscribe',
  'x-autoreply',
  'x-autorespond',
  'x-auto-response-suppress',
  'return-path',
  'content-type',
  'x-mailer',
  'user-agent',
  'importance',
  'x-priority',
  'sender',
  'x-original-to',
  'delivered-to',
  'x-gmail-labels',
  'x-spam-flag',
]);

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

function domainOf(addr: string): string {
  const at = addr.lastIndexOf('@');
  return at < 0 ? '' : addr.slice(at + 1);
}

function isInternalDomain(domain: string, internal: string[]): boolean {
  if (!domain) return false;
  return internal.some((d) => {
    const x = d.trim().toLowerCase().replace(/^\*?@?\.?/, '');
    return x !== '' && (domain === x || domain.endsWith('.' + x));
  });
}

// ---- ids ----------------------------------------------------------------------------------------

function msgIds(v: unknown): string[] {
  if (!v) return [];
  const s = Array.isArray(v) ? v.join(' ') : String(v);
  const ids = s.match(/<[^<>\s]+>/g);
  if (ids) return ids;
  // ids without angle brackets (seen in the wild): take whitespace-separated tokens with an @
  return s
    .split(/[\s,]+/)
    .filter((x) => x.includes('@'))
    .map((x) => `<${x}>`);
}

function generatedId(from: string, dateRaw: string, subject: string, body: string): string {
  const h = createHash('sha1');
  h.update(`${from}\n${dateRaw}\n${subject}\n${body.slice(0, 2048)}`);
  return `<generated-${h.digest('hex').slice(0, 24)}@replycheck>`;
}

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
  // CRLF → LF, no BOMs, whitespace-only lines (Outlook's &nbsp; paragraphs) empty, no trailing space
  text = text
    .replace(/\r\n?/g, '\n')
    .replace(/\uFEFF/g, '')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\s+$/, '');

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

  const headers = keptHeaders(mime.headerLines);
  const dateRaw = mime.headerLines.find((l) => l.key.toLowerCase() === 'date')?.line ?? '';
  let messageId = msgIds(h.get('message-id'))[0];
  let messageIdGenerated: boolean | undefined;
  if (!messageId) {
    messageId = generatedId(from.address, dateRaw, subject, text);
    messageIdGenerated = true;
  }

  const isMe = addressMatcher(opts.me);
  const mine = from.address !== '' && isMe(from.address);
  const split = splitReply(text);
  const replyTo = addresses(h.get('reply-to'));
  const contentType = headers['content-type'];

  const msg: Message = {
    messageId,
    inReplyTo: msgIds(h.get('in-reply-to'))[0],
    references: msgIds(h.get('references')),
    subject,
    from,
    to: addresses(h.get('to')),
    cc: addresses(h.get('cc')),
    date,
    dateSource,
    direction: mine ? 'out' : 'in',
    automated: automatedReason(headers, from, contentType),
    internal: !mine && isInternalDomain(domainOf(from.address), opts.internalDomains),
    language: detectLanguage(split.newText.length >= 20 ? split.newText : text),
    text,
    newText: split.newText,
    quotedText: split.quotedText,
    signature: split.signature,
    attachments: mime.attachments as Attachment[],
    origin: raw.origin,
    headers,
  };
  if (messageIdGenerated) msg.messageIdGenerated = true;
  if (replyTo.length) msg.replyTo = replyTo;
  if (!msg.inReplyTo) delete msg.inReplyTo;
  return msg;
}
