import { homedir } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
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

/** Where the user-wide config lives: $XDG_CONFIG_HOME/replycheck or ~/.config/replycheck (cosmiconfig's global place). */
export function globalConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'replycheck');
}
const GLOBAL_PLACES = ['config', 'config.json', 'config.yaml', 'config.yml', 'config.js', 'config.mjs', 'config.cjs'];

/**
 * Finds and loads the config. `--config FILE`: that file alone. Otherwise the cascade: the user-wide file in
 * ~/.config/replycheck/ under the nearest project file found from `cwd` up to the home directory, merged key by key
 * (objects merge, everything else the project file wins), so a project file need not repeat `me` or the accounts.
 * `rules` (from --rule) goes on top. No file at all = the defaults. The files used are in `filepaths`.
 */
export async function loadConfig(opts: { configPath?: string; cwd?: string; rules?: Record<string, unknown>; env?: NodeJS.ProcessEnv } = {}): Promise<Config> {
  // no file to find: the defaults, without loading cosmiconfig and its parsers (~15 ms of every `lint` in a send hook)
  if (!opts.configPath && !opts.rules && !anyConfigFile(opts.cwd ?? process.cwd(), globalConfigDir(opts.env))) return defaultConfig();
  const { cosmiconfig } = await import('cosmiconfig');
  const found: Array<{ config: unknown; filepath: string }> = [];
  await readOrExplain(opts.configPath, async () => {
    if (opts.configPath) {
      const r = await cosmiconfig('replycheck', { searchPlaces: SEARCH_PLACES, searchStrategy: 'none' }).load(opts.configPath);
      if (r) found.push({ config: r.isEmpty ? {} : r.config, filepath: r.filepath });
      return;
    }
    const globalDir = globalConfigDir(opts.env);
    const user = await cosmiconfig('replycheck', { searchPlaces: GLOBAL_PLACES, searchStrategy: 'none' }).search(globalDir);
    if (user && !user.isEmpty) found.push({ config: user.config, filepath: user.filepath });
    const project = await cosmiconfig('replycheck', { searchPlaces: SEARCH_PLACES, searchStrategy: 'global', stopDir: homedir() }).search(opts.cwd ?? process.cwd());
    if (project && !project.isEmpty && !project.filepath.startsWith(globalDir + sep) && project.filepath !== user?.filepath)
      found.push({ config: project.config, filepath: project.filepath });
  });
  if (found.length === 0 && !opts.rules) return defaultConfig();
  const merged = found.reduce<Record<string, unknown>>((acc, f) => mergeConfig(acc, f.config as Record<string, unknown>), {});
  if (opts.rules) merged.rules = { ...(merged.rules as Record<string, unknown> | undefined), ...opts.rules };
  const last = found.at(-1)?.filepath;
  const cfg = validateConfig(merged, found.length > 1 ? found.map((f) => f.filepath).join(' + ') : last);
  if (last) cfg.filepath = last;
  if (found.length) cfg.filepaths = found.map((f) => f.filepath);
  if (opts.rules) cfg.ruleFlags = opts.rules;
  return cfg;
}

/**
 * Whether the search below could find anything: a file of SEARCH_PLACES in `cwd` or a folder above it up to the home
 * folder (a package.json only with a "replycheck" key), or one of GLOBAL_PLACES in the user-wide folder. Read-only
 * stat calls; when it says no, cosmiconfig would have found nothing either.
 */
export function anyConfigFile(cwd: string, globalDir: string): boolean {
  if (GLOBAL_PLACES.some((f) => existsSync(join(globalDir, f)))) return true;
  const stop = homedir();
  for (let dir = resolve(cwd); ; ) {
    for (const f of SEARCH_PLACES) {
      const file = join(dir, f);
      if (!existsSync(file)) continue;
      if (f !== 'package.json') return true;
      try {
        if ((JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)?.replycheck !== undefined) return true;
      } catch {
        return true; // let cosmiconfig say what is wrong with it
      }
    }
    const up = dirname(dir);
    if (dir === stop || up === dir) return false;
    dir = up;
  }
}

/** Objects merge key by key (accounts, rules, analysis, businessHours…); arrays and values: the later file wins. */
export function mergeConfig(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over ?? {})) {
    const b = out[k];
    const plain = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
    out[k] = plain(b) && plain(v) ? mergeConfig(b, v) : v;
  }
  return out;
}

async function readOrExplain(configPath: string | undefined, read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (configPath && e.code === 'ENOENT')
      throw new ConfigError('CONFIG_NOT_FOUND', {
        en: `Config file not found: ${configPath}`,
        nl: `Config-bestand niet gevonden: ${configPath}`,
      });
    if (err instanceof ConfigError) throw err;
    const why = parseProblem(e.message);
    const file = configPath ?? why.file ?? '';
    throw new ConfigError('CONFIG_UNREADABLE', {
      en: `Cannot read config ${file}${why.where}: ${why.reason}${why.frame}`,
      nl: `Kan config ${file}${why.where} niet lezen: ${why.reason}${why.frame}`,
    }, { cause: scrubbedCause(e, why.reason) });
  }
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
export function parseProblem(raw: string): { file?: string; where: string; reason: string; frame: string } {
  // the parser colours its code frame when it thinks it writes to a colour terminal (CI=true does that): plain text here
  const message = raw.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = message.split('\n');
  const head = /^(?:JSON|YAML) Error in (.+):\s*$/.exec(lines[0] ?? '');
  if (!head) return { where: '', reason: message.split('\n')[0] ?? message, frame: '' };
  const isFrame = (l: string) => /^\s*(?:>\s*)?\d+ \|/.test(l) || /^[\s-]*(?:\|\s*)?\^/.test(l) || /^-+\^/.test(l);
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
    const line = /^\s*>\s*(\d+) \|/.exec(marked)![1];
    const bar = caret.indexOf('|');
    where = `:${line}:${caret.indexOf('^') - bar - 1}`;
  }
  return { file: head[1], where, reason: withoutPosition(reason), frame: frame.length ? '\n' + frame.join('\n') : '' };
}

/** The reason without " while parsing …" and a trailing "(line:column)" (said apart), by index and not `/ while parsing .*$/`. */
function withoutPosition(reason: string): string {
  const at = reason.indexOf(' while parsing ');
  const r = at >= 0 ? reason.slice(0, at) : reason;
  const t = r.trimEnd();
  const pos = /\(\d+:\d+\)$/.exec(t);
  return pos ? t.slice(0, pos.index).trimEnd() : r;
}
