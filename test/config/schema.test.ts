import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { renderSchema, SCHEMA_FILE } from '../../scripts/build-schema.js';
import rules from '../../rules/index.js';

describe('published JSON Schema', () => {
  test('docs/replycheck.schema.json is current (node dist/scripts/build-schema.js rewrites it)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderSchema());
  });
  test('lists every rule with its options', () => {
    const schema = JSON.parse(renderSchema());
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(rules.map((r) => r.id).sort());
    expect(JSON.stringify(schema.properties.rules.properties['slow-reply'])).toContain('maxBusinessHours');
  });
});
