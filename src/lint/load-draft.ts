/**
 * A draft from a file or stdin → a `Draft` ready for the draft rules, or one line saying why it cannot be
 * checked. A mail (.eml, or anything that starts with mail headers) is read by the one parser every command uses
 * (src/parse/parse-message.ts), so a draft reads the same here as from the Drafts folder or in a scan; anything else
 * that is text is the body itself, as an editor hook hands it over.
 */
import type { Bilingual, Draft, Message, Origin } from '../model.js';
import { readMessage, type ParseOptions, type ReadMessage } from '../parse/parse-message.js';
import { buildMessage } from '../parse/build.js';
import { decodeUtf8Or1252 } from '../text/charset.js';
import { tidyBody } from '../parse/assemble.js';
import { MAX_ANALYSED_CHARS } from '../parse/limits.js';
import { markPlainText } from '../analyze/draft-kind.js';

/** Larger than any draft a person writes, attachments included. */
export const MAX_DRAFT_BYTES = 40 * 1024 * 1024;
/** The text of a draft beyond this is not prose someone wrote: not checked (the parser's cap, src/parse/limits.ts). */
export const MAX_TEXT_CHARS = MAX_ANALYSED_CHARS;

export interface LoadedDraft {
  draft: Draft;
  /** Added to a body line number to get the line in the file (headers above the body); 0 when they differ. */
  lineOffset: number;
  /** True when the body lines are the file's lines (plain text, or a mail without transfer encoding). */
  linesMatchFile: boolean;
  /** The draft was HTML only and was converted to text. */
  fromHtml: boolean;
}

export type Unchecked = { path: string; code: string; reason: Bilingual };
export type LoadResult = { ok: true; loaded: LoadedDraft } | ({ ok: false } & Unchecked);

const no = (path: string, code: string, en: string, nl: string): LoadResult => ({ ok: false, path, code, reason: { en, nl } });

/** Binary data: NUL bytes, or many control characters, in the first 64 KB. */
export function looksBinary(raw: Buffer): boolean {
  const n = Math.min(raw.length, 65_536);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = raw[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) ctrl++;
  }
  return n > 0 && ctrl / n > 0.05;
}

const MAIL_HEADERS = /^(from|to|cc|subject|date|message-id|in-reply-to|references|mime-version|content-type|return-path|received|x-[a-z-]+|reply-to|sender|user-agent|fcc|bcc)$/i;

/** Starts with a block of "Name: value" lines, two or more of which are known mail headers. */
export function looksLikeMail(raw: Buffer): boolean {
  const head = raw.subarray(0, 16_384).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  const lines = head.split(/\r?\n/);
  let known = 0;
  for (const [i, line] of lines.entries()) {
    if (line === '') return known >= 2 || (known >= 1 && i <= 2);
    if (/^[ \t]/.test(line) && i > 0) continue; // folded
    if (i === 0 && /^From \S/.test(line)) continue; // mbox separator
    const m = /^([!-9;-~]+)[ \t]*:/.exec(line);
    if (!m) return false;
    if (MAIL_HEADERS.test(m[1]!)) known++;
  }
  return known >= 2;
}

export interface LoadOptions {
  parse: ParseOptions;
  now: Date;
  /** Mark the message as mine (a draft) or judge it by From (the original). */
  direction?: Message['direction'];
}

/** Parse raw bytes into a Message; also used for --reply-to files. */
export async function messageFromBytes(
  raw: Buffer,
  origin: Origin,
  opts: LoadOptions,
): Promise<{ message: Message; mail: boolean; headerLines: number; verbatim: boolean; fromHtml: boolean }> {
  if (!looksLikeMail(raw)) {
    const text = decodeUtf8Or1252(raw);
    const message = buildMessage({ headers: {}, text, attachments: [], origin, fallbackDate: opts.now, direction: opts.direction }, opts.parse);
    markPlainText(message);
    return { message, mail: false, headerLines: 0, verbatim: true, fromHtml: false };
  }
  let read: ReadMessage;
  try {
    read = await readMessage({ origin, raw }, opts.parse, { fallbackDate: opts.now, direction: opts.direction });
  } catch {
    // a MIME structure that cannot be read at all: no text to check
    const message = buildMessage({ headers: {}, text: '', attachments: [], origin, fallbackDate: opts.now, direction: opts.direction }, opts.parse);
    return { message, mail: true, headerLines: 0, verbatim: false, fromHtml: false };
  }
  const { message, mime, fromHtml } = read;
  // An editor's header block (mutt's edit_headers: From/To/Subject, no Date, no MIME) is a message being written,
  // not a saved one: like a plain-text draft, it has no attachments yet.
  const h = mime.headers;
  if (!h['content-type'] && !h['mime-version'] && !h.date && !h['message-id']) markPlainText(message);
  return { message, mail: true, headerLines: mime.headerLineCount, verbatim: mime.bodyVerbatim && !fromHtml, fromHtml };
}

/** The draft in `raw` (read from `path`, or stdin when path is "-"). */
export async function loadDraft(raw: Buffer, path: string, opts: LoadOptions): Promise<LoadResult> {
  const label = path === '-' ? '<stdin>' : path;
  if (raw.length === 0 || !/\S/.test(raw.subarray(0, 65_536).toString('latin1')) && raw.length < 65_536)
    return no(label, 'EMPTY', 'the draft is empty: nothing to check', 'het concept is leeg: niets te controleren');
  if (raw.length > MAX_DRAFT_BYTES)
    return no(label, 'TOO_LARGE', `the draft is ${mb(raw.length)} MB, more than ${mb(MAX_DRAFT_BYTES)} MB: not checked`, `het concept is ${mb(raw.length)} MB, meer dan ${mb(MAX_DRAFT_BYTES)} MB: niet gecontroleerd`);
  if (looksBinary(raw))
    return no(label, 'NOT_TEXT', 'this is not a mail or text (binary data): not checked', 'dit is geen mail of tekst (binaire gegevens): niet gecontroleerd');
  const origin: Origin = path === '-' ? { kind: 'stdin' } : { kind: 'eml', path };
  const read = await messageFromBytes(raw, origin, { ...opts, direction: 'out' });
  const m = read.message;
  if (!m.text.trim()) {
    if (read.mail)
      return no(label, 'NO_BODY', 'the draft has no text body: nothing to check', 'het concept heeft geen tekst: niets te controleren');
    return no(label, 'EMPTY', 'the draft is empty: nothing to check', 'het concept is leeg: niets te controleren');
  }
  if (!m.newText.trim())
    return no(label, 'NO_OWN_TEXT', 'the draft has only quoted text: nothing of your own to check yet', 'het concept bevat alleen geciteerde tekst: nog niets van uzelf te controleren');
  if (m.capped !== undefined || m.newText.length > MAX_TEXT_CHARS)
    return no(label, 'TOO_LONG', `the draft's text is ${m.capped ?? m.newText.length} characters, more than ${MAX_TEXT_CHARS}: not checked`, `de tekst van het concept is ${m.capped ?? m.newText.length} tekens, meer dan ${MAX_TEXT_CHARS}: niet gecontroleerd`);
  const draft: Draft = { message: m, path: label, body: tidyBody(m.text) };
  const linesMatchFile = !read.mail || read.verbatim;
  return { ok: true, loaded: { draft, lineOffset: read.mail ? read.headerLines : 0, linesMatchFile, fromHtml: read.fromHtml } };
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
