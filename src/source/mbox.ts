/**
 * Streaming mbox reader (mboxrd and mboxo; LF, CRLF and old-Mac CR-only line ends).
 *
 * A message starts at a "From " line that follows a blank line (or the file start) AND looks like an
 * envelope line ("From sender date"): an unescaped "From " line inside a body (mboxo) does not split.
 * A writer that left out the blank line is still split at a strict envelope line ("From addr Mon Mar  2
 * 09:14:00 2026", the asctime form every mbox writer uses), which prose never is.
 * ">From " / ">>From " lines lose one ">" (mboxrd unescaping; for mboxo this restores the usual case).
 * A BOM and blank lines before the first "From " line are skipped.
 * Works on Buffers throughout so that byte offsets stay exact and a 2 GB file is never held at once: a line
 * longer than MAX_LINE_BYTES is body text and is passed on in pieces, and a message past MAX_MESSAGE_BYTES keeps
 * its first MAX_MESSAGE_BYTES (the rest is counted in `truncated`, for the caller to report).
 */
import { createReadStream } from 'node:fs';

const FROM = Buffer.from('From ');

/** The most of one message that is kept: as much as an IMAP fetch takes (imap-connect maxLiteralSize). */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** A line longer than this is no header, envelope or blank line: it is passed on in pieces. */
const MAX_LINE_BYTES = 1 << 20;

/**
 * "From addr Fri Jul  8 12:08:34 2011", "From - Sat, 01 Jan 2000 00:00:00 +0000", "From x@y 1 Jan 2000 10:00",
 * "From x@y 2026-03-02T09:14:00Z". Requires a date-ish word right after the sender and a clock time, so body
 * prose rarely matches.
 */
const ENVELOPE =
  /^From \S+ +(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),? +)?(?:[A-Z][a-z]{2} +\d{1,2}\b|\d{1,2} +[A-Z][a-z]{2}\b|\d{4}-\d{2}-\d{2}(?:T|\b)).*\d{1,2}:\d{2}/;
/** The asctime envelope (`From sender Www Mmm dd hh:mm:ss [zone ]yyyy`): a message starts here even without a blank line before. */
const STRICT_ENVELOPE =
  /^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d (?:[A-Z]{3,4} )?\d{4}\s*$/;

export function isEnvelopeLine(line: string): boolean {
  return ENVELOPE.test(line);
}

export interface MboxMessage {
  offset: number;
  raw: Buffer;
  /** Set when the message was longer than MAX_MESSAGE_BYTES: its full size in bytes (only the start is in `raw`). */
  truncated?: number;
}

/** A blank line: "\n", "\r\n", or "\r" in a CR-only file. */
function isBlank(line: Buffer): boolean {
  return line.length === 1 || (line.length === 2 && line[0] === 0x0d);
}

/** Number of '>' before "From " at the line start, or 0. */
function escapedFromDepth(line: Buffer): number {
  let i = 0;
  while (i < line.length && line[i] === 0x3e) i++;
  if (i === 0) return 0;
  return line.subarray(i, i + 5).equals(FROM) ? i : 0;
}

/** Drops the one blank line that separates a message from the next "From " line. */
function finish(parts: Buffer[]): Buffer {
  let raw = Buffer.concat(parts);
  if (raw.length >= 4 && raw.subarray(raw.length - 4).toString('latin1') === '\r\n\r\n') raw = raw.subarray(0, raw.length - 2);
  else if (raw.length >= 2 && raw[raw.length - 1] === 0x0a && raw[raw.length - 2] === 0x0a) raw = raw.subarray(0, raw.length - 1);
  return raw;
}

/** A file whose first megabyte has a CR but no LF has old-Mac line ends: its lines end at CR. */
function lineEnd(first: Buffer): number {
  return first.indexOf(0x0a) === -1 && first.indexOf(0x0d) !== -1 ? 0x0d : 0x0a;
}

/** Yields each message of an mbox file with its byte offset (the offset of its "From " line). */
export async function* readMbox(path: string): AsyncGenerator<MboxMessage> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  let carry: Buffer | null = null; // an incomplete line from the previous chunk
  let pos = 0; // byte offset of the start of `carry` / the next line
  let parts: Buffer[] | null = null;
  let kept = 0; // bytes in `parts`
  let size = 0; // bytes of the current message, kept or not
  let offset = 0;
  let prevBlank = true;
  let midLine = false; // the line being read was already passed on in part (a giant line)
  let eol = -1;

  const start = (lineOffset: number): MboxMessage | null => {
    const done = parts !== null && size > 0 ? message() : null;
    parts = [];
    kept = size = 0;
    offset = lineOffset;
    return done;
  };
  const message = (): MboxMessage => {
    const m: MboxMessage = { offset, raw: finish(parts!) };
    if (size > kept) m.truncated = size;
    return m;
  };
  const keep = (b: Buffer) => {
    size += b.length;
    if (kept + b.length > MAX_MESSAGE_BYTES) b = b.subarray(0, Math.max(0, MAX_MESSAGE_BYTES - kept));
    if (!b.length) return;
    kept += b.length;
    parts!.push(eol === 0x0d ? crToLf(b) : b);
  };

  const onLine = (line: Buffer, lineOffset: number): MboxMessage | null => {
    if (midLine) {
      // the end of a giant line: body text, whatever it looks like
      keep(line);
      prevBlank = false;
      return null;
    }
    if (line.subarray(0, 5).equals(FROM)) {
      const head = line.toString('latin1', 0, 200);
      if (parts === null || (prevBlank && isEnvelopeLine(head)) || STRICT_ENVELOPE.test(head)) {
        const done = start(lineOffset);
        prevBlank = false;
        return done;
      }
    }
    const blank = isBlank(line);
    if (parts === null && blank) return null; // blank lines before the first "From " line
    prevBlank = blank;
    if (parts === null) start(lineOffset); // no leading "From " line: take what is there
    keep(escapedFromDepth(line) > 0 ? line.subarray(1) : line);
    return null;
  };

  for await (let chunk of stream as AsyncIterable<Buffer>) {
    if (eol === -1) {
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        chunk = chunk.subarray(3); // a BOM before the first line
        pos = 3;
      }
      eol = lineEnd(chunk);
    }
    const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    let from = 0;
    let nl: number;
    while ((nl = buf.indexOf(eol, from)) !== -1) {
      const msg = onLine(buf.subarray(from, nl + 1), pos);
      midLine = false;
      pos += nl + 1 - from;
      from = nl + 1;
      if (msg) yield msg;
    }
    carry = from < buf.length ? buf.subarray(from) : null;
    if (carry && carry.length > MAX_LINE_BYTES) {
      // a giant line: pass it on now (it cannot be an envelope, header or blank line), go on after it
      onLine(carry, pos);
      midLine = true;
      pos += carry.length;
      carry = null;
    }
    // copy the rest so that the big chunk is not kept alive by a small tail
    else if (carry) carry = Buffer.from(carry);
  }
  if (carry) {
    const msg = onLine(carry, pos);
    if (msg) yield msg;
  }
  if (parts !== null && size > 0) yield message();
}

/** Old-Mac line ends to LF, for the parser. */
function crToLf(b: Buffer): Buffer {
  const out = Buffer.from(b);
  for (let i = out.indexOf(0x0d); i !== -1; i = out.indexOf(0x0d, i + 1)) out[i] = 0x0a;
  return out;
}
