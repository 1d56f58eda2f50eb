/**
 * What the CLI writes besides a formatter's output: whether to colour, and the `replycheck: …` lines on stderr
 * (warnings, notices, sources that failed). Progress bars are src/progress.ts (the IMAP source draws them).
 */

/** Colour only for a terminal that wants it: NO_COLOR, FORCE_COLOR, --no-color and a non-TTY stdout all count. */
export function wantColor(flag: boolean | undefined, stream: { isTTY?: boolean } = process.stdout, env = process.env): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY;
}

/** One line for the person running replycheck, on stderr, in every output format. */
export function notice(text: string): void {
  process.stderr.write(`replycheck: ${text}\n`);
}

/** Progress bars only for a person watching: not with --quiet, not when stderr is piped, not in CI. */
export const quietRun = (quiet: boolean | undefined): boolean => !!quiet || !process.stderr.isTTY || !!process.env.CI;
