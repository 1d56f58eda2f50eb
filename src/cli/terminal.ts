/**
 * What the CLI writes besides a formatter's output: whether to colour, the `replycheck: …` lines on stderr
 * (warnings, notices, sources that failed), and progress bars on stderr while fetching (counts and rate) — only
 * for a person watching: stderr is a TTY, not CI, not --quiet. Otherwise cli-progress is never loaded.
 */
import { t } from '../i18n.js';
import type { Bilingual, Progress, ProgressFactory } from '../model.js';

/**
 * Colour only for a terminal that wants it. --color / --no-color decide first; then NO_COLOR, FORCE_COLOR, TERM=dumb
 * and whether stdout is a terminal.
 */
export function wantColor(flag: boolean | undefined, stream: { isTTY?: boolean } = process.stdout, env = process.env): boolean {
  if (flag === false) return false;
  if (flag === true) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.TERM === 'dumb') return false;
  return !!stream.isTTY;
}

/** One line for the person running replycheck, on stderr, in every output format. */
export function notice(text: string): void {
  process.stderr.write(`replycheck: ${text}\n`);
}

/** Progress bars for a source, or none with --quiet, when stderr is piped, or in CI. */
export const progressFor = (quiet: boolean | undefined): ProgressFactory | undefined =>
  quiet || !process.stderr.isTTY || process.env.CI ? undefined : (label) => createProgress(label);

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
