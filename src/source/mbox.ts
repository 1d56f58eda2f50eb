/**
 * Streaming mbox reader (mboxrd and mboxo, LF and CRLF).
 *
 * A message starts at a "From " line that follows a blank line (or the file start) AND looks like an
 * envelope line ("From sender date"): an unescaped "From " line inside a body (mboxo) does not split.
 * ">From " / ">>From " lines lose one ">" (mboxrd unescaping; for mboxo this restores the usual case).
 * Works on Buffers throughout so that byte offsets stay exact and a 2 GB file is never held at once.
 */
import { createReadStream } from 'node:fs';

const FROM = Buffer.from('From ');

/**
 * "From addr Fri Jul  8 12:08:34 2011", "From - Sat, 01 Jan 2000 00:00:00 +0000", "From x@y 1 Jan 2000 10:00".
 * Requires a date-ish word right after the sender and a clock time, so body prose rarely matches.
 */
const ENVELOPE =
  /^From \S+ +(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),? +)?(?:[A-Z][a-z]{2} +\d{1,2}|\d{1,2} +[A-Z][a-z]{2}|\d{4}-\d{2}-\d{2})\b.*\d{1,2}:\d{2}/;

export function isEnvelopeLine(line: string): boolean {
  return ENVELOPE.test(line);
}

export interface MboxMessage {
  offset: number;
  raw: Buffer;
}

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

/** Yields each message of an mbox file with its byte offset (the offset of its "From " line). */
export async function* readMbox(path: string): AsyncGenerator<MboxMessage> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  let carry: Buffer | null = null; // an incomplete line from the previous chunk
  let pos = 0; // byte offset of the start of `carry` / the next line
  let parts: Buffer[] | null = null;
  let offset = 0;
  let prevBlank = true;

  const onLine = (line: Buffer, lineOffset: number): MboxMessage | null => {
    let done: MboxMessage | null = null;
    if (prevBlank && line.subarray(0, 5).equals(FROM) && (parts === null || isEnvelopeLine(line.toString('latin1', 0, 200)))) {
      if (parts !== null) done = { offset, raw: finish(parts) };
      parts = [];
      offset = lineOffset;
      prevBlank = false;
      return done;
    }
    prevBlank = isBlank(line);
    if (parts === null) parts = []; // no leading "From " line: take what is there
    parts.push(escapedFromDepth(line) > 0 ? line.subarray(1) : line);
    return null;
  };

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    let nl: number;
    while ((nl = buf.indexOf(0x0a, start)) !== -1) {
      const msg = onLine(buf.subarray(start, nl + 1), pos);
      pos += nl + 1 - start;
      start = nl + 1;
      if (msg) yield msg;
    }
    // copy the rest so that the big chunk is not kept alive by a small tail
    carry = start < buf.length ? Buffer.from(buf.subarray(start)) : null;
  }
  if (carry) {
    const msg = onLine(carry, pos);
    if (msg) yield msg;
  }
  if (parts !== null && (parts as Buffer[]).length > 0) yield { offset, raw: finish(parts) };
}
