/**
 * The published JSON Schema (docs/replycheck.schema.json) and the defaults, both made from the one schema (schema.ts)
 * and, for `rules`, from each rule's own option schema. Used by scripts/build-config-docs.ts and its tests.
 */
import type { Rule } from '../analyze/define-rule.js';
import { ruleOptionsSchema } from '../analyze/rule-options.js';
import { configSchema, ruleSettingSchema } from './schema.js';
import { zod } from './zod.js';

export type JsonSchema = { [key: string]: unknown };

/** The config as a JSON Schema for editors; `nl: true` keeps the Dutch explanations (for the docs tables). */
export function publishedSchema(rules: Rule[], { nl = false } = {}): JsonSchema {
  const z = zod();
  const perRule = z.strictObject(
    Object.fromEntries(
      rules.map((r) => [
        r.id,
        ruleSettingSchema(z, ruleOptionsSchema(z, r, { withDefaults: true })).optional()
          .meta({ description: `${r.description.en} (default: ${r.defaultSeverity}). ${r.docsUrl}`, nl: `${r.description.nl} (standaard: ${r.defaultSeverity}). ${r.docsUrl}` }),
      ]),
    ),
  );
  const schema = z.toJSONSchema(configSchema(z, perRule), {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (!nl) delete (ctx.jsonSchema as JsonSchema).nl;
    },
  }) as JsonSchema;
  addDefaults(schema, schemaDefaults());
  const { $schema, ...rest } = schema;
  return { $schema, title: 'replycheck configuration', ...rest };
}

/** zod leaves out the defaults of transformed keys in an input schema: put them in from the parsed defaults. */
function addDefaults(js: JsonSchema, defaults: unknown): void {
  const props = js.properties as Record<string, JsonSchema> | undefined;
  if (!props || typeof defaults !== 'object' || defaults === null) return;
  for (const [key, sub] of Object.entries(props)) {
    const value = (defaults as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (sub.type === 'object' && sub.properties) addDefaults(sub, value);
    else if (sub.default === undefined) sub.default = value;
  }
}

/** The defaults: what the schema makes of an empty config. */
export function schemaDefaults(): unknown {
  return configSchema(zod()).parse({});
}
