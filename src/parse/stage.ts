/**
 * The parse stage for a stream of raw messages (a local source: mbox, Maildir, .eml): batches go to the worker pool
 * while the next batch is read, and come back in the order they were read. A source with only a few messages is
 * parsed on this thread: starting workers costs more than they save there (see WORKERS_FROM). Anything in the stream
 * that is not a raw message (a source's "could not read this file") passes through in its place.
 */
import type { RawMessage } from '../model.js';
import type { ParseOptions } from './assemble.js';
import { inlinePool, localWorkerCount, workerPool, type ParseOutcome, type ParsePool } from './pool.js';

/** A raw message and what parsing made of it. */
export interface Parsed {
  raw: RawMessage;
  outcome: Exclude<ParseOutcome, { json: string }>;
}

export interface StageOptions {
  parse: ParseOptions;
  /** Worker threads once the source turns out large; default one per core (0: parse on this thread). */
  workers?: number;
  /** Messages read before workers start; a source that ends sooner is parsed on this thread. */
  workersFrom?: number;
}

/**
 * Below this many messages a source is parsed inline. Measured on this 2-core machine (scan of generated mail):
 * two workers start in ~0.15 s of wall time, which pays back from some hundred messages on.
 */
export const WORKERS_FROM = 200;
/** Messages per batch sent to the pool: small enough to keep both workers busy, large enough to amortise a post. */
const BATCH = 100;
/** Batches in the pool at once: one parsing, the next already queued, while this thread reads the one after. */
const IN_FLIGHT = 2;

export async function* parseStage<P>(items: AsyncIterable<RawMessage | P>, isRaw: (x: RawMessage | P) => x is RawMessage, opts: StageOptions): AsyncGenerator<Parsed | P> {
  const it = items[Symbol.asyncIterator]();
  let done = false;
  const read = async (n: number): Promise<Array<RawMessage | P>> => {
    const out: Array<RawMessage | P> = [];
    let raws = 0;
    while (!done && raws < n) {
      const r = await it.next();
      if (r.done) done = true;
      else {
        out.push(r.value);
        if (isRaw(r.value)) raws++;
      }
    }
    return out;
  };

  const inline = inlinePool(opts.parse);
  let pool: ParsePool = inline;
  let first = await read(opts.workersFrom ?? WORKERS_FROM);
  if (!done) pool = (await workerPool(opts.parse, inline, opts.workers ?? localWorkerCount())) ?? inline;
  const parse = async (batch: Array<RawMessage | P>): Promise<Array<Parsed | P>> => {
    const raws = batch.filter(isRaw);
    const outcomes = await pool.parseAll(raws.map((r) => ({ origin: r.origin, raw: r.raw })), false);
    let i = 0;
    return batch.map((x) => (isRaw(x) ? { raw: x, outcome: outcomes[i++] as Parsed['outcome'] } : x));
  };

  try {
    const flying: Array<Promise<Array<Parsed | P>>> = [];
    // the first read, in batches, so that the pool has work at once
    for (let i = 0; i < first.length; i += BATCH) flying.push(parse(first.slice(i, i + BATCH)));
    first = [];
    for (;;) {
      while (!done && flying.length < IN_FLIGHT) flying.push(parse(await read(BATCH)));
      const next = flying.shift();
      if (!next) break;
      yield* await next;
    }
  } finally {
    await pool.close();
  }
}
