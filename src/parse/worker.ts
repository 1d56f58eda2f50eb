/**
 * Worker thread of the parse pool (pool.ts): parses batches of raw messages off the main thread, so the main
 * thread keeps reading (a file, an IMAP connection) meanwhile. Results go back as cache JSON or as objects
 * (structured clone keeps Dates).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseMessage } from './parse-message.js';
import type { ParseOptions } from './assemble.js';
import { parseJob, type ParseJob, type ParseOutcome } from './pool.js';

const opts = (workerData as { parse: ParseOptions }).parse;

parentPort!.on('message', async ({ jobs, serialize }: { jobs: ParseJob[]; serialize: boolean }) => {
  const out: ParseOutcome[] = [];
  for (const job of jobs) out.push(await parseJob(parseMessage, opts, job, serialize));
  parentPort!.postMessage(out);
});
