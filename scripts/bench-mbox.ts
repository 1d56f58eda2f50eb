/**
 * mbox scan speed, whole commands as a person runs them (issue 10), side by side in one run:
 *   floor: `node dist/scripts/mbox-floor.js FILE`: mailparser alone, one message after the other, over the same file
 *          (the same framing, the streaming MailParser with its fast options, attachment content dropped);
 *   scan:  `bin/replycheck scan FILE` (read, parse, thread, analyse, rules, output).
 * 10,000 generated messages (scripts/generate-mailbox, seed 1). Runs alternate (floor, scan, floor, scan, …) so that
 * a busy machine slows both alike; medians of wall and CPU time (user + system of the child, all its threads).
 * Also a small mbox (20 messages): the parse stage must not make a handful of messages slower.
 * Target: scan ≤ 1.0 × floor. Run: `npm run bench -- mbox`, or `node dist/scripts/bench-mbox.js [runs] [count]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../src/meta.js';
import { DEFAULT_ME, DEFAULT_NOW, writeMbox } from './generate-mailbox.js';

export interface MboxBench {
  label: string;
  messages: number;
  scan: { wall: number; cpu: number };
  floor: { wall: number; cpu: number };
  /** Median scan wall time / median floor wall time. */
  ratio: number;
  runs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Wall and CPU seconds of one child process (CPU from GNU time when it is there, else NaN). */
function timed(args: string[]): { wall: number; cpu: number } {
  const time = '/usr/bin/time';
  const useTime = (() => {
    try {
      return statSync(time).isFile();
    } catch {
      return false;
    }
  })();
  const t = process.hrtime.bigint();
  const r = useTime
    ? spawnSync(time, ['-f', 'RCTIME %U %S', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } })
    : spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const m = /RCTIME ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : NaN };
}

export async function benchMbox(runs = 5, count = 10_000): Promise<MboxBench[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rc-bench-mbox-'));
  try {
    const config = join(dir, 'replycheck.config.json');
    writeFileSync(config, JSON.stringify({ me: DEFAULT_ME }));
    const now = new Date(DEFAULT_NOW.getTime() + 3_600_000).toISOString();
    const results: MboxBench[] = [];
    console.log(`mbox scan vs mailparser alone, whole commands, median of ${runs} alternating runs (node ${process.version})`);
    for (const n of [count, 20]) {
      const file = join(dir, `${n}.mbox`);
      await writeMbox(file, { count: n, seed: 1 });
      const scanArgs = [join(ROOT, 'bin', 'replycheck'), '-c', config, 'scan', file, '--now', now, '--no-progress', '-f', 'json'];
      const floorArgs = [join(ROOT, 'dist', 'scripts', 'mbox-floor.js'), file];
      timed(floorArgs); // warm the page cache once
      const scan: Array<{ wall: number; cpu: number }> = [];
      const floor: Array<{ wall: number; cpu: number }> = [];
      for (let i = 0; i < runs; i++) {
        floor.push(timed(floorArgs));
        scan.push(timed(scanArgs));
      }
      const med = (xs: Array<{ wall: number; cpu: number }>) => ({ wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)) });
      const r: MboxBench = { label: `${n.toLocaleString('en')} messages`, messages: n, scan: med(scan), floor: med(floor), ratio: med(scan).wall / med(floor).wall, runs };
      results.push(r);
      console.log(
        `  ${r.label.padEnd(16)} scan ${r.scan.wall.toFixed(2)} s (CPU ${r.scan.cpu.toFixed(2)} s)   floor mailparser alone ${r.floor.wall.toFixed(2)} s (CPU ${r.floor.cpu.toFixed(2)} s)   ` +
          `ratio ${r.ratio.toFixed(2)}x ${r.ratio <= 1 ? '(within the 1.0x target)' : '(OVER the 1.0x target)'}`,
      );
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const runs = Number(process.argv[2]);
  const count = Number(process.argv[3]);
  await benchMbox(Number.isInteger(runs) && runs > 0 ? runs : 5, Number.isInteger(count) && count > 0 ? count : 10_000);
}
