/**
 * zod (~60 ms of start-up) is loaded only when there is something to validate: a config file, or rule options
 * (src/config/zod.ts). `scan` and `lint` without a config file never load it. A module hook in the real CLI records
 * every load of zod, by require (zod.ts loads it with createRequire) or by import.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';

const HOOK = `
import { createRequire, register } from 'node:module';
const Module = createRequire(import.meta.url)('module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/^zod(\\/|$)/.test(request)) process.stderr.write('ZOD LOADED\\n');
  return load.call(this, request, ...rest);
};
register('data:text/javascript,' + encodeURIComponent(
  "export async function load(url, ctx, next) { if (url.includes('/node_modules/zod/')) process.stderr.write('ZOD LOADED\\\\n'); return next(url, ctx); }"));
`;

let home: string;
beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'replycheck-zod-'));
  writeFileSync(join(home, 'hook.mjs'), HOOK);
  writeFileSync(join(home, 'config.json'), JSON.stringify({ me: ['*@prinsweb.example'] }));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** Runs the CLI outside the repository (no config file to find) and says whether zod was loaded. */
function loadsZod(args: string[]): boolean {
  const r = spawnSync(process.execPath, ['--import', join(home, 'hook.mjs'), join(ROOT, 'bin', 'replycheck'), ...args], {
    cwd: home, encoding: 'utf8', timeout: 60_000, env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, LANG: 'C' },
  });
  expect(r.status === 0 || r.status === 1).toBe(true);
  return r.stderr.includes('ZOD LOADED');
}

const MAIL = join(ROOT, 'fixtures', 'rules', 'awaiting-reply', 'ok-broadcast-en');
const DRAFT = join(ROOT, 'fixtures', 'rules', 'vague-promise', 'draft-finds-binnenkort-nl', 'draft.txt');

test('scan and lint without a config file do not load zod', () => {
  expect({ scan: loadsZod(['scan', MAIL, '--format', 'json']), lint: loadsZod(['lint', DRAFT]) }).toEqual({ scan: false, lint: false });
});

test('with a config file they do (it is validated)', () => {
  const config = join(home, 'config.json');
  expect({ scan: loadsZod(['scan', MAIL, '-c', config]), lint: loadsZod(['lint', DRAFT, '-c', config]) }).toEqual({ scan: true, lint: true });
});
