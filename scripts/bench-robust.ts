/**
 * The robustness row of `npm run bench`:
 *   - the slowest detector call on the fuzz corpus (scripts/lib/fuzz-corpus.ts, full size), in ms of CPU;
 *   - peak RSS of `scan` over a large generated mbox (`npm run gen`, kept in a temp folder, never in git);
 *   - that a run which read less than all its sources does not exit 0 (one real mbox, one missing path).
 * `npm run bench -- robust`; `ROBUST_MBOX_COUNT` sets the mbox size (default 40,000 messages, about 0.3 GB).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../src/meta.js';
import { fuzzCorpus, runFuzz } from './lib/fuzz-corpus.js';

function peakRss(args: string[]): { status: number | null; mb: number; s: number } {
  // GNU time prints the peak RSS in KB with -f %M
  const t = Date.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(ROOT, 'bin', 'replycheck'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const kb = Number(/(\d+)\s*$/.exec(r.stderr ?? '')?.[1] ?? NaN);
  return { status: r.status, mb: kb / 1024, s: (Date.now() - t) / 1000 };
}

export async function benchRobust(): Promise<void> {
  const corpus = fuzzCorpus();
  runFuzz([{ label: 'warm-up', text: 'Kunt u mij de offerte sturen? Could you send the quote?' }]);
  const timings = runFuzz(corpus);
  const slowest = timings.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a));
  const errors = timings.filter((t) => t.error).length;
  console.log(`robustness: fuzz corpus ${corpus.length} inputs × ${timings.length / corpus.length} detector runs: slowest ${slowest.cpuMs.toFixed(0)} ms CPU (${slowest.detector} on "${slowest.input}", ${slowest.lang}), ${errors} threw`);

  const dir = mkdtempSync(join(tmpdir(), 'replycheck-robust-'));
  try {
    const mbox = join(dir, 'big.mbox');
    const count = Number(process.env.ROBUST_MBOX_COUNT ?? 40_000);
    const gen = spawnSync(process.execPath, [join(ROOT, 'dist', 'scripts', 'generate-mailbox.js'), '--count', String(count), '--out', mbox, '--format', 'mbox', '--seed', '1'], { encoding: 'utf8' });
    if (gen.status !== 0) throw new Error(`generate-mailbox failed: ${gen.stderr}`);
    const cfg = join(dir, 'cfg.json');
    writeFileSync(cfg, JSON.stringify({ me: ['*@prinsweb.example'] }));
    const run = peakRss(['scan', '--config', cfg, '--format', 'json', mbox]);
    console.log(`robustness: scan of a ${(statSync(mbox).size / 1024 / 1024).toFixed(0)} MB mbox (${count} messages): peak RSS ${run.mb.toFixed(0)} MB, ${run.s.toFixed(1)} s, exit ${run.status}`);
    const partial = peakRss(['scan', '--config', cfg, '--format', 'json', mbox, join(dir, 'missing.mbox')]);
    console.log(`robustness: a run that missed one of its two sources exits ${partial.status} (must not be 0): ${partial.status === 0 ? 'FAIL' : 'ok'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
