/**
 * What the commands share: bilingual help text, repeatable and counted options, the clock flag, and how the
 * config (or the bundled demo and its own config) is loaded. Kept light: every command's start-up imports it.
 */
import { Option } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../meta.js';
import { ConfigError } from '../errors.js';
import { setLanguage, t } from '../i18n.js';
import type { Bilingual, Language } from '../model.js';
import type { Config } from '../config/types.js';
import type { Rule } from '../analyze/define-rule.js';

/** The flags every command inherits from the program. */
export interface GlobalOpts {
  config?: string;
  lang?: Language;
  debug?: boolean;
  color?: boolean;
}

export const H = (en: string, nl: string): Bilingual => ({ en, nl });

/** A usage mistake: exit 2 with this text. */
export const usage = (en: string, nl: string) => new ConfigError('USAGE', { en, nl });

/** Commander parser for a repeatable option. */
export function collect(value: string, prev: string[] = []): string[] {
  return [...prev, value];
}

/** Commander parser for a whole number ≥ 0, named in the error. */
export const countOf = (flag: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw usage(`${flag} takes a whole number ≥ 0, not "${v}".`, `${flag} verwacht een geheel getal ≥ 0, niet "${v}".`);
  return n;
};

export const nowOption = () =>
  new Option('--now <iso>', t(H('pretend it is this moment (also REPLYCHECK_NOW)', 'doe alsof het nu dit moment is (ook REPLYCHECK_NOW)')));

export const maxWarningsOption = () =>
  new Option('--max-warnings <n>', t(H('exit 1 when there are more warnings than this', 'exitcode 1 bij meer waarschuwingen dan dit'))).argParser(countOf('--max-warnings'));

export const accountOption = (what: Bilingual = H('only this configured account (repeatable)', 'alleen dit account uit de config (herhaalbaar)')) =>
  new Option('--account <name>', t(what)).argParser(collect);

export const DEMO_DIR = join(ROOT, 'fixtures', 'demo');

/**
 * REPLYCHECK_ANALYSIS_BUDGET_MS: the per-message analysis budget in ms (default src/parse/limits.ts), for tests that
 * need a tiny one and for a machine far slower than ours.
 */
export function analysisBudgetFromEnv(): { ms: number } | undefined {
  const ms = Number(process.env.REPLYCHECK_ANALYSIS_BUDGET_MS);
  return process.env.REPLYCHECK_ANALYSIS_BUDGET_MS && Number.isFinite(ms) && ms >= 0 ? { ms } : undefined;
}

/** The bundled demo: its own config (me, colleagues) and its own clock, so it shows the same story every day. */
export async function loadDemoConfig(rules?: Record<string, unknown>): Promise<{ config: Config; now?: string; paths: string[] }> {
  const { validateConfig } = await import('../config/validate.js');
  const file = join(DEMO_DIR, 'replycheck.config.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (rules) raw.rules = { ...(raw.rules as Record<string, unknown> | undefined), ...rules };
  const { now } = JSON.parse(readFileSync(join(DEMO_DIR, 'clock.json'), 'utf8')) as { now?: string };
  const config = validateConfig(raw, file);
  config.filepaths = [file];
  if (rules) config.ruleFlags = rules;
  return { config, now, paths: [join(DEMO_DIR, 'Maildir')] };
}

/** --rule 'id: value' flags → a rules object, checked by the validator with the rest of the config. */
export async function ruleFlags(flags: string[] | undefined): Promise<Record<string, unknown> | undefined> {
  if (!flags?.length) return undefined;
  const { parseRuleFlag } = await import('./rule-flag.js');
  return Object.fromEntries(flags.map(parseRuleFlag));
}

/** The user's config (cosmiconfig cascade or -c FILE, then --rule); its `language` applies unless --lang was given. */
export async function loadUserConfig(opts: { config?: string; lang?: Language; rule?: string[] }): Promise<Config> {
  const { loadConfig } = await import('../config/load.js');
  const config = await loadConfig({ configPath: opts.config, rules: await ruleFlags(opts.rule) });
  if (!opts.lang && config.language) setLanguage(config.language);
  return config;
}

/**
 * Config, sources and clock for a command that reads mail: the demo (with its own clock unless --now or
 * REPLYCHECK_NOW say otherwise) or the user's config with the given paths.
 */
export async function configAndSources(
  opts: { demo?: boolean; config?: string; lang?: Language; now?: string; rule?: string[] },
  paths: string[],
): Promise<{ config: Config; paths: string[]; nowFlag?: string }> {
  if (opts.demo) {
    if (opts.config)
      throw usage(
        `--demo brings its own config, so -c ${opts.config} would be ignored. To read the demo mailbox with your config: replycheck scan ${join(DEMO_DIR, 'Maildir')} -c ${opts.config}`,
        `--demo heeft een eigen config, dus -c ${opts.config} zou genegeerd worden. De demo-mailbox met uw config lezen: replycheck scan ${join(DEMO_DIR, 'Maildir')} -c ${opts.config}`,
      );
    const demo = await loadDemoConfig(await ruleFlags(opts.rule));
    return { config: demo.config, paths: demo.paths, nowFlag: opts.now ?? (process.env.REPLYCHECK_NOW ? undefined : demo.now) };
  }
  return { config: await loadUserConfig(opts), paths, nowFlag: opts.now };
}

/** The built-in rules plus the config's custom rules (`plugins`), which are loaded only when there are any. */
export async function rulesFor(config: Config): Promise<Rule[]> {
  const { default: builtins } = await import('../../rules/index.js');
  let all = builtins;
  if (config.plugins?.length) {
    const { loadPlugins } = await import('../config/plugins.js');
    all = [...builtins, ...(await loadPlugins(config, builtins))];
  }
  // a wrong rule id or option in --rule is blamed on --rule, not on the config file it was merged into
  if (config.ruleFlags) {
    const { resolveRules } = await import('../analyze/settings.js');
    resolveRules(all, config.ruleFlags as Parameters<typeof resolveRules>[1], '--rule');
  }
  return all;
}
