/** A rule's options as one zod object (from its `optionSchema`), with the defaults and docs for the JSON Schema. */
import type { ZodType } from 'zod';
import type { Zod } from '../config/zod.js';
import type { Rule } from './define-rule.js';

export function ruleOptionsSchema(z: Zod, rule: Rule, { withDefaults = false } = {}) {
  const shape = (rule.optionSchema?.(z) ?? {}) as Record<string, ZodType>;
  const docs = (rule.optionDocs ?? {}) as Record<string, { en: string; nl: string } | undefined>;
  const defaults = rule.defaultOptions as Record<string, unknown>;
  const fields = Object.fromEntries(
    Object.entries(shape).map(([k, s]) => {
      const field = withDefaults ? s.default(defaults[k] as never) : s.optional();
      return [k, docs[k] ? field.meta({ description: docs[k].en, nl: docs[k].nl }) : field];
    }),
  );
  return z.strictObject(fields);
}
