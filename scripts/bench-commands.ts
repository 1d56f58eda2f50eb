/**
 * Whole commands as a user runs them (issue 10), each beside its floor or target, CPU seconds beside wall:
 *   - `enron`: `bin/replycheck scan <inbox> <sent>` for each of the four people of ../shared/corpora/enron-sample
 *     (their own config, scripts/lib/enron-corpus.ts): CPU s per 10,000 messages (target <= 15), node start-up
 *     included; BENCH_RUNS runs (default 1), the median of each person's CPU time.
 *   - `memory`: peak RSS of `scan` over a generated mbox of MEMORY_COUNT messages (default 100,000; target < 300 MB),
 *     generated into a temp folder with the repo's generator and deleted afterwards.
 * `npm run bench -- enron` / `-- memory`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../src/meta.js';
import { configFor, corpusPresent, PEOPLE, person } from './lib/enron-corpus.js';

const BIN = join(ROOT, 'bin', 'replycheck');

/** One command under GNU time: its exit, CPU seconds (user + system), wall seconds and peak RSS in MB. */
export function timedCommand(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; cpuS: number; wallS: number; rssMb: number; stdout: string } {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, BIN, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  const wallS = (performance.now() - t) / 1000;
  const [u, s, m] = (r.stderr ?? '').trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number];
  return { status: r.status, cpuS: u + s, wallS, rssMb: m / 1024, stdout: r.stdout ?? '' };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export function benchEnron(runs = Number(process.env.BENCH_RUNS ?? 1)): void {
  if (!corpusPresent()) {
    console.log('enron: ../shared/corpora/enron-sample is not here; skipped');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'replycheck-enron-bench-'));
  try {
    let cpu = 0;
    let wall = 0;
    let messages = 0;
    for (const id of PEOPLE) {
      const p = person(id);
      const cfg = join(dir, `${id}.json`);
      writeFileSync(cfg, JSON.stringify(configFor(p, false)));
      const times: Array<ReturnType<typeof timedCommand>> = [];
      for (let i = 0; i < runs; i++) times.push(timedCommand(['scan', p.inbox, p.sent, '-c', cfg, '--now', p.now, '-f', 'json', '--no-progress'], { XDG_CACHE_HOME: dir }));
      const out = JSON.parse(times[0]!.stdout) as { sources: Array<{ messages: number }> };
      const n = out.sources.reduce((a, s) => a + s.messages, 0);
      cpu += median(times.map((t) => t.cpuS));
      wall += median(times.map((t) => t.wallS));
      messages += n;
    }
    const per10k = (cpu * 10_000) / messages;
    console.log(
      `enron: scan of ${messages} real messages (4 people, inbox + sent, median of ${runs}): ${cpu.toFixed(1)} CPU s, ${wall.toFixed(1)} s wall; ` +
        `${per10k.toFixed(1)} CPU s per 10,000 messages (target <= 15: ${per10k <= 15 ? 'met' : 'NOT met'})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchMemory(count = Number(process.env.MEMORY_COUNT ?? 100_000)): void {
  const dir = mkdtempSync(join(tmpdir(), 'replycheck-memory-'));
  try {
    const mbox = join(dir, 'big.mbox');
    const gen = spawnSync(process.execPath, [join(ROOT, 'dist', 'scripts', 'generate-mailbox.js'), '--count', String(count), '--out', mbox, '--format', 'mbox', '--seed', '1'], { encoding: 'utf8' });
    if (gen.status !== 0) throw new Error(`generate-mailbox failed: ${gen.stderr}`);
    const cfg = join(dir, 'cfg.json');
    writeFileSync(cfg, JSON.stringify({ me: ['*@prinsweb.example'] }));
    const r = timedCommand(['scan', '--config', cfg, '--now', '2026-11-16T09:00:00+01:00', '-f', 'json', '--no-progress', mbox]);
    const mb = statSync(mbox).size / 1024 / 1024;
    console.log(
      `memory: scan of a ${mb.toFixed(0)} MB mbox of ${count} generated messages: peak RSS ${r.rssMb.toFixed(0)} MB ` +
        `(target < 300 MB: ${r.rssMb < 300 ? 'met' : 'NOT met'}), ${r.cpuS.toFixed(1)} CPU s, ${r.wallS.toFixed(1)} s wall, exit ${r.status}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
