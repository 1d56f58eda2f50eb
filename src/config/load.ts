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
    }, { cause: err });
  }
  if (!result) return defaultConfig();
  if (result.isEmpty && opts.configPath) return { ...defaultConfig(), filepath: result.filepath };
  return validateConfig(result.config, result.filepath);
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
  for (let i = start; i >= 0 && i < body.length && isFrame(body[i]!); i++) frame.push(body[i]!);
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
