/**
 * "Noise first" (rules.md): is this message sent by a machine or a list, so that it never needs a reply?
 * Returns a short reason ('list-unsubscribe', 'auto-submitted', …) or false.
 */
import type { Address } from '../model.js';

type HeaderSource = Map<string, unknown> | Record<string, string>;

function get(headers: HeaderSource, name: string): string | undefined {
  const v = headers instanceof Map ? headers.get(name) : headers[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map((x) => headerText(x)).join(', ');
  return headerText(v);
}

/** mailparser turns some headers into objects ({ value, params } or { text, value: [...] }). */
function headerText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') {
    const o = v as { text?: unknown; value?: unknown };
    if (typeof o.text === 'string') return o.text;
    if (typeof o.value === 'string') return o.value;
    if (Array.isArray(o.value)) return o.value.map((x: { address?: string }) => x?.address ?? '').join(', ');
    // List-* headers come as { unsubscribe: { url, mail }, id: {...} } from mailparser: presence is what counts
    return JSON.stringify(v);
  }
  return String(v ?? '');
}

/** Local parts of machine senders: noreply, no-reply, do-not-reply, mailer-daemon, postmaster, notifications… */
const MACHINE_LOCAL = /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|mailer[-_.]?daemon|postmaster|notifications?|bounces?|auto[-_.]?reply)(?:[-+_.].*)?$/i;

export function automatedReason(headers: HeaderSource, from: Address, contentType?: string): string | false {
  const autoSubmitted = get(headers, 'auto-submitted');
  if (autoSubmitted !== undefined && !/^\s*no\b/i.test(autoSubmitted)) return 'auto-submitted';
  const precedence = get(headers, 'precedence');
  if (precedence && /^\s*(bulk|list|junk)\b/i.test(precedence)) return `precedence-${precedence.trim().toLowerCase().split(/\W/)[0]}`;
  if (get(headers, 'list-id') !== undefined) return 'list-id';
  if (get(headers, 'list-unsubscribe') !== undefined) return 'list-unsubscribe';
  // mailparser folds every List-* header into one 'list' object
  const list = headers instanceof Map ? headers.get('list') : undefined;
  if (list && typeof list === 'object') {
    if ('id' in list) return 'list-id';
    if ('unsubscribe' in list) return 'list-unsubscribe';
  }
  if (get(headers, 'x-autoreply') !== undefined || get(headers, 'x-autorespond') !== undefined) return 'x-autoreply';
  const returnPath = get(headers, 'return-path');
  if (returnPath !== undefined && /^\s*<\s*>\s*$/.test(returnPath)) return 'empty-return-path';
  const local = from.address.split('@')[0] ?? '';
  if (MACHINE_LOCAL.test(local)) return 'machine-sender';
  const ct = contentType ?? get(headers, 'content-type');
  if (ct && /^\s*multipart\/report\b/i.test(ct)) return 'delivery-report';
  return false;
}
