/**
 * Everything made from the one config schema stays current: the published JSON Schema, the generated defaults and the
 * option tables of docs/configuration.md (`npm run build:docs` rewrites them), and they agree with the validator.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  CONFIG_DOC, DEFAULTS_FILE, SCHEMA_FILE, optionsBlock, refreshConfigDoc, renderDefaults, renderSchema,
} from '../../scripts/build-config-docs.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { schemaDefaults } from '../../src/config/json-schema.js';
import { validateConfig } from '../../src/config/validate.js';
import { THRESHOLDS } from '../../src/stats/thresholds.js';
import rules from '../../rules/index.js';

describe('made from the schema, and current (npm run build:docs)', () => {
  test('docs/replycheck.schema.json', () => expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderSchema()));
  test('src/config/defaults.ts', () => expect(readFileSync(DEFAULTS_FILE, 'utf8')).toBe(renderDefaults()));
  test('the option tables of docs/configuration.md', () => {
    const page = readFileSync(CONFIG_DOC, 'utf8');
    expect(page).toContain(optionsBlock());
    expect(refreshConfigDoc(page)).toBe(page);
  });
});

describe('one description', () => {
  const schema = JSON.parse(renderSchema());
  test('the defaults are what the validator makes of an empty config', () => {
    expect(defaultConfig()).toEqual(schemaDefaults());
    expect(validateConfig({})).toEqual(defaultConfig());
  });
  test('the JSON Schema lists every rule with its options, defaults and docs', () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(rules.map((r) => r.id).sort());
    const slow = JSON.stringify(schema.properties.rules.properties['slow-reply']);
    expect(slow).toContain('"maxBusinessHours":{"default":8');
    expect(slow).toContain('docs/rules/slow-reply.md');
  });
  test('the threshold keys are the report\'s thresholds', () => {
    expect(Object.keys(schema.properties.thresholds.properties).sort()).toEqual(Object.keys(THRESHOLDS).sort());
  });
  test('every key is explained in English and Dutch', () => {
    const missing: string[] = [];
    const walk = (props: Record<string, { description?: string; properties?: object; additionalProperties?: object }>, where: string) => {
      for (const [k, v] of Object.entries(props)) {
        if (where === 'rules.') continue;
        if (!v.description) missing.push(where + k);
        if (v.properties) walk(v.properties as never, `${where}${k}.`);
      }
    };
    walk(schema.properties, '');
    walk(schema.properties.accounts.additionalProperties.properties, 'accounts.NAME.');
    expect(missing).toEqual([]);
    const table = optionsBlock().split('\n').filter((l) => l.startsWith('| `'));
    expect(table.filter((l) => l.trimEnd().endsWith('|  |'))).toEqual([]);
  });
  // "tues" used to pass the validator (any word starting with a weekday) and fail the published schema.
  test.each([['tue', true], ['tuesday', true], ['tues', false], ['Tue', false]])('day %s: validator and JSON Schema agree (%s)', (day, ok) => {
    const days = schema.properties.businessHours.properties.days.anyOf[0].enum as string[];
    expect(days.includes(day)).toBe(ok);
    const check = () => validateConfig({ businessHours: { days: [day] } });
    if (ok) expect(check().businessHours.days).toEqual(['tue']);
    else expect(check).toThrow(/businessHours\.days.*"\w+" is not one of mon, tue.*Did you mean "tue"/);
  });
});
