/**
 * Lint start-up speed: the median wall time of `node bin/replycheck lint <draft>` over repeated runs, beside the
 * floor `node -e ""` measured in the same loop (interleaved, so a busy machine slows both alike), and the ratio.
 * Target (issue 10): at most 2.5x the floor. Two drafts: a clean reply (the everyday case) and one that trips every
 * draft rule (it loads the stemmers and the holiday tables). Run: `node dist/scripts/bench-lint.js [runs]`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../src/meta.js';

export interface LintBench {
  label: string;
  medianMs: number;
  floorMs: number;
  ratio: number;
  runs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function timeRun(args: string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.error) throw r.error;
  return ms;
}

export const BENCH_DRAFTS = [
  { label: 'clean reply', file: join(ROOT, 'fixtures', 'lint', 'draft-clean.eml'), now: '2026-03-02T11:45:00+01:00' },
  { label: 'every rule trips', file: join(ROOT, 'fixtures', 'lint', 'draft-offerte.eml'), now: '2026-03-05T16:05:00+01:00' },
];

export async function benchLint(runs = 25): Promise<LintBench[]> {
  const bin = join(ROOT, 'bin', 'replycheck');
  const results: LintBench[] = [];
  console.log(`lint start-up, median of ${runs} runs each (node ${process.version})`);
  for (const d of BENCH_DRAFTS) {
    const lint: number[] = [];
    const floor: number[] = [];
    const args = [bin, 'lint', d.file, '--now', d.now];
    timeRun(args); // warm the file cache once
    for (let i = 0; i < runs; i++) {
      floor.push(timeRun(['-e', '']));
      lint.push(timeRun(args));
    }
    const res = { label: d.label, medianMs: median(lint), floorMs: median(floor), ratio: median(lint) / median(floor), runs };
    results.push(res);
    console.log(
      `  ${d.label.padEnd(18)} lint ${res.medianMs.toFixed(0).padStart(4)} ms   floor node -e "" ${res.floorMs.toFixed(0).padStart(3)} ms   ` +
        `ratio ${res.ratio.toFixed(2)}x ${res.ratio <= 2.5 ? '(within the 2.5x target)' : '(OVER the 2.5x target)'}`,
    );
  }
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = Number(process.argv[2]);
  await benchLint(Number.isInteger(n) && n >= 20 ? n : 25);
}
