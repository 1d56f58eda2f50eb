/**
 * From an IMAP BODYSTRUCTURE to the least we must download, and back to a parseable message.
 *
 * We fetch the full header block plus only the body text part(s) (text/plain, else text/html), capped in
 * size; attachments are never downloaded but listed from the structure. The rebuilt message keeps the
 * original top-level headers (so a multipart/report stays a report) and wraps each fetched part in its
 * own MIME headers (charset, transfer encoding, format=flowed) under the original boundary, which cannot
 * occur inside the parts themselves.
 */
import type { Attachment } from '../model.js';

/** The subset of imapflow's MessageStructureObject we read (kept local so this file needs no imapflow). */
export interface BodyNode {
  part?: string;
  type: string;
  parameters?: Record<string, string>;
  encoding?: string;
  size?: number;
  disposition?: string;
  dispositionParameters?: Record<string, string>;
  childNodes?: BodyNode[];
}

/** Cap per text part: enough for any human-written mail, stops a 20 MB HTML newsletter. */
export const MAX_TEXT_BYTES = 256 * 1024;

export interface TextPart {
  /** IMAP section to fetch: "1", "1.1", … (a single-part message's body is section "1"). */
  section: string;
  node: BodyNode;
}

export interface MessagePlan {
  /** Parts to fetch, in document order; empty when the message has no text body. */
  text: TextPart[];
  attachments: Attachment[];
  /** True when the message is not multipart: the body is the raw part under the original headers. */
  singlePart: boolean;
}

function filenameOf(n: BodyNode): string | undefined {
  return n.dispositionParameters?.filename ?? n.parameters?.name ?? undefined;
}

/** Body text types, as the MIME reader (src/parse/mime.ts) reads them: a delivery report's status part is an attachment. */
const TEXT_TYPES = new Set(['text/plain', 'text/html']);

/** Same rule as the MIME reader, so IMAP and local files agree: a text type that is not marked as attachment is body. */
function isAttachmentNode(n: BodyNode): boolean {
  const disposition = n.disposition?.toLowerCase();
  return !TEXT_TYPES.has(n.type.toLowerCase()) || (disposition !== undefined && disposition !== 'inline');
}

/** Decide what to download for one message. */
export function planMessage(root: BodyNode | undefined): MessagePlan {
  if (!root) return { text: [], attachments: [], singlePart: true };
  const leaves: TextPart[] = [];
  const attachments: Attachment[] = [];
  const walk = (n: BodyNode, section: string) => {
    const type = n.type.toLowerCase();
    if (type.startsWith('multipart/') && n.childNodes) {
      n.childNodes.forEach((c, i) => walk(c, c.part ?? (section ? `${section}.${i + 1}` : String(i + 1))));
      return;
    }
    if (isAttachmentNode(n)) {
      // A forwarded message/rfc822 is listed as one attachment; its insides are not our body text.
      const a: Attachment = { contentType: type, size: n.size ?? 0 };
      const name = filenameOf(n);
      if (name !== undefined) a.filename = name;
      attachments.push(a);
    } else {
      leaves.push({ section: section || '1', node: n });
    }
  };
  const singlePart = !root.type.toLowerCase().startsWith('multipart/');
  walk(root, singlePart ? '1' : '');
  // Plain text (and delivery status) parts make the text; HTML only when there is no plain text at all.
  const plain = leaves.filter((l) => l.node.type.toLowerCase() !== 'text/html');
  const text = plain.length ? plain : leaves.filter((l) => l.node.type.toLowerCase() === 'text/html');
  return { text, attachments, singlePart };
}

/** An IMAP fetch key with a size cap: BODY.PEEK[1.1]<0.cap>. */
export function fetchKeys(plan: MessagePlan, cap = MAX_TEXT_BYTES): { key: string; maxLength: number }[] {
  return plan.text.map((t) => ({ key: t.section, maxLength: cap }));
}

/** A MIME parameter value, quoted when it has anything outside a token. */
function param(name: string, value: string): string {
  // Non-ASCII (a decoded "offerte café.pdf") goes back as an RFC 2047 word, which mail parsers decode in parameters.
  if (/[^\x20-\x7e]/.test(value)) return `${name}="=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?="`;
  return /^[A-Za-z0-9!#$&+.^_`|~-]+$/.test(value) ? `${name}=${value}` : `${name}="${value.replace(/["\\]/g, '\\$&')}"`;
}

function partHeaders(n: BodyNode): string {
  const params = Object.entries(n.parameters ?? {})
    .filter(([k]) => k.toLowerCase() !== 'name')
    .map(([k, v]) => `; ${param(k, v)}`)
    .join('');
  const enc = n.encoding ? `Content-Transfer-Encoding: ${n.encoding}\r\n` : '';
  return `Content-Type: ${n.type}${params}\r\n${enc}`;
}

function attachmentStub(a: Attachment): string {
  // Headers only, no content: mail parsers list it as an attachment, and nothing was downloaded.
  const name = a.filename !== undefined ? `; ${param('filename', a.filename)}` : '';
  return `Content-Type: ${a.contentType}\r\nContent-Disposition: attachment${name}\r\n`;
}

/** The header block with exactly one blank line after it. */
function headerBlock(headers: Buffer): Buffer {
  let end = headers.length;
  while (end > 0 && (headers[end - 1] === 0x0a || headers[end - 1] === 0x0d)) end--;
  return Buffer.concat([headers.subarray(0, end), Buffer.from('\r\n\r\n')]);
}

/**
 * Rebuild a message mail parsers read like the original, from its headers, its structure and the
 * fetched text parts (keyed by section; imapflow lower-cases keys, so "1.1" and "text" are safe).
 */
export function buildRaw(headers: Buffer, root: BodyNode | undefined, plan: MessagePlan, parts: Map<string, Buffer>): Buffer {
  const head = headerBlock(headers);
  if (!root || plan.singlePart) {
    const body = plan.text[0] ? parts.get(plan.text[0].section) : undefined;
    return body ? Buffer.concat([head, body]) : head;
  }
  const boundary = root.parameters?.boundary ?? root.parameters?.BOUNDARY;
  if (!boundary) return head;
  const chunks: Buffer[] = [head];
  const add = (s: string) => chunks.push(Buffer.from(s, 'utf8'));
  for (const t of plan.text) {
    const body = parts.get(t.section.toLowerCase()) ?? Buffer.alloc(0);
    add(`--${boundary}\r\n${partHeaders(t.node)}\r\n`);
    chunks.push(body);
    add('\r\n');
  }
  // Stubs only where attachments are legal siblings: not inside a multipart/alternative top level.
  if (root.type.toLowerCase() !== 'multipart/alternative') {
    for (const a of plan.attachments) add(`--${boundary}\r\n${attachmentStub(a)}\r\n\r\n`);
  }
  add(`--${boundary}--\r\n`);
  return Buffer.concat(chunks);
}
