/**
 * "Noise first" (rules.md): is this message sent by a machine or a list, so that it never needs a reply?
 * Returns a short reason ('list-unsubscribe', 'auto-submitted', …) or false.
 */
import type { Address } from '../model.js';

/** Header values by lower-cased name (the message's kept headers). */
type Headers = Record<string, string>;

const get = (headers: Headers, name: string): string | undefined => headers[name];

/** Local parts of machine senders: noreply, no-reply, do-not-reply, mailer-daemon, postmaster, notifications… */
const MACHINE_LOCAL = /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|mailer[-_.]?daemon|postmaster|notifications?|bounces?|auto[-_.]?reply)(?:[-+_.].*)?$/i;

export function automatedReason(headers: Headers, from: Address, contentType?: string): string | false {
  const autoSubmitted = get(headers, 'auto-submitted');
  if (autoSubmitted !== undefined && !/^\s*no\b/i.test(autoSubmitted)) return 'auto-submitted';
  const precedence = get(headers, 'precedence');
  if (precedence && /^\s*(bulk|list|junk)\b/i.test(precedence)) return `precedence-${precedence.trim().toLowerCase().split(/\W/)[0]}`;
  if (get(headers, 'list-id') !== undefined) return 'list-id';
  if (get(headers, 'list-unsubscribe') !== undefined) return 'list-unsubscribe';
  if (get(headers, 'x-autoreply') !== undefined || get(headers, 'x-autorespond') !== undefined) return 'x-autoreply';
  const returnPath = get(headers, 'return-path');
  if (returnPath !== undefined && /^\s*<\s*>\s*$/.test(returnPath)) return 'empty-return-path';
  const local = from.address.split('@')[0] ?? '';
  if (MACHINE_LOCAL.test(local)) return 'machine-sender';
  const ct = contentType ?? get(headers, 'content-type');
  if (ct && /^\s*multipart\/report\b/i.test(ct)) return 'delivery-report';
  return false;
}
