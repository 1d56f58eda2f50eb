/**
 * The `lint-worst` row of `npm run bench` (issue 15: "no lint takes more than a second on any input of the corpora,
 * the fuzzed drafts or absurd dates"). Lints, in this process and through the real path with every rule on: every
 * draft of eval/drafts (tune and test, with its original as --reply-to; the labels are never read), every fixture
 * draft at three clocks, the absurd-date drafts, the pasted walls (240 KB) and the fuzz corpus as drafts
 * (scripts/lib/lint-inputs.ts). Prints the slowest in ms of CPU (what the lint itself cost, whatever else the machine
 * runs) and of wall time, with its name, and whether the 1,000 ms bar is met. The slowest few are then run again as
 * whole commands (`bin/replycheck lint …`, Node start-up included), as a send hook runs them.
 * `npm run bench -- lint-worst`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rules from '../rules/index.js';
import { validateConfig } from '../src/config/validate.js';
import { lintBytes } from '../src/lint/lint.js';
import { ROOT } from '../src/meta.js';
import { absurdDateDrafts, evalDrafts, fixtureDrafts, fuzzDrafts, wallDrafts, type LintInput } from './lib/lint-inputs.js';

const BAR_MS = 1000;

interface Timing {
  input: LintInput;
  group: string;
  cpuMs: number;
  wallMs: number;
  problem?: string;
}

export async function benchLintWorst(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'replycheck-lint-worst-'));
  try {
    // no user config, no cache: every draft is judged on its own and its --reply-to
    const config = validateConfig({ me: ['*@prinsweb.example'], cacheDir: join(dir, 'cache') });
    const groups: Array<[string, LintInput[]]> = [
      ['eval/drafts', evalDrafts()],
      ['fixtures', fixtureDrafts()],
      ['absurd dates', absurdDateDrafts()],
      ['walls', wallDrafts()],
      ['fuzz corpus', fuzzDrafts()],
    ];
    // warm up: the first lint loads the stemmers, chrono and the phrase lists, which a timing should not include
    await lintBytes(groups[1]![1][0]!.raw, 'warm-up', { config, rules, now: new Date(), nowGiven: false });
    const timings: Timing[] = [];
    for (const [group, inputs] of groups)
      for (const input of inputs) {
        const [c0, t0] = [process.cpuUsage(), performance.now()];
        let problem: string | undefined;
        try {
          const r = await lintBytes(input.raw, input.name, { config, rules, now: input.now, nowGiven: input.nowGiven, ...(input.replyTo && { replyTo: input.replyTo }) });
          if (r.errors.length) problem = `errors: ${r.errors.map((e) => e.code).join(', ')}`;
        } catch (err) {
          problem = `threw: ${(err as Error).message}`;
        }
        const wallMs = performance.now() - t0;
        const c = process.cpuUsage(c0);
        timings.push({ input, group, cpuMs: (c.user + c.system) / 1000, wallMs, ...(problem && { problem }) });
      }

    console.log(`lint-worst: ${timings.length} drafts linted in-process (node ${process.version}), every rule on`);
    for (const [group, inputs] of groups) {
      const mine = timings.filter((t) => t.group === group);
      const worst = mine.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a), mine[0]!);
      console.log(`  ${group.padEnd(13)} ${String(inputs.length).padStart(4)} drafts   slowest ${worst.cpuMs.toFixed(0).padStart(4)} ms CPU (${worst.wallMs.toFixed(0)} ms wall): ${worst.input.name}`);
    }
    const sorted = [...timings].sort((a, b) => b.cpuMs - a.cpuMs);
    const slowest = sorted[0]!;
    const problems = timings.filter((t) => t.problem);
    for (const p of problems.slice(0, 5)) console.log(`  problem: ${p.input.name}: ${p.problem}`);
    console.log(
      `  slowest of all: ${slowest.cpuMs.toFixed(0)} ms CPU, ${slowest.wallMs.toFixed(0)} ms wall: ${slowest.input.name}; ` +
        `bar ${BAR_MS} ms ${slowest.cpuMs <= BAR_MS ? 'met' : 'NOT met'}${problems.length ? `; ${problems.length} drafts reported errors` : ''}`,
    );

    // The slowest three again as a user runs them: one whole command each (Node start-up, loading, output).
    const bin = join(ROOT, 'bin', 'replycheck');
    const rows: string[] = [];
    for (const [i, t] of sorted.slice(0, 3).entries()) {
      const file = join(dir, `slow-${i}.eml`);
      writeFileSync(file, t.input.raw);
      const args = [bin, 'lint', file, '-f', 'json', ...(t.input.nowGiven ? ['--now', t.input.now.toISOString()] : []), ...(t.input.replyTo ? ['--reply-to', t.input.replyTo] : [])];
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: dir, env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: join(dir, 'cache'), HOME: dir }, stdio: 'ignore' });
      rows.push(`${(performance.now() - t0).toFixed(0)} ms (exit ${r.status}) ${t.input.name}`);
    }
    console.log(`  as whole commands (bin/replycheck lint, start-up included): ${rows.join('; ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
