/**
 * A draft (or the message it answers) → a `Message`, without mailparser: the same fields parse-message fills,
 * from the headers draft-mime.ts reads. Used only by `lint`, where start-up time counts.
 */
import { createHash } from 'node:crypto';
import type { Address, Message, Origin } from '../model.js';
import type { ParseOptions } from '../parse/parse-message.js';
import { addressMatcher } from '../address.js';
import { automatedReason } from '../parse/automated.js';
import { splitReply } from '../parse/split.js';
import { detectLanguage } from '../text/language.js';
import { repairC1 } from '../text/charset.js';
import { postalMime } from './draft-mime.js';

const KEPT = ['auto-submitted', 'precedence', 'list-id', 'list-unsubscribe', 'x-autoreply', 'x-autorespond', 'return-path', 'content-type', 'x-mailer', 'user-agent'];

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

function msgIds(v: string | undefined): string[] {
  if (!v) return [];
  return v.match(/<[^<>\s]+>/g) ?? v.split(/[\s,]+/).filter((x) => x.includes('@')).map((x) => `<${x}>`);
}

/** RFC 5322 dates ("Tue, 3 Mar 2026 10:12:00 +0100 (CET)"); undefined when absent or unreadable. */
export function parseMailDate(v: string | undefined): Date | undefined {
  if (!v) return undefined;
  const d = new Date(v.replace(/\([^)]*\)/g, '').trim());
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Normalise body text the way parse-message does: LF line ends, no BOM, no trailing blanks. */
export function tidyBody(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\uFEFF/g, '')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\s+$/, '');
}

function domainOf(addr: string): string {
  const at = addr.lastIndexOf('@');
  return at < 0 ? '' : addr.slice(at + 1);
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
  const text = tidyBody(input.text);
  const from = parseAddressList(h.from)[0] ?? parseAddressList(h.sender)[0] ?? { address: '' };
  const subject = (h.subject ?? '').trim();
  const headerDate = parseMailDate(h.date);
  const isMe = addressMatcher(opts.me);
  const mine = input.direction ? input.direction === 'out' : from.address !== '' && isMe(from.address);
  const split = splitReply(text);
  const headers: Record<string, string> = {};
  for (const k of KEPT) if (h[k] !== undefined) headers[k] = h[k]!.slice(0, 1000);
  let messageId = msgIds(h['message-id'])[0];
  const generated = !messageId;
  if (!messageId) {
    const hash = createHash('sha1').update(`${from.address}\n${h.date ?? ''}\n${subject}\n${text.slice(0, 2048)}`).digest('hex');
    messageId = `<generated-${hash.slice(0, 24)}@replycheck>`;
  }
  const internalDomains = opts.internalDomains.map((d) => d.trim().toLowerCase().replace(/^\*?@?\.?/, '')).filter(Boolean);
  const domain = domainOf(from.address);
  const msg: Message = {
    messageId,
    references: msgIds(h.references),
    subject,
    from,
    to: parseAddressList(h.to),
    cc: parseAddressList(h.cc),
    date: headerDate ?? input.fallbackDate,
    dateSource: headerDate ? 'header' : 'received',
    direction: mine ? 'out' : 'in',
    automated: automatedReason(headers, from, headers['content-type']),
    internal: !mine && !!domain && internalDomains.some((d) => domain === d || domain.endsWith('.' + d)),
    language: detectLanguage(split.newText.length >= 20 ? split.newText : text),
    text,
    newText: split.newText,
    quotedText: split.quotedText,
    signature: split.signature,
    attachments: input.attachments,
    origin: input.origin,
    headers,
  };
  const inReplyTo = msgIds(h['in-reply-to'])[0];
  if (inReplyTo) msg.inReplyTo = inReplyTo;
  if (generated) msg.messageIdGenerated = true;
  const replyTo = parseAddressList(h['reply-to']);
  if (replyTo.length) msg.replyTo = replyTo;
  return msg;
}
