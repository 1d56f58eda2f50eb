import { ConfigError } from '../errors.js';
import type { Config } from './types.js';
import { validateConfig } from './validate.js';
import { defaultConfig } from './defaults.js';

export const SEARCH_PLACES = [
  'package.json',
  '.replycheckrc',
  '.replycheckrc.json',
  '.replycheckrc.yaml',
  '.replycheckrc.yml',
  '.replycheckrc.js',
  '.replycheckrc.mjs',
  '.replycheckrc.cjs',
  'replycheck.config.json',
  'replycheck.config.yaml',
  'replycheck.config.yml',
  'replycheck.config.js',
  'replycheck.config.mjs',
  'replycheck.config.cjs',
];

/**
 * Finds and loads the config: `--config FILE` when given, otherwise cosmiconfig's search from `cwd` up to the home
 * directory and then the global config folder (~/.config/replycheck/). No config at all = the defaults.
 */
export async function loadConfig(opts: { configPath?: string; cwd?: string } = {}): Promise<Config> {
  const { cosmiconfig } = await import('cosmiconfig');
  const explorer = cosmiconfig('replycheck', { searchPlaces: SEARCH_PLACES, searchStrategy: 'global' });
  let result;
  try {
    result = opts.configPath ? await explorer.load(opts.configPath) : await explorer.search(opts.cwd ?? process.cwd());
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (opts.configPath && e.code === 'ENOENT')
      throw new ConfigError('CONFIG_NOT_FOUND', {
        en: `Config file not found: ${opts.configPath}`,
        nl: `Config-bestand niet gevonden: ${opts.configPath}`,
      });
    const why = parseProblem(e.message);
    const file = opts.configPath ?? why.file ?? '';
    throw new ConfigError('CONFIG_UNREADABLE', {
      en: `Cannot read config ${file}${why.where}: ${why.reason}${why.frame}`,
      nl: `Kan config ${file}${why.where} niet lezen: ${why.reason}${why.frame}`,
    }, { cause: scrubbedCause(e, why.reason) });
  }
  if (!result) return defaultConfig();
  if (result.isEmpty && opts.configPath) return { ...defaultConfig(), filepath: result.filepath };
  return validateConfig(result.config, result.filepath);
}

/** The config's own lines never reach the terminal with a secret in them: a password key's value is hidden. */
export function hideSecret(line: string): string {
  // indexOf, not a pattern: linear on any line (a key word followed later by a colon hides the rest).
  const lower = line.toLowerCase();
  let cut = -1;
  for (const word of ['pass', 'token', 'secret', 'command']) {
    const at = lower.indexOf(word);
    const colon = at < 0 ? -1 : line.indexOf(':', at);
    if (colon >= 0 && (cut < 0 || colon < cut)) cut = colon;
  }
  return cut >= 0 ? line.slice(0, cut + 1) + ' ***' : line;
}

/** For --debug: the parser's error without its code frame (the file's lines, which may hold a password). */
function scrubbedCause(e: NodeJS.ErrnoException, reason: string): Error {
  const c = new Error(reason || e.code || 'config parse error');
  if (e.code) (c as NodeJS.ErrnoException).code = e.code;
  return c;
}

/**
 * cosmiconfig's "JSON Error in FILE:" / "YAML Error in FILE:" messages carry the parser's reason and a code frame
 * under a header line: keep the reason, the line and column, and the frame, so a trailing comma can be found.
 */
export function parseProblem(message: string): { file?: string; where: string; reason: string; frame: string } {
  const lines = message.split('\n');
  const head = /^(?:JSON|YAML) Error in (.+):\s*$/.exec(lines[0] ?? '');
  if (!head) return { where: '', reason: message.split('\n')[0] ?? message, frame: '' };
  const isFrame = (l: string) => /^\s*(?:>\s*)?\d+ \|/.test(l) || /^[\s-]*\|?\s*\^/.test(l) || /^-+\^/.test(l);
  const body = lines.slice(1);
  const reason = (body.find((l) => l.trim() && !isFrame(l)) ?? '').trim();
  const start = body.findIndex(isFrame);
  const frame: string[] = [];
  for (let i = start; i >= 0 && i < body.length && isFrame(body[i]!); i++) frame.push(hideSecret(body[i]!));
  // YAML says "(2:1)"; JSON says "at position 16": line and column come from the frame's marked line
  const yaml = /\((\d+):(\d+)\)\s*$/.exec(reason);
  const marked = frame.find((l) => /^\s*>\s*\d+ \|/.test(l));
  const caret = frame.find((l) => /\^/.test(l));
  let where = '';
  if (yaml) where = `:${yaml[1]}:${yaml[2]}`;
  else if (marked && caret) {
    const line = /(\d+) \|/.exec(marked)![1];
    const bar = caret.indexOf('|');
    where = `:${line}:${caret.indexOf('^') - bar - 1}`;
  }
  return { file: head[1], where, reason: reason.replace(/ while parsing .*$/, '').replace(/\s*\(\d+:\d+\)\s*$/, ''), frame: frame.length ? '\n' + frame.join('\n') : '' };
}
