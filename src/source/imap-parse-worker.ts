/**
 * Worker thread of imap-parse-pool: parses batches of raw messages off the main thread, so the main thread
 * keeps the IMAP connection busy meanwhile. Results go back as cache JSON or as objects (structured clone
 * keeps Dates).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseMessage, type ParseOptions } from '../parse/parse-message.js';
import { parseJob, type ParseJob, type ParseOutcome } from './imap-parse-pool.js';

const opts = (workerData as { parse: ParseOptions }).parse;

parentPort!.on('message', async ({ jobs, serialize }: { jobs: ParseJob[]; serialize: boolean }) => {
  const out: ParseOutcome[] = [];
  for (const job of jobs) out.push(await parseJob(parseMessage, opts, job, serialize));
  parentPort!.postMessage(out);
});
