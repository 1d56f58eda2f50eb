/**
 * The parse stage for local sources: a large source goes through worker threads, a small one is parsed inline, and
 * either way the results (and the source's problems) come back in the order they were read, the same as parsing one
 * by one. The workers need the compiled worker file (dist/, made by `npm run build`); without a fresh build the
 * worker half is skipped with a notice.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RawMessage } from '../../src/model.js';
import { parseMessage } from '../../src/parse/parse-message.js';
import { parseStage, type Parsed } from '../../src/parse/stage.js';
import { isSourceProblem, readLocal, type SourceProblem } from '../../src/source/local.js';

const root = process.cwd();
const PARSE = { me: ['joan@prinsweb.example'], internalDomains: ['prinsweb.example'], now: new Date('2026-04-01T12:00:00Z') };
const dir = join(root, 'fixtures/parse');
const isRaw = (x: RawMessage | SourceProblem): x is RawMessage => !isSourceProblem(x);

/** Every parse fixture in one mbox, with a file that is no mail in the middle (a problem the stage passes on). */
function writeMbox(): string {
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'latin1').replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1'));
  parts.splice(5, 0, '\u0000\u0001 binary, not mail\n');
  const tmp = mkdtempSync(join(tmpdir(), 'rc-stage-'));
  const path = join(tmp, 'all.mbox');
  writeFileSync(path, parts.map((p) => `From someone@example.com Mon Mar  2 09:14:00 2026\n${p.replace(/\n*$/, '\n')}\n`).join(''), 'latin1');
  return path;
}

/** What a caller sees, comparable: origin and message or error, or the problem. */
async function collect(stage: AsyncIterable<Parsed | SourceProblem>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const x of stage) out.push('problem' in x ? { problem: x.code } : { origin: x.raw.origin, outcome: x.outcome });
  return out;
}

async function oneByOne(path: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const x of readLocal(path)) {
    if (!isRaw(x)) {
      out.push({ problem: x.code });
      continue;
    }
    try {
      out.push({ origin: x.origin, outcome: { message: await parseMessage(x, PARSE) } });
    } catch (e) {
      const err = e as { code: string; message: string; texts: unknown };
      out.push({ origin: x.origin, outcome: { error: { code: err.code, message: err.message, texts: err.texts } } });
    }
  }
  return out;
}

describe('parse stage', () => {
  test('inline: the same outcomes, in the same order, as parsing one message after the other', async () => {
    const path = writeMbox();
    try {
      const expected = await oneByOne(path);
      expect(expected.length).toBeGreaterThan(30);
      expect(expected[5]).toEqual({ problem: 'BINARY' });
      // a small "workers from" makes the stage take its batched path; without a worker file it parses inline
      expect(await collect(parseStage(readLocal(path), isRaw, { parse: PARSE, workersFrom: 3, workers: 0 }))).toEqual(expected);
      expect(await collect(parseStage(readLocal(path), isRaw, { parse: PARSE }))).toEqual(expected);
    } finally {
      rmSync(join(path, '..'), { recursive: true, force: true });
    }
  });

  const built = join(root, 'dist/src/parse/stage.js');
  const fresh = ['stage', 'pool', 'worker'].every((f) => {
    const js = join(root, `dist/src/parse/${f}.js`);
    return existsSync(js) && statSync(js).mtimeMs >= statSync(join(root, `src/parse/${f}.ts`)).mtimeMs;
  });
  if (!fresh) console.warn('SKIPPED: parse stage worker test needs a fresh build (npm run build)');
  (fresh ? test : test.skip)('workers: the same outcomes, in the same order, as inline', async () => {
    const path = writeMbox();
    try {
      const stage = (await import(pathToFileURL(built).href)) as typeof import('../../src/parse/stage.js');
      const local = (await import(pathToFileURL(join(root, 'dist/src/source/local.js')).href)) as typeof import('../../src/source/local.js');
      const expected = await oneByOne(path);
      const got = await collect(stage.parseStage(local.readLocal(path), isRaw, { parse: PARSE, workersFrom: 3, workers: 2 }));
      expect(got).toEqual(expected);
    } finally {
      rmSync(join(path, '..'), { recursive: true, force: true });
    }
  });
});
