/**
 * mailparser's streaming MailParser, wrapped: headers, the text and HTML bodies, and attachment
 * metadata only (attachment content is drained and dropped, never buffered).
 */
import type { Attachment } from '../model.js';
import { countBad, declareWindows1252, fixHeaderBytes } from '../text/charset.js';

export interface MimeResult {
  /** mailparser's structured headers (lower-cased names). */
  headers: Map<string, unknown>;
  /** Raw header lines: key as written, `line` = "Name: value" (folded as in the source). */
  headerLines: Array<{ key: string; line: string }>;
  text?: string;
  html?: string;
  attachments: Attachment[];
}

type MailParserCtor = typeof import('mailparser').MailParser;
let mailParser: Promise<MailParserCtor> | null = null;

/** Give up on one message after this long; a hang must not stall a run of 10,000. */
const TIMEOUT_MS = 15_000;

const PARSER_OPTIONS = {
  skipHtmlToText: true, // converted by us only when there is no text part (src/parse/html.ts)
  skipImageLinks: true,
  skipTextLinks: true,
  skipTextToHtml: true,
  checksumAlgo: false as const,
};

function parseOnce(MailParser: MailParserCtor, input: Buffer): Promise<MimeResult> {
  return new Promise((resolve, reject) => {
    const parser = new MailParser(PARSER_OPTIONS);
    const result: MimeResult = { headers: new Map(), headerLines: [], attachments: [] };
    let settled = false;
    const timer = setTimeout(() => settle(new Error(`gave up after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    const settle = (err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(result);
    };
    parser.on('headers', (headers: Map<string, unknown>) => {
      result.headers = headers;
    });
    parser.on('headerLines', (lines: Array<{ key: string; line: string }>) => {
      result.headerLines = lines;
    });
    parser.on('data', (data: any) => {
      if (data.type === 'text') {
        if (typeof data.text === 'string') result.text = data.text;
        if (typeof data.html === 'string') result.html = data.html;
        return;
      }
      if (data.type === 'attachment') {
        const att: Attachment = { contentType: data.contentType ?? 'application/octet-stream', size: 0 };
        if (data.filename) att.filename = data.filename;
        result.attachments.push(att);
        data.content.on('data', (chunk: Buffer) => {
          att.size += chunk.length;
        });
        data.content.on('end', () => data.release?.());
        data.content.on('error', () => data.release?.());
      }
    });
    parser.on('error', (err: Error) => settle(err));
    parser.on('end', () => settle(null));
    parser.end(input);
  });
}

export async function readMime(raw: Buffer): Promise<MimeResult> {
  mailParser ??= import('mailparser').then((m) => m.MailParser);
  const MailParser = await mailParser;
  raw = fixHeaderBytes(raw);
  const first = await parseOnce(MailParser, raw);
  const bad = countBad(first.text) + countBad(first.html);
  if (bad === 0) return first;
  try {
    const second = await parseOnce(MailParser, declareWindows1252(raw));
    if (countBad(second.text) + countBad(second.html) < bad) {
      // headers were not touched (apart from a Content-Type we may have added): keep the first reading
      second.headers = first.headers;
      second.headerLines = first.headerLines;
      return second;
    }
  } catch {
    /* keep the first reading */
  }
  return first;
}
