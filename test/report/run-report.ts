/**
 * Runs the CLI in-process from the TypeScript sources (no build needed) and captures what it writes.
 * Every call is independent: the clock comes from --now, the language from --lang (default en).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { setLanguage } from '../../src/i18n.js';

export const MAILBOX = 'fixtures/report/mailbox';
export const CONFIG = 'fixtures/report/replycheck.config.json';
/** Monday 16 November 2026, 08:00 in Amsterdam: "last week" is 9–15 November. */
export const NOW = '2026-11-16T08:00:00+01:00';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const so = process.stdout.write;
  const se = process.stderr.write;
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries({ NO_COLOR: '1', REPLYCHECK_NOW: undefined, ...env })) {
    saved[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  process.stdout.write = ((s: string | Uint8Array) => (out.push(String(s)), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => (err.push(String(s)), true)) as typeof process.stderr.write;
  process.exitCode = undefined;
  setLanguage('en');
  try {
    await main(['node', 'replycheck', ...(args.includes('--lang') ? [] : ['--lang', 'en']), ...args]);
  } finally {
    process.stdout.write = so;
    process.stderr.write = se;
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** The fixture mailbox, last week, as report JSON. */
export async function reportJson(extra: string[] = [], env: Record<string, string | undefined> = {}) {
  const r = await run(['report', MAILBOX, '-c', CONFIG, '--period', 'last-week', '--now', NOW, '-f', 'json', ...extra], env);
  if (!r.stdout.trim().startsWith('{')) throw new Error(`no JSON (exit ${r.code}): ${r.stderr}`);
  return { ...r, json: JSON.parse(r.stdout) };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'replycheck-report-'));
}

export const read = (f: string) => readFileSync(f, 'utf8');
