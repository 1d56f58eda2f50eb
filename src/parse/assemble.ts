/**
 * The last step of parsing (after build.ts): headers, addresses and body text → one `Message`, with the split,
 * direction, colleague test, automated test, language and synthesised Message-ID. Imports nothing heavy.
 */
import { createHash } from 'node:crypto';
import type { Address, Attachment, Direction, Message, Origin } from '../model.js';
import { addressMatcher } from '../address.js';
import { detectLanguage } from '../text/language.js';
import { automatedReason } from './automated.js';
import { splitReply } from './split.js';
import { MAX_ANALYSED_CHARS } from './limits.js';
import { bulkReason } from './bulk.js';

export interface ParseOptions {
  /** My addresses; "*@domain" wildcards allowed. */
  me: string[];
  internalDomains: string[];
  /** The clock for "a Date more than two days in the future is absurd"; default the real time. */
  now?: Date;
}

/** Raw headers kept on the Message (lower-cased names) for rules that need them. */
export const KEPT_HEADERS = new Set([
  'auto-submitted', 'precedence', 'list-id', 'list-unsubscribe', 'x-autoreply', 'x-autorespond', 'x-auto-response-suppress',
  'return-path', 'content-type', 'x-mailer', 'user-agent', 'importance', 'x-priority', 'sender', 'x-original-to',
  'delivered-to', 'x-gmail-labels', 'x-spam-flag',
]);

/** LF line ends, no BOMs, whitespace-only lines (Outlook's &nbsp; paragraphs) empty, no trailing space. */
export function tidyBody(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\uFEFF/g, '')
    // (the look-behind: a run of spaces is tried from its start only, so a long run is not quadratic)
    .replace(/(?<![ \t\u00A0])[ \t\u00A0]+$/gm, '')
    .trimEnd();
}

/** Message-IDs in a header value; ids without angle brackets (seen in the wild) are tokens with an @. */
export function msgIds(v: unknown): string[] {
  if (!v) return [];
  const s = Array.isArray(v) ? v.join(' ') : String(v);
  const ids = s.match(/<[^<>\s]+>/g);
  if (ids) return ids;
  return s
    .split(/[\s,]+/)
    .filter((x) => x.includes('@'))
    .map((x) => `<${x}>`);
}

export function domainOf(addr: string): string {
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

/** A stable id for a message without Message-ID: the same mail read twice gets the same id. */
function generatedId(from: string, dateRaw: string, subject: string, body: string): string {
  const h = createHash('sha1');
  h.update(`${from}\n${dateRaw}\n${subject}\n${body.slice(0, 2048)}`);
  return `<generated-${h.digest('hex').slice(0, 24)}@replycheck>`;
}

export interface MessageParts {
  from: Address;
  to: Address[];
  cc: Address[];
  replyTo: Address[];
  subject: string;
  date: Date;
  dateSource: Message['dateSource'];
  /** The Date header as written, for the synthesised Message-ID. */
  dateRaw: string;
  messageIds: string[];
  inReplyTo: string[];
  references: string[];
  /** Kept headers (see KEPT_HEADERS), lower-cased names. */
  headers: Record<string, string>;
  /** Body text, already tidied (tidyBody). */
  text: string;
  attachments: Attachment[];
  origin: Origin;
  /** The To header as written, when known: an empty group ("undisclosed-recipients:;") leaves `to` empty. */
  toRaw?: string;
  /** Known direction (a draft is always mine); otherwise judged by From against `me`. */
  direction?: Direction;
}

/** The first MAX_ANALYSED_CHARS characters, not splitting a surrogate pair. */
function capText(text: string): string {
  let end = MAX_ANALYSED_CHARS;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end);
}

export function assembleMessage(p: MessageParts, opts: ParseOptions): Message {
  const mine = p.direction ? p.direction === 'out' : p.from.address !== '' && addressMatcher(opts.me)(p.from.address);
  const capped = p.text.length > MAX_ANALYSED_CHARS ? p.text.length : undefined;
  if (capped !== undefined) p = { ...p, text: capText(p.text) };
  const split = splitReply(p.text);
  const messageId = p.messageIds[0] ?? generatedId(p.from.address, p.dateRaw, p.subject, p.text);
  const msg: Message = {
    messageId,
    references: p.references,
    subject: p.subject,
    from: p.from,
    to: p.to,
    cc: p.cc,
    date: p.date,
    dateSource: p.dateSource,
    direction: mine ? 'out' : 'in',
    automated: automatedReason(p.headers, p.from, p.headers['content-type']),
    internal: !mine && isInternalDomain(domainOf(p.from.address), opts.internalDomains),
    language: detectLanguage(split.newText.length >= 20 ? split.newText : p.text),
    text: p.text,
    newText: split.newText,
    quotedText: split.quotedText,
    signature: split.signature,
    disclaimer: split.disclaimer,
    bulk: bulkReason({ own: [split.newText, split.signature, split.disclaimer].join('\n\n'), toRaw: p.toRaw, from: p.from.address, subject: p.subject }),
    attachments: p.attachments,
    origin: p.origin,
    headers: p.headers,
  };
  if (p.inReplyTo[0]) msg.inReplyTo = p.inReplyTo[0];
  if (!p.messageIds[0]) msg.messageIdGenerated = true;
  if (p.replyTo.length) msg.replyTo = p.replyTo;
  if (capped !== undefined) msg.capped = capped;
  return msg;
}
