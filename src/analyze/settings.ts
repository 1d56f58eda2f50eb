/** ESLint-style rule settings: "warn" | ["warn"] | ["warn", { options }], checked against the registry. */
import { ConfigError } from '../errors.js';
import type { ActiveSeverity, Severity } from '../model.js';
import type { RuleSetting } from '../config/types.js';
import { SEVERITIES } from '../config/schema.js';
import { closest } from '../config/suggest.js';
import { issuesError, type Issue } from '../config/issues.js';
import { zod } from '../config/zod.js';
import type { Rule } from './define-rule.js';
import { ruleOptionsSchema } from './rule-options.js';
const RANK: Record<Severity, number> = { off: 0, info: 1, warn: 2, error: 3 };

export const severityRank = (s: Severity) => RANK[s];
export const minSeverity = (a: ActiveSeverity, b: ActiveSeverity): ActiveSeverity => (RANK[a] <= RANK[b] ? a : b);

export interface ResolvedRule {
  rule: Rule;
  severity: ActiveSeverity;
  options: Record<string, unknown>;
}

/** Given options checked against the rule's own schema (zod is loaded only here, and only when options are set). */
function checkOptions(rule: Rule, given: Record<string, unknown>, file?: string): Record<string, unknown> {
  const schema = ruleOptionsSchema(zod(), rule);
  const result = schema.safeParse(given);
  if (!result.success) throw issuesError(schema, result.error.issues as unknown as Issue[], given, file, `rules.${rule.id}.`);
  return result.data as Record<string, unknown>;
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
      if (!(SEVERITIES as readonly string[]).includes(sev as string))
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
    for (const k of Object.keys(given)) {
      if (!keys.includes(k)) {
        const hint = closest(k, keys);
        throw new ConfigError('CONFIG_UNKNOWN_OPTION', {
          en: `Unknown option "rules.${rule.id}.${k}"${inFile}.` + (hint ? ` Did you mean "${hint}"?` : keys.length ? ` Options: ${keys.join(', ')}.` : ' This rule has no options.'),
          nl: `Onbekende optie "rules.${rule.id}.${k}"${inFile}.` + (hint ? ` Bedoelt u "${hint}"?` : keys.length ? ` Opties: ${keys.join(', ')}.` : ' Deze regel heeft geen opties.'),
        });
      }
    }
    if (Object.keys(given).length) given = checkOptions(rule, given, file);
    if (severity === 'off') continue;
    out.push({ rule, severity, options: { ...defaults, ...given } });
  }
  return out;
}
