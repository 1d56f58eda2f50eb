/**
 * Custom rules from the config's `plugins`: a file (resolved relative to the config file) or a package name. Each
 * must default-export a rule (defineRule from `replycheck/rule`) or a list of rules, and is checked like a built-in
 * (src/analyze/check-rule.ts) and for an id clash before it runs. A plugin that fails names its file.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../errors.js';
import type { Bilingual } from '../model.js';
import { docsUrl } from '../meta.js';
import type { Rule } from '../analyze/define-rule.js';
import { ruleProblems } from '../analyze/check-rule.js';
import type { Config } from './types.js';

function fail(spec: string, where: string, config: Config, why: Bilingual): ConfigError {
  const from = config.filepath ? ` (plugins in ${config.filepath})` : '';
  return new ConfigError('CONFIG_PLUGIN', {
    en: `Cannot load plugin "${spec}" from ${where}${from}: ${why.en}`,
    nl: `Kan plugin "${spec}" niet laden uit ${where}${from}: ${why.nl}`,
  });
}

/** The file a plugin name points at: a path relative to the config, or a package resolved from the config's folder. */
function locate(spec: string, base: string): string {
  if (spec.startsWith('.') || isAbsolute(spec)) {
    const file = resolve(base, spec);
    if (!existsSync(file)) throw new Error('not found');
    return file;
  }
  return createRequire(resolve(base, 'package.json')).resolve(spec);
}

/** The rules of every plugin in the config, checked; `known` are the rules they must not clash with. */
export async function loadPlugins(config: Config, known: Rule[]): Promise<Rule[]> {
  const base = config.filepath ? dirname(config.filepath) : process.cwd();
  const ids = new Map(known.map((r) => [r.id, 'built-in']));
  const out: Rule[] = [];
  for (const spec of config.plugins) {
    let file: string;
    try {
      file = locate(spec, base);
    } catch {
      throw fail(spec, resolve(base, spec), config, { en: 'no such file or package.', nl: 'bestand of pakket bestaat niet.' });
    }
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    } catch (err) {
      const msg = String((err as Error).message ?? err).split('\n')[0];
      throw fail(spec, file, config, { en: `it does not load: ${msg}`, nl: `het laadt niet: ${msg}` });
    }
    const exported = mod.default ?? mod.rules;
    const rules = (Array.isArray(exported) ? exported : [exported]) as Rule[];
    for (const rule of rules) {
      const problems = ruleProblems(rule);
      if (problems.length)
        throw fail(spec, file, config, { en: problems.map((p) => p.en).join('; ') + '.', nl: problems.map((p) => p.nl).join('; ') + '.' });
      const clash = ids.get(rule.id);
      if (clash)
        throw fail(spec, file, config, {
          en: `the rule id "${rule.id}" is already taken (${clash}).`,
          nl: `de regel-id "${rule.id}" is al in gebruik (${clash === 'built-in' ? 'ingebouwd' : clash}).`,
        });
      ids.set(rule.id, file);
      // defineRule points at the built-in docs; a custom rule is documented where it lives unless it says otherwise.
      out.push(rule.docsUrl && rule.docsUrl !== docsUrl(rule.id) ? rule : { ...rule, docsUrl: pathToFileURL(file).href });
    }
  }
  return out;
}
