import { expect, test } from '@jest/globals';
import { PassThrough } from 'node:stream';
import { createProgress, progressEnabled } from '../../src/cli/terminal.js';

const tty = Object.assign(new PassThrough(), { isTTY: true, columns: 100, cursorTo() { return true; }, clearLine() { return true; }, moveCursor() { return true; } }) as unknown as NodeJS.WriteStream;
const pipe = new PassThrough() as unknown as NodeJS.WriteStream;

test('a bar only for a person: TTY, not CI, not --quiet', () => {
  expect(progressEnabled({ stream: tty, env: {} })).toBe(true);
  expect(progressEnabled({ stream: tty, env: { CI: 'true' } })).toBe(false);
  expect(progressEnabled({ stream: tty, env: {}, quiet: true })).toBe(false);
  expect(progressEnabled({ stream: pipe, env: {} })).toBe(false);
});

test('writes counts to the TTY stream; nothing when piped', async () => {
  let out = '';
  (tty as unknown as PassThrough).on('data', (d) => (out += d));
  const p = await createProgress({ en: 'work: fetching', nl: 'work: ophalen' }, { stream: tty, env: {} });
  p.add(10);
  p.tick(4);
  p.stop();
  expect(out).toMatch(/work: (fetching|ophalen) \[.*\] 4\/10/);
  let piped = '';
  (pipe as unknown as PassThrough).on('data', (d) => (piped += d));
  const q = await createProgress('x', { stream: pipe, env: {} });
  q.add(3);
  q.tick();
  q.stop();
  expect(piped).toBe('');
});
