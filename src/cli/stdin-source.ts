/**
 * `scan -` / `report -`: an mbox (or one message) on standard input, spooled to a private temporary file so the
 * mbox reader can stream it like any other file; the file is removed when the run ends.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

export async function spoolStdin(paths: string[]): Promise<{ paths: string[]; cleanup: () => Promise<void> }> {
  if (!paths.includes('-')) return { paths, cleanup: async () => {} };
  const dir = await mkdtemp(join(tmpdir(), 'replycheck-stdin-'));
  const file = join(dir, 'stdin');
  await pipeline(process.stdin, createWriteStream(file, { mode: 0o600 }));
  return { paths: paths.map((p) => (p === '-' ? file : p)), cleanup: () => rm(dir, { recursive: true, force: true }) };
}
