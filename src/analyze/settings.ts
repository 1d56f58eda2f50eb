/** ESLint-style rule settings: "warn" | ["warn"] | ["warn", { options }], checked against the registry. */
import { ConfigError } from '../errors.js';
import type { ActiveSeverity, Severity } from '../model.js';
import type { RuleSetting } from '../config/types.js';
import { closest } from '../config/validate.js';
import type { Rule } from './define-rule.js';

export const SEVERITIES: Severity[] = ['off', 'info', 'warn', 'error'];
const RANK: Record<Severity, number> = { off: 0, info: 1, warn: 2, error: 3 };

export const severityRank = (s: Severity) => RANK[s];
export const minSeverity = (a: ActiveSeverity, b: ActiveSeverity): ActiveSeverity => (RANK[a] <= RANK[b] ? a : b);

export interface ResolvedRule {
  rule: Rule;
  severity: ActiveSeverity;
  options: Record<string, unknown>;
}

function typeOf(v: unknown): string {
  return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
}

export function resolveRules(rules: Rule[], settings: Record<string, RuleSetting>, file?: string): ResolvedRule[] {
  const ids = rules.map((r) => r.id);
  const inFile = file ? ` (${file})` : '';
  for (const id of Object.keys(settings)) {
    if (ids.includes(id)) continue;
    const hint = closest(id, ids);
    throw new ConfigError('CONFIG_UNKNOWN_RULE', {
      en: `Unknown rule "rules.${id}"${inFile}.` + (hint ? ` Did you mean "${hint}"?` : ` Run "replycheck rules" for the list.`),
      nl: `Onbekende regel "rules.${id}"${inFile}.` + (hint ? ` Bedoelt u "${hint}"?` : ` "replycheck rules" toont de lijst.`),
    });
  }
  const out: ResolvedRule[] = [];
  for (const rule of rules) {
    const setting = settings[rule.id];
    let severity: Severity = rule.defaultSeverity;
    let given: Record<string, unknown> = {};
    if (setting !== undefined) {
      const [sev, opts] = Array.isArray(setting) ? setting : [setting, undefined];
      if (!SEVERITIES.includes(sev as Severity))
        throw new ConfigError('CONFIG_INVALID', {
          en: `Invalid severity for "rules.${rule.id}"${inFile}: ${JSON.stringify(sev)}. Use off, info, warn or error.`,
          nl: `Ongeldige ernst bij "rules.${rule.id}"${inFile}: ${JSON.stringify(sev)}. Gebruik off, info, warn of error.`,
        });
      severity = sev as Severity;
      if (opts !== undefined) {
        if (typeof opts !== 'object' || opts === null || Array.isArray(opts))
          throw new ConfigError('CONFIG_INVALID', {
            en: `Options for "rules.${rule.id}"${inFile} must be an object, like ["warn", { … }].`,
            nl: `Opties bij "rules.${rule.id}"${inFile} moeten een object zijn, zoals ["warn", { … }].`,
          });
        given = opts as Record<string, unknown>;
      }
    }
    const defaults = rule.defaultOptions as Record<string, unknown>;
    const keys = Object.keys(defaults);
    for (const [k, v] of Object.entries(given)) {
      if (!keys.includes(k)) {
        const hint = closest(k, keys);
        throw new ConfigError('CONFIG_UNKNOWN_OPTION', {
          en: `Unknown option "rules.${rule.id}.${k}"${inFile}.` + (hint ? ` Did you mean "${hint}"?` : keys.length ? ` Options: ${keys.join(', ')}.` : ' This rule has no options.'),
          nl: `Onbekende optie "rules.${rule.id}.${k}"${inFile}.` + (hint ? ` Bedoelt u "${hint}"?` : keys.length ? ` Opties: ${keys.join(', ')}.` : ' Deze regel heeft geen opties.'),
        });
      }
      const want = typeOf(defaults[k]);
      if (typeOf(v) !== want || (want === 'number' && (!Number.isFinite(v as number) || (v as number) < 0)))
        throw new ConfigError('CONFIG_INVALID', {
          en: `Option "rules.${rule.id}.${k}"${inFile} must be ${want === 'number' ? 'a number ≥ 0' : `of type ${want}`}, not ${JSON.stringify(v)}.`,
          nl: `Optie "rules.${rule.id}.${k}"${inFile} moet ${want === 'number' ? 'een getal ≥ 0' : `van type ${want}`} zijn, niet ${JSON.stringify(v)}.`,
        });
    }
    if (severity === 'off') continue;
    out.push({ rule, severity, options: { ...defaults, ...given } });
  }
  return out;
}
