/**
 * A progress bar on stderr (counts and rate) while fetching — only for a person watching: stderr is a TTY,
 * not CI, not --quiet. Otherwise every call is a no-op and cli-progress is never loaded.
 */
import type { Bilingual } from './model.js';
import { t } from './i18n.js';

export interface Progress {
  /** Add work still to do (totals grow as mailboxes are opened). */
  add(total: number): void;
  tick(n?: number): void;
  stop(): void;
}

export interface ProgressOptions {
  quiet?: boolean;
  stream?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
}

export function progressEnabled(opts: ProgressOptions = {}): boolean {
  const stream = opts.stream ?? process.stderr;
  const env = opts.env ?? process.env;
  if (opts.quiet) return false;
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return false;
  return stream.isTTY === true;
}

const NOOP: Progress = { add() {}, tick() {}, stop() {} };

export async function createProgress(label: Bilingual | string, opts: ProgressOptions = {}): Promise<Progress> {
  if (!progressEnabled(opts)) return NOOP;
  const mod = (await import('cli-progress')) as typeof import('cli-progress') & { default?: typeof import('cli-progress') };
  const { SingleBar } = mod.default ?? mod;
  const bar = new SingleBar({
    stream: opts.stream ?? process.stderr,
    format: `${t(label)} [{bar}] {value}/{total} | {rate}/s | {duration_formatted}`,
    barsize: 30,
    hideCursor: true,
    clearOnComplete: false,
    fps: 5,
  });
  const started = Date.now();
  let total = 0;
  let value = 0;
  let running = false;
  const rate = () => {
    const secs = (Date.now() - started) / 1000;
    return secs > 0 ? Math.round(value / secs) : 0;
  };
  return {
    add(n) {
      total += n;
      if (!running) {
        bar.start(total, value, { rate: 0 });
        running = true;
      } else bar.setTotal(total);
    },
    tick(n = 1) {
      value += n;
      if (running) bar.increment(n, { rate: rate() });
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
