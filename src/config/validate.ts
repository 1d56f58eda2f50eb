/**
 * Validates a raw config object against the schema (schema.ts) and fills in the defaults. Throws a ConfigError that
 * names the key, what was wrong and, for a typo, the closest valid key. Loads zod on first use.
 */
import type { ZodType } from 'zod';
import { ANALYSIS_ALIASES, configSchema } from './schema.js';
import { issuesError, type Issue } from './issues.js';
import type { Config } from './types.js';
import { zod } from './zod.js';

let schema: ZodType | undefined;
export const validationSchema = () => (schema ??= configSchema(zod()));

/**
 * The old rule options `broken-promise.defaultDueBusinessDays` and `unanswered-question.answerOverlap` are
 * `analysis` keys now: when given and `analysis` does not set them, they move there (the rule no longer has them).
 */
function moveAliases(raw: Record<string, unknown>): Record<string, unknown> {
  const rules = raw.rules as Record<string, unknown> | undefined;
  if (!rules || typeof rules !== 'object') return raw;
  let analysis = raw.analysis as Record<string, unknown> | undefined;
  let nextRules = rules;
  for (const [key, ruleId] of Object.entries(ANALYSIS_ALIASES)) {
    const setting = rules[ruleId] as unknown[];
    const opts = Array.isArray(setting) ? (setting[1] as Record<string, unknown> | undefined) : undefined;
    if (!opts || typeof opts !== 'object' || !(key in opts)) continue;
    const { [key]: value, ...rest } = opts;
    nextRules = { ...nextRules, [ruleId]: [setting[0], rest] };
    if (analysis === undefined || (typeof analysis === 'object' && !(key in analysis))) analysis = { ...analysis, [key]: value };
  }
  return nextRules === rules ? raw : { ...raw, rules: nextRules, analysis };
}

export function validateConfig(input: unknown, file?: string): Config {
  const raw = input !== null && typeof input === 'object' && !Array.isArray(input) ? moveAliases(input as Record<string, unknown>) : input ?? {};
  const s = validationSchema();
  const result = s.safeParse(raw);
  if (!result.success) throw issuesError(s, result.error.issues as unknown as Issue[], raw, file);
  const cfg = result.data as Config;
  if (file) cfg.filepath = file;
  return cfg;
}
