import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (`npm test` builds dist/ first, in its pretest step). */
export function runCli(args: string[], opts: { env?: Record<string, string | undefined>; cwd?: string; input?: string } = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, REPLYCHECK_NOW: undefined, LANG: 'C', ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'replycheck'), ...args], {
    cwd: opts.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    input: opts.input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
