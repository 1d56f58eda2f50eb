/**
 * Worker-thread parsing gives the same results as parsing inline. Workers need the compiled worker file
 * (dist/, made by `npm run build`); without a fresh build this test is skipped with a notice.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseMessage } from '../../src/parse/parse-message.js';
import { inlinePool, type ParseJob } from '../../src/parse/pool.js';

const root = process.cwd();
const built = join(root, 'dist/src/parse/pool.js');
const worker = join(root, 'dist/src/parse/worker.js');
const fresh =
  existsSync(built) && existsSync(worker) && statSync(built).mtimeMs >= statSync(join(root, 'src/parse/pool.ts')).mtimeMs;
if (!fresh) console.warn('SKIPPED: parser worker test needs a fresh build (npm run build)');
const maybe = fresh ? describe : describe.skip;

const PARSE = { me: ['joan@prinsweb.example'], internalDomains: ['prinsweb.example'] };
const dir = join(root, 'fixtures/parse');

maybe('parser worker pool', () => {
  test('same outcomes as inline, as objects and as cache JSON', async () => {
    const mod = (await import(pathToFileURL(built).href)) as typeof import('../../src/parse/pool.js');
    const jobs: ParseJob[] = readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .map((f, i) => ({ origin: { kind: 'imap', account: 'w', mailbox: 'INBOX', uid: i + 1, receivedAt: new Date('2026-03-20T12:00:00Z') }, raw: readFileSync(join(dir, f)), attachments: [] }));
    jobs.push({ origin: { kind: 'imap', uid: 999 }, raw: Buffer.alloc(0), attachments: [] }); // a failure travels back too
    const inline = inlinePool(PARSE, async () => parseMessage);
    const pool = (await mod.workerPool(PARSE, inline, 2))!;
    expect(pool.workers).toBe(2);
    try {
      const [a, b] = await Promise.all([pool.parseAll(jobs, false), inline.parseAll(jobs, false)]);
      expect(a).toEqual(b);
      expect(a.at(-1)).toEqual({ error: { code: 'EMPTY', message: 'empty message', texts: { en: 'empty message', nl: 'leeg bericht' } } });
      const [ja, jb] = await Promise.all([pool.parseAll(jobs, true), inline.parseAll(jobs, true)]);
      expect(ja).toEqual(jb);
      expect(ja.filter((o) => 'json' in o).length).toBe(jobs.length - 1);
    } finally {
      await pool.close();
    }
  });
});
