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
    throw new ConfigError('CONFIG_UNREADABLE', {
      en: `Cannot read config ${opts.configPath ?? ''}: ${e.message.split('\n')[0]}`,
      nl: `Kan config ${opts.configPath ?? ''} niet lezen: ${e.message.split('\n')[0]}`,
    }, { cause: err });
  }
  if (!result) return defaultConfig();
  if (result.isEmpty && opts.configPath) return { ...defaultConfig(), filepath: result.filepath };
  return validateConfig(result.config, result.filepath);
}
