/** Where the IMAP cache lives: config cacheDir, else $XDG_CACHE_HOME/replycheck, else ~/.cache/replycheck. */
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
  const base = xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache');
  return join(base, 'replycheck');
}

export const CACHE_FILE = 'imap-cache.sqlite';
