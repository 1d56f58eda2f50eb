/**
 * One raw message → a `Message`, for every source and command: the MIME reader (mime.ts), the body text (HTML
 * converted only when there is no text part), then the one builder (build.ts).
 */
import type { Message, RawMessage } from '../model.js';
import { MessageError } from '../errors.js';
import { htmlToText } from './html.js';
import { readMime, type MimeResult } from './mime.js';
import { buildMessage } from './build.js';
import type { ParseOptions } from './assemble.js';

export type { ParseOptions } from './assemble.js';
export { addressMatcher } from '../address.js';

export interface ReadOptions {
  /** Used when the Date header is missing or absurd (a draft being written: now); default the receive time. */
  fallbackDate?: Date;
  /** A draft is mine whoever it is from. */
  direction?: Message['direction'];
}

/** What the parser read besides the message: where a draft's body lines lie in its file. */
export interface ReadMessage {
  message: Message;
  mime: MimeResult;
  /** The text came from the HTML part (there was no text part). */
  fromHtml: boolean;
}

export async function readMessage(raw: RawMessage, opts: ParseOptions, read: ReadOptions = {}): Promise<ReadMessage> {
  if (!raw.raw || raw.raw.length === 0) throw new MessageError('EMPTY', { en: 'empty message', nl: 'leeg bericht' });
  let mime: MimeResult;
  try {
    mime = await readMime(raw.raw);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new MessageError('MIME', { en: `cannot parse MIME structure (${why})`, nl: `kan de MIME-structuur niet lezen (${why})` });
  }
  let text = mime.text ?? '';
  let fromHtml = false;
  if (!text.trim() && mime.html?.trim()) {
    text = await htmlToText(mime.html);
    fromHtml = true;
  }
  const message = buildMessage(
    { headers: mime.headers, headerLines: mime.headerLines, text, attachments: mime.attachments, origin: raw.origin, ...read },
    opts,
  );
  return { message, mime, fromHtml };
}

export async function parseMessage(raw: RawMessage, opts: ParseOptions): Promise<Message> {
  return (await readMessage(raw, opts)).message;
}
